package vn.lantoa.sharing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ShareRepository extends GenericRepository<Share, Long> {

    Share save(Share share);

    Optional<Share> findByUnitIdAndId(Long unitId, Long id);

    /** A share as its sender lists it: with how many received it and how many acknowledged. */
    String SENT = "SELECT s.id, s.item_type, s.item_id, COALESCE(a.title, CONCAT(d.number, ': ', d.summary)) AS title, s.audience, s.requires_ack, "
            + "s.created_at, (SELECT COUNT(*) FROM share_target t WHERE t.share_id = s.id) AS recipients, "
            + "(SELECT COUNT(*) FROM share_target t WHERE t.share_id = s.id AND t.acknowledged_at IS NOT NULL) AS acknowledged, "
            + "GREATEST(s.created_at, COALESCE((SELECT MAX(t.acknowledged_at) FROM share_target t WHERE t.share_id = s.id), s.created_at)) AS updated_at "
            + "FROM share s LEFT JOIN article a ON s.item_type = 'ARTICLE' AND a.id = s.item_id AND a.unit_id = s.unit_id "
            + "LEFT JOIN official_document d ON s.item_type = 'DOCUMENT' AND d.id = s.item_id AND d.unit_id = s.unit_id "
            + "WHERE s.unit_id = :unitId ";

    @Query(SENT + "ORDER BY s.created_at DESC, s.id DESC LIMIT :limit")
    List<SentShare> findSent(Long unitId, int limit);

    /** Everything the unit shared, for the API, which sorts and pages it. */
    @Query(SENT + "ORDER BY s.created_at DESC, s.id DESC")
    List<SentShare> findAllSent(Long unitId);

    @Query(SENT + "AND s.id = :shareId")
    Optional<SentShare> findSentOne(Long unitId, Long shareId);

    @Query("SELECT * FROM share WHERE unit_id = :unitId AND item_type = :itemType AND item_id = :itemId ORDER BY created_at DESC")
    List<Share> findForItem(Long unitId, String itemType, Long itemId);

    /** Fixes the recipients when the share is made: the open units below the sender that match the audience. */
    @Query("INSERT INTO share_target (share_id, unit_id) SELECT :shareId, id FROM unit WHERE path LIKE CONCAT(:path, '%') AND id <> :unitId "
            + "AND closed_on IS NULL AND (:type IS NULL OR type = :type) AND (:level IS NULL OR school_level = :level) "
            + "AND (:maxDepth IS NULL OR depth <= :maxDepth)")
    int addTargets(Long shareId, String path, Long unitId, @io.micronaut.core.annotation.Nullable String type,
                   @io.micronaut.core.annotation.Nullable String level, @io.micronaut.core.annotation.Nullable Integer maxDepth);

    String RECEIVED = "SELECT s.id AS share_id, s.item_type, s.item_id, COALESCE(a.title, d.summary) AS title, a.slug AS item_slug, "
            + "d.number, u.id AS from_unit_id, u.name AS from_unit_name, u.slug AS from_unit_slug, s.created_at AS shared_at, "
            + "s.requires_ack, t.acknowledged_at "
            + "FROM share_target t JOIN share s ON s.id = t.share_id JOIN unit u ON u.id = s.unit_id "
            + "LEFT JOIN article a ON s.item_type = 'ARTICLE' AND a.id = s.item_id AND a.unit_id = s.unit_id AND a.status = 'PUBLISHED' "
            + "LEFT JOIN official_document d ON s.item_type = 'DOCUMENT' AND d.id = s.item_id AND d.unit_id = s.unit_id AND d.status = 'PUBLISHED' "
            + "WHERE t.unit_id = :unitId AND (a.id IS NOT NULL OR d.id IS NOT NULL) ";

    /** What units above shared to this unit and is still published there, newest first. */
    @Query(RECEIVED + "ORDER BY s.created_at DESC, s.id DESC LIMIT :limit")
    List<ReceivedItem> findReceived(Long unitId, int limit);

    /** Everything received and still published, for the API, which sorts and pages it. */
    @Query(RECEIVED + "ORDER BY s.created_at DESC, s.id DESC")
    List<ReceivedItem> findAllReceived(Long unitId);

    @Query(RECEIVED + "AND s.id = :shareId")
    Optional<ReceivedItem> findReceivedOne(Long unitId, Long shareId);

    @Query(RECEIVED + "AND s.requires_ack = TRUE AND t.acknowledged_at IS NULL ORDER BY s.created_at")
    List<ReceivedItem> findAwaitingAck(Long unitId);

    @Query("UPDATE share_target SET acknowledged_at = :at, acknowledged_by = :userId WHERE share_id = :shareId AND unit_id = :unitId "
            + "AND acknowledged_at IS NULL")
    int acknowledge(Long shareId, Long unitId, Instant at, Long userId);

    @Query("SELECT COUNT(*) > 0 FROM share_target WHERE share_id = :shareId AND unit_id = :unitId")
    boolean isTarget(Long shareId, Long unitId);

    @Query("SELECT COUNT(*) > 0 FROM share WHERE id = :shareId AND requires_ack = TRUE")
    boolean asksAcknowledgement(Long shareId);

    /** Per recipient of one share: who acknowledged and when (the sender's view). */
    @Query("SELECT u.id AS unit_id, u.name AS unit_name, t.acknowledged_at, p.full_name AS acknowledged_by_name "
            + "FROM share_target t JOIN unit u ON u.id = t.unit_id LEFT JOIN app_user p ON p.id = t.acknowledged_by "
            + "WHERE t.share_id = :shareId ORDER BY t.acknowledged_at IS NULL DESC, u.name")
    List<Acknowledgement> acknowledgements(Long shareId);
}
