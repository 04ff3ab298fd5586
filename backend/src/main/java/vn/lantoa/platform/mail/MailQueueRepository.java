package vn.lantoa.platform.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The outbox as the metrics see it: one query on ix_mail_outbox_due (status, next_attempt_at), whatever the table's size. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MailQueueRepository extends GenericRepository<OutboxEntry, Long> {

    @Query("SELECT COUNT(*) AS length, MIN(next_attempt_at) AS oldest_due FROM mail_outbox WHERE status = 'PENDING'")
    MailQueue pending();
}
