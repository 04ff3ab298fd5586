package vn.lantoa.platform.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/** The mail outbox is platform-wide: messages are addressed to people, not owned by a unit. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRepository extends CrudRepository<OutboxEntry, Long> {

    @Query("SELECT * FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now ORDER BY id LIMIT :limit")
    List<OutboxEntry> findDue(Instant now, int limit);

    List<OutboxEntry> findByIdInOrderById(List<Long> id);

    @Query("UPDATE mail_outbox SET status = 'SENT', sent_at = :sentAt, attempts = attempts + 1, claimed_until = NULL WHERE id = :id")
    void markSent(Long id, Instant sentAt);

    @Query("SELECT status, COUNT(*) AS n FROM mail_outbox WHERE batch = :batch GROUP BY status")
    List<OutboxCount> countByStatus(String batch);

    @Query("UPDATE mail_outbox SET status = :status, attempts = attempts + 1, last_error = :error, next_attempt_at = :next, claimed_until = NULL "
            + "WHERE id = :id")
    void markFailedAttempt(Long id, String status, String error, Instant next);
}
