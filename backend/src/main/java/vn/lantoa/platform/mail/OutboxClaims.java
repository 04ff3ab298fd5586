package vn.lantoa.platform.mail;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which instance sends which mail. A claim takes due rows that no other instance is claiming at this moment (SKIP LOCKED:
 * two dispatchers never wait on, nor take, the same rows) and that no live claim holds, and stamps them with the instance
 * and the lease's end. The lease's end is also the row's next attempt: a row whose instance died is due again, and
 * claimed again, when the lease is over.
 */
@Singleton
class OutboxClaims {

    private final JdbcOperations jdbc;

    OutboxClaims(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids claimed for this instance, oldest first; runs in the caller's short transaction, which holds the row locks. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Long> claim(Instant now, Instant leaseEnd, String instance, int limit) {
        List<Long> ids = jdbc.prepareStatement("SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ? "
                + "AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setInt(3, limit);
            List<Long> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
            return found;
        });
        if (ids.isEmpty()) {
            return ids;
        }
        jdbc.prepareStatement("UPDATE mail_outbox SET claimed_by = ?, claimed_until = ?, next_attempt_at = ? WHERE id IN ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ")", ps -> {
            ps.setString(1, instance);
            ps.setTimestamp(2, Timestamp.from(leaseEnd));
            ps.setTimestamp(3, Timestamp.from(leaseEnd));
            int i = 4;
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            return ps.executeUpdate();
        });
        return ids;
    }

    /** Hands rows back unsent (the server was away): due again at once, for any instance. */
    @Transactional
    void release(List<Long> ids, String instance) {
        jdbc.prepareStatement("UPDATE mail_outbox SET claimed_until = NULL, next_attempt_at = created_at WHERE status = 'PENDING' "
                + "AND claimed_by = ? AND id IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")", ps -> {
            ps.setString(1, instance);
            int i = 2;
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            return ps.executeUpdate();
        });
    }
}
