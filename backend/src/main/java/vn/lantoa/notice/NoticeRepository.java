package vn.lantoa.notice;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface NoticeRepository extends GenericRepository<Notice, Long> {

    Notice save(Notice notice);

    Notice update(Notice notice);

    Optional<Notice> findByUnitIdAndId(Long unitId, Long id);

    String SEVERITY_ORDER = "CASE n.severity WHEN 'URGENT' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END";

    String SENT = "SELECT n.id, n.kind, n.severity, n.title, n.body, n.audience, n.status, n.sent_at, n.expires_at, n.target_count, n.mailed_count, "
            + "(SELECT COUNT(*) FROM notice_target t WHERE t.notice_id = n.id AND t.acknowledged_at IS NOT NULL) AS acknowledged, "
            + "n.withdrawn_at, n.reminded_at FROM notice n WHERE n.unit_id = :unitId ";

    @Query(SENT + "ORDER BY n.sent_at DESC, n.id DESC LIMIT :limit")
    List<SentNotice> findSent(Long unitId, int limit);

    @Query(SENT + "AND n.id = :id")
    Optional<SentNotice> findSentOne(Long unitId, Long id);

    String RECEIVED = "SELECT n.id, u.name AS from_unit_name, n.kind, n.severity, n.title, n.body, n.status, n.sent_at, n.expires_at, "
            + "t.acknowledged_at, p.full_name AS acknowledged_by_name FROM notice_target t JOIN notice n ON n.id = t.notice_id "
            + "JOIN unit u ON u.id = n.unit_id LEFT JOIN app_user p ON p.id = t.acknowledged_by WHERE t.unit_id = :unitId ";

    /** Active ones first (most severe, newest), then the rest, newest first. */
    @Query(RECEIVED + "ORDER BY (n.status = 'ACTIVE' AND n.expires_at > :now) DESC, " + SEVERITY_ORDER + ", n.sent_at DESC, n.id DESC LIMIT :limit")
    List<ReceivedNotice> findReceived(Long unitId, Instant now, int limit);

    @Query(RECEIVED + "AND n.status = 'ACTIVE' AND n.expires_at > :now AND t.acknowledged_at IS NULL ORDER BY " + SEVERITY_ORDER + ", n.sent_at DESC")
    List<ReceivedNotice> findAwaitingAck(Long unitId, Instant now);

    /** What a target site's banner shows now; the read-time check on expiry, whatever the expiry job has done. */
    @Query("SELECT n.id, n.kind, n.severity, n.title, n.body, u.name AS from_unit_name, n.sent_at, n.expires_at FROM notice_target t "
            + "JOIN notice n ON n.id = t.notice_id JOIN unit u ON u.id = n.unit_id "
            + "WHERE t.unit_id = :unitId AND n.status = 'ACTIVE' AND n.expires_at > :now ORDER BY " + SEVERITY_ORDER + ", n.sent_at DESC LIMIT 5")
    List<PublicNotice> findShownAt$WithoutTenancy(Long unitId, Instant now);

    @Query("SELECT COUNT(*) > 0 FROM notice_target WHERE notice_id = :noticeId AND unit_id = :unitId")
    boolean isTarget(Long noticeId, Long unitId);

    @Query("UPDATE notice_target SET acknowledged_at = :at, acknowledged_by = :userId WHERE notice_id = :noticeId AND unit_id = :unitId "
            + "AND acknowledged_at IS NULL")
    int acknowledge(Long noticeId, Long unitId, Instant at, Long userId);

    @Query("SELECT t.unit_id, u.name AS unit_name, t.acknowledged_at, p.full_name AS acknowledged_by_name FROM notice_target t "
            + "JOIN unit u ON u.id = t.unit_id LEFT JOIN app_user p ON p.id = t.acknowledged_by WHERE t.notice_id = :noticeId "
            + "ORDER BY t.acknowledged_at IS NULL DESC, u.name, u.id")
    List<TargetAck> acknowledgements(Long noticeId);

    @Query("SELECT unit_id FROM notice_target WHERE notice_id = :noticeId")
    List<Long> targetIds(Long noticeId);

    @Query("UPDATE notice SET status = 'WITHDRAWN', withdrawn_at = :at, withdrawn_by = :by WHERE unit_id = :unitId AND id = :id AND status = 'ACTIVE'")
    int withdraw(Long unitId, Long id, Instant at, Long by);

    /** Claims the reminder: none if one went out after :since (two clicks, or two people, send one round of mail). */
    @Query("UPDATE notice SET reminded_at = :at WHERE unit_id = :unitId AND id = :id AND status = 'ACTIVE' AND expires_at > :at "
            + "AND (reminded_at IS NULL OR reminded_at < :since)")
    int claimReminder(Long unitId, Long id, Instant at, Instant since);

    @Query("SELECT id FROM notice WHERE status = 'ACTIVE' AND expires_at <= :now ORDER BY id LIMIT 100")
    List<Long> findDue$WithoutTenancy(Instant now);

    @Query("UPDATE notice SET status = 'EXPIRED' WHERE id = :id AND status = 'ACTIVE' AND expires_at <= :now")
    int markExpired$WithoutTenancy(Long id, Instant now);

    @Query("UPDATE notice SET target_count = :targets, mailed_count = :mailed WHERE unit_id = :unitId AND id = :id")
    void counted(Long unitId, Long id, int targets, int mailed);
}
