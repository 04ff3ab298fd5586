package vn.lantoa.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Campaigns and their targets. Launching writes set-wise: the targets, their categories and the links between them are
 * three statements whatever the number of units (4,000 schools of a province are one INSERT ... SELECT each).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CampaignRepository extends GenericRepository<Campaign, Long> {

    Campaign save(Campaign campaign);

    Campaign update(Campaign campaign);

    Optional<Campaign> findByUnitIdAndId(Long unitId, Long id);

    /** A campaign seen by one of its targets: its own row holds another unit's id, so the target row decides. */
    @Query("SELECT c.* FROM campaign c JOIN campaign_target t ON t.campaign_id = c.id AND t.unit_id = :targetUnitId WHERE c.id = :campaignId")
    Optional<Campaign> findForTarget(Long targetUnitId, Long campaignId);

    String TARGET_SLUG = "CASE WHEN EXISTS (SELECT 1 FROM category c WHERE c.unit_id = u.id AND c.slug = :slug) THEN :suffixed ELSE :slug END";
    String NEW_TARGET = "AND u.closed_on IS NULL AND NOT EXISTS (SELECT 1 FROM campaign_target x WHERE x.campaign_id = :campaignId AND x.unit_id = u.id) ";

    /** The open units below the launcher that match the audience (as sharing chooses them), not yet targets. */
    @Query("INSERT INTO campaign_target (campaign_id, unit_id, slug, category_id, added_at) SELECT :campaignId, u.id, " + TARGET_SLUG
            + ", NULL, :at FROM unit u WHERE u.path LIKE CONCAT(:path, '%') AND u.id <> :unitId " + NEW_TARGET
            + "AND (:type IS NULL OR u.type = :type) AND (:level IS NULL OR u.school_level = :level) AND (:maxDepth IS NULL OR u.depth <= :maxDepth)")
    int addTargets(Long campaignId, String path, Long unitId, @Nullable String type, @Nullable String level, @Nullable Integer maxDepth,
                   String slug, String suffixed, Instant at);

    /** The chosen units, as long as they are open and below the launcher. */
    @Query("INSERT INTO campaign_target (campaign_id, unit_id, slug, category_id, added_at) SELECT :campaignId, u.id, " + TARGET_SLUG
            + ", NULL, :at FROM unit u WHERE u.path LIKE CONCAT(:path, '%') AND u.id <> :unitId " + NEW_TARGET + "AND u.id IN (:ids)")
    int addChosenTargets(Long campaignId, String path, Long unitId, Collection<Long> ids, String slug, String suffixed, Instant at);

    /** A real newsroom category in every target added at {@code at}; first in each site's menu while it is new. */
    @Query("INSERT INTO category (unit_id, name, slug, description, sort_order, created_at, updated_at, version) "
            + "SELECT t.unit_id, :name, t.slug, NULL, 0, :at, :at, 0 FROM campaign_target t WHERE t.campaign_id = :campaignId AND t.added_at = :at "
            + "AND t.category_id IS NULL")
    int createCategories(Long campaignId, String name, Instant at);

    @Query("UPDATE campaign_target t JOIN category c ON c.unit_id = t.unit_id AND c.slug = t.slug SET t.category_id = c.id "
            + "WHERE t.campaign_id = :campaignId AND t.added_at = :at AND t.category_id IS NULL")
    int linkCategories(Long campaignId, Instant at);

    @Query("SELECT unit_id FROM campaign_target WHERE campaign_id = :campaignId AND added_at = :at")
    List<Long> targetsAddedAt(Long campaignId, Instant at);

    @Query("SELECT unit_id FROM campaign_target WHERE campaign_id = :campaignId")
    List<Long> targetIds(Long campaignId);

    String SUMMARY = "SELECT c.id, c.name, c.starts_on, c.ends_on, c.ended_at, c.audience, c.category_name, "
            + "COUNT(DISTINCT t.unit_id) AS targets, COUNT(a.id) AS published FROM campaign c "
            + "LEFT JOIN campaign_target t ON t.campaign_id = c.id "
            + "LEFT JOIN article a ON a.unit_id = t.unit_id AND a.category_id = t.category_id AND a.status = 'PUBLISHED' ";

    /** What the unit launched, newest first, with how many units it reached and how many items they published. */
    @Query(SUMMARY + "WHERE c.unit_id = :unitId GROUP BY c.id ORDER BY c.starts_on DESC, c.id DESC LIMIT :limit")
    List<CampaignSummary> findLaunched(Long unitId, int limit);

    String RECEIVED = "SELECT c.id, c.name, c.unit_id AS from_unit_id, u.name AS from_unit_name, c.starts_on, c.ends_on, c.ended_at, t.category_id, "
            + "t.slug AS category_slug, c.category_name, (SELECT COUNT(*) FROM article a WHERE a.unit_id = t.unit_id AND a.category_id = t.category_id "
            + "AND a.status = 'PUBLISHED') AS published FROM campaign_target t JOIN campaign c ON c.id = t.campaign_id JOIN unit u ON u.id = c.unit_id "
            + "WHERE t.unit_id = :unitId ";

    /** The campaigns a unit is a target of (those not ended by {@code fromDay}, when given), with what it published in each. */
    @Query(RECEIVED + "AND (:fromDay IS NULL OR (c.ended_at IS NULL AND c.ends_on >= :fromDay)) ORDER BY c.ends_on DESC, c.id DESC LIMIT :limit")
    List<ReceivedCampaign> findReceived(Long unitId, @Nullable LocalDate fromDay, int limit);

    @Query(RECEIVED + "AND c.id = :campaignId")
    Optional<ReceivedCampaign> findReceivedOne(Long unitId, Long campaignId);

    /**
     * Every target of a campaign with the items it published in the campaign's category: one grouped query, read by the
     * launcher's page, its filters and its export alike.
     */
    @Query("SELECT u.id AS unit_id, u.name AS unit_name, u.path, u.depth, u.slug AS site_slug, t.category_id, t.slug AS category_slug, "
            + "COUNT(a.id) AS published, MAX(a.published_at) AS last_published FROM campaign_target t JOIN unit u ON u.id = t.unit_id "
            + "LEFT JOIN article a ON a.unit_id = t.unit_id AND a.category_id = t.category_id AND a.status = 'PUBLISHED' "
            + "WHERE t.campaign_id = :campaignId GROUP BY u.id, u.name, u.path, u.depth, u.slug, t.category_id, t.slug ORDER BY u.path")
    List<TargetCount> counts(Long campaignId);

    /** The campaigns shown on a unit's site: not ended by the given day (the site checks the day again when it renders). */
    @Query("SELECT c.id, c.unit_id, c.name, c.banner_file_id, c.banner_alt, c.key_messages, c.starts_on, c.ends_on, t.slug AS category_slug "
            + "FROM campaign_target t JOIN campaign c ON c.id = t.campaign_id WHERE t.unit_id = :unitId AND t.category_id IS NOT NULL "
            + "AND c.ended_at IS NULL AND c.ends_on >= :today ORDER BY c.ends_on, c.id")
    List<SiteCampaign.Row> findShownOnSite(Long unitId, LocalDate today);

    /** Campaigns whose state differs from what the page caches last learned, across all units (the daily sweep). */
    @Query("SELECT * FROM campaign WHERE (shown_state = 'UPCOMING' AND (starts_on <= :today OR ended_at IS NOT NULL OR ends_on < :today)) "
            + "OR (shown_state = 'RUNNING' AND (ends_on < :today OR ended_at IS NOT NULL))")
    List<Campaign> findStateChanged$WithoutTenancy(LocalDate today);

    @Query("UPDATE campaign SET shown_state = :state WHERE id = :id AND unit_id = :unitId")
    void markShown(Long unitId, Long id, String state);

    @Query("INSERT IGNORE INTO campaign_material (campaign_id, unit_id, file_id, added_at) SELECT :campaignId, unit_id, id, :at FROM stored_file "
            + "WHERE unit_id = :unitId AND id IN (:fileIds)")
    int addMaterials(Long unitId, Long campaignId, Collection<Long> fileIds, Instant at);

    @Query("DELETE FROM campaign_material WHERE unit_id = :unitId AND campaign_id = :campaignId AND file_id = :fileId")
    int removeMaterial(Long unitId, Long campaignId, Long fileId);

    @Query("SELECT f.id, f.original_name, f.content_type, f.size_bytes FROM campaign_material m JOIN stored_file f ON f.id = m.file_id "
            + "AND f.unit_id = m.unit_id WHERE m.unit_id = :unitId AND m.campaign_id = :campaignId ORDER BY m.added_at, f.original_name")
    List<Material> materials(Long unitId, Long campaignId);

    @Query("SELECT COUNT(*) FROM campaign_material WHERE unit_id = :unitId AND campaign_id = :campaignId AND file_id = :fileId")
    long isMaterial(Long unitId, Long campaignId, Long fileId);

    @Query("SELECT COUNT(*) FROM unit WHERE parent_id = :unitId AND closed_on IS NULL")
    long openUnitsBelow(Long unitId);

    /**
     * An ended campaign's categories leave the head of their site's menu (where the launch put them) for its end; a
     * category the unit has placed itself keeps its place.
     */
    @Query("UPDATE category c JOIN campaign_target t ON t.category_id = c.id AND t.unit_id = c.unit_id SET c.sort_order = 1000 "
            + "WHERE t.campaign_id = :campaignId AND c.sort_order = 0")
    int archiveCategories(Long campaignId);

    /** The open units below, offered as chosen targets, in the tree's order (at most {@code limit}). */
    @Query("SELECT id, name, depth FROM unit WHERE path LIKE CONCAT(:path, '%') AND id <> :unitId AND closed_on IS NULL ORDER BY path LIMIT :limit")
    List<CampaignPages.UnitChoice> unitsBelow(String path, Long unitId, int limit);

    @Query("SELECT id, name FROM unit WHERE parent_id = :unitId ORDER BY name")
    List<CampaignPages.UnitName> children(Long unitId);

    @Query("SELECT category_id FROM campaign_target WHERE campaign_id = :campaignId AND unit_id = :unitId AND category_id IS NOT NULL")
    Optional<Long> categoryIn(Long campaignId, Long unitId);
}
