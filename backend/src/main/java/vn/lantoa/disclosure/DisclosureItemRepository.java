package vn.lantoa.disclosure;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DisclosureItemRepository extends GenericRepository<DisclosureItem, Long> {

    DisclosureItem save(DisclosureItem item);

    /** What the public page shows: the current item of each requirement and period, newest periods first. */
    @Query("SELECT * FROM disclosure_item WHERE unit_id = :unitId AND replaced_by IS NULL AND published_at >= :since "
            + "ORDER BY requirement, period DESC, published_at DESC")
    List<DisclosureItem> findCurrent(Long unitId, Instant since);

    /** Everything published, replaced items too, for the archive (at least five years back). */
    @Query("SELECT * FROM disclosure_item WHERE unit_id = :unitId AND published_at >= :since ORDER BY published_at DESC, id DESC LIMIT 1000")
    List<DisclosureItem> findArchive(Long unitId, Instant since);

    /** The school's own history in its workspace, newest first. */
    @Query("SELECT * FROM disclosure_item WHERE unit_id = :unitId ORDER BY published_at DESC, id DESC LIMIT :limit")
    List<DisclosureItem> findRecent(Long unitId, int limit);

    /** Everything the unit ever published, for the API, which filters, sorts and pages it. */
    @Query("SELECT * FROM disclosure_item WHERE unit_id = :unitId ORDER BY published_at DESC, id DESC")
    List<DisclosureItem> findAllOf(Long unitId);

    Optional<DisclosureItem> findByUnitIdAndId(Long unitId, Long id);

    /** When each of these units first published each requirement for each period: one small row per item, for many schools. */
    @Query("SELECT unit_id, requirement, period, MIN(published_at) AS first_published_at FROM disclosure_item "
            + "WHERE unit_id IN (:unitIds) AND period IN (:periods) GROUP BY unit_id, requirement, period")
    List<FirstPublished> firstPublished(Collection<Long> unitIds, Collection<String> periods);

    @Introspected
    record FirstPublished(long unitId, String requirement, String period, Instant firstPublishedAt) {
    }

    @Query("UPDATE disclosure_item SET replaced_by = :newId WHERE unit_id = :unitId AND requirement = :requirement AND period = :period "
            + "AND replaced_by IS NULL AND id <> :newId")
    void replace(Long unitId, String requirement, String period, Long newId);

    /** For tracking: which of these units published which requirement for which period (first publication). */
    @Query("SELECT * FROM disclosure_item WHERE unit_id IN (:unitIds) AND period IN (:periods) ORDER BY published_at")
    List<DisclosureItem> findForUnits(Collection<Long> unitIds, Collection<String> periods);

    @Query("SELECT COUNT(*) > 0 FROM disclosure_item WHERE unit_id = :unitId AND file_id = :fileId")
    boolean isPublicFile(Long unitId, Long fileId);

    /** Demo data only: items published in good time before their due date. */
    @Query("UPDATE disclosure_item SET published_at = :at WHERE unit_id = :unitId AND id = :id")
    void backdate(Long unitId, Long id, Instant at);
}
