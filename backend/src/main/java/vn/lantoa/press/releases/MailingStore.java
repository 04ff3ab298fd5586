package vn.lantoa.press.releases;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.press.contacts.PressLists;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The mailings of a unit and their delivery rows. Every read takes the unit, except the delivery job's, named as such. */
@Singleton
@Connectable
class MailingStore {

    /** A mailing in the unit's list, with the release's current title and its recipients by state. */
    record Row(Mailing mailing, MailingCounts counts) {
    }

    /** One recipient's line of the delivery log. */
    record Delivery(long id, long mailingId, String fullName, String email, DeliveryStatus status, int attempts, Instant nextAttemptAt,
                    String lastError, Instant sentAt) {
    }

    private static final String MAILING = "SELECT id, unit_id, article_id, subject, body_text, body_html, list_names, send_at, embargoed, created_at, created_by "
            + "FROM press_mailing ";
    private static final String DELIVERY = "SELECT id, mailing_id, full_name, email, status, attempts, next_attempt_at, last_error, sent_at FROM press_delivery ";
    private static final int INSERT_CHUNK = 500;

    private final JdbcOperations jdbc;

    MailingStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Mailing m) {
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO press_mailing (unit_id, article_id, subject, body_text, body_html, "
                    + "list_names, send_at, embargoed, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, m.unitId());
                ps.setLong(2, m.articleId());
                ps.setString(3, m.subject());
                ps.setString(4, m.bodyText());
                ps.setString(5, m.bodyHtml());
                ps.setString(6, m.listNames());
                ps.setTimestamp(7, Timestamp.from(m.sendAt()));
                ps.setBoolean(8, m.embargoed());
                ps.setTimestamp(9, Timestamp.from(m.createdAt()));
                ps.setLong(10, m.createdBy());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Queues one row per recipient; INSERT IGNORE keeps the unique (mailing, contact) rule even if a contact came twice. */
    int queue(long unitId, long mailingId, List<PressLists.Recipient> recipients, Instant sendAt) {
        int queued = 0;
        for (int from = 0; from < recipients.size(); from += INSERT_CHUNK) {
            List<PressLists.Recipient> chunk = recipients.subList(from, Math.min(recipients.size(), from + INSERT_CHUNK));
            String sql = "INSERT IGNORE INTO press_delivery (unit_id, mailing_id, contact_id, full_name, email, status, attempts, next_attempt_at) VALUES "
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, 'QUEUED', 0, ?)"));
            queued += jdbc.prepareStatement(sql, ps -> {
                int i = 1;
                Timestamp at = Timestamp.from(sendAt);
                for (PressLists.Recipient r : chunk) {
                    ps.setLong(i++, unitId);
                    ps.setLong(i++, mailingId);
                    ps.setLong(i++, r.contactId());
                    ps.setString(i++, truncate(r.fullName(), 200));
                    ps.setString(i++, r.email());
                    ps.setTimestamp(i++, at);
                }
                return ps.executeUpdate();
            });
        }
        return queued;
    }

    Optional<Mailing> find(long unitId, long mailingId) {
        return jdbc.prepareStatement(MAILING + "WHERE unit_id = ? AND id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, mailingId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mailing(rs)) : Optional.empty();
            }
        });
    }

    /** The delivery job's read: the mailing a due row belongs to, whatever its unit. */
    Optional<Mailing> find$WithoutTenancy(long mailingId) {
        return jdbc.prepareStatement(MAILING + "WHERE id = ?", ps -> {
            ps.setLong(1, mailingId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mailing(rs)) : Optional.empty();
            }
        });
    }

    List<Row> list(long unitId, int limit) {
        String sql = "SELECT m.id, m.unit_id, m.article_id, m.subject, '' AS body_text, '' AS body_html, m.list_names, m.send_at, m.embargoed, m.created_at, "
                + "m.created_by, (SELECT COUNT(*) FROM press_delivery d WHERE d.mailing_id = m.id AND d.status IN ('QUEUED', 'SENDING')), "
                + "(SELECT COUNT(*) FROM press_delivery d WHERE d.mailing_id = m.id AND d.status = 'SENT'), "
                + "(SELECT COUNT(*) FROM press_delivery d WHERE d.mailing_id = m.id AND d.status IN ('FAILED', 'UNCONFIRMED')) "
                + "FROM press_mailing m WHERE m.unit_id = ? ORDER BY m.created_at DESC, m.id DESC LIMIT ?";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, unitId);
            ps.setInt(2, limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(mailing(rs), new MailingCounts(rs.getLong(12), rs.getLong(13), rs.getLong(14))));
                }
            }
            return rows;
        });
    }

    MailingCounts counts(long unitId, long mailingId) {
        return jdbc.prepareStatement("SELECT COALESCE(SUM(status IN ('QUEUED', 'SENDING')), 0), COALESCE(SUM(status = 'SENT'), 0), "
                + "COALESCE(SUM(status IN ('FAILED', 'UNCONFIRMED')), 0) FROM press_delivery WHERE unit_id = ? AND mailing_id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, mailingId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new MailingCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        });
    }

    /** The log, failures first (what a person acts on), then by name; status null for every row. */
    List<Delivery> log(long unitId, long mailingId, DeliveryStatus status, int limit, int offset) {
        return jdbc.prepareStatement(DELIVERY + "WHERE unit_id = ? AND mailing_id = ? AND (? IS NULL OR status = ?) "
                + "ORDER BY FIELD(status, 'FAILED', 'UNCONFIRMED', 'QUEUED', 'SENDING', 'SENT'), full_name, id LIMIT ? OFFSET ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, mailingId);
            ps.setString(3, status == null ? null : status.name());
            ps.setString(4, status == null ? null : status.name());
            ps.setInt(5, limit);
            ps.setInt(6, offset);
            return deliveries(ps);
        });
    }

    long countLog(long unitId, long mailingId, DeliveryStatus status) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM press_delivery WHERE unit_id = ? AND mailing_id = ? AND (? IS NULL OR status = ?)", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, mailingId);
            ps.setString(3, status == null ? null : status.name());
            ps.setString(4, status == null ? null : status.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Puts the failed and unconfirmed rows back in the queue, due now, with a fresh round of attempts. */
    int retry(long unitId, long mailingId, Instant now) {
        return jdbc.prepareStatement("UPDATE press_delivery SET status = 'QUEUED', attempts = 0, next_attempt_at = ?, claim = NULL "
                + "WHERE unit_id = ? AND mailing_id = ? AND status IN ('FAILED', 'UNCONFIRMED')", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setLong(2, unitId);
            ps.setLong(3, mailingId);
            return ps.executeUpdate();
        });
    }

    // The delivery job's statements: they cross units (one queue for every unit), and each commits on its own.

    List<Long> due$WithoutTenancy(Instant now, int limit) {
        return jdbc.prepareStatement("SELECT id FROM press_delivery WHERE status = 'QUEUED' AND next_attempt_at <= ? ORDER BY id LIMIT ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setInt(2, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** Claims those of the rows still queued for this run, counting the attempt; returns the rows claimed, in id order. */
    List<Delivery> claim$WithoutTenancy(List<Long> ids, String claim, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.prepareStatement("UPDATE press_delivery SET status = 'SENDING', claim = ?, claimed_at = ?, attempts = attempts + 1 WHERE status = 'QUEUED' "
                + "AND id IN (" + placeholders(ids.size()) + ")", ps -> {
            ps.setString(1, claim);
            ps.setTimestamp(2, Timestamp.from(now));
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 3, ids.get(i));
            }
            return ps.executeUpdate();
        });
        return jdbc.prepareStatement(DELIVERY + "WHERE claim = ? AND status = 'SENDING' ORDER BY id", ps -> {
            ps.setString(1, claim);
            return deliveries(ps);
        });
    }

    void markSent$WithoutTenancy(long id, Instant at) {
        jdbc.prepareStatement("UPDATE press_delivery SET status = 'SENT', sent_at = ?, last_error = NULL WHERE id = ? AND status = 'SENDING'", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, id);
            return ps.executeUpdate();
        });
    }

    void markFailed$WithoutTenancy(long id, DeliveryStatus status, String error, Instant next) {
        jdbc.prepareStatement("UPDATE press_delivery SET status = ?, last_error = ?, next_attempt_at = ? WHERE id = ? AND status = 'SENDING'", ps -> {
            ps.setString(1, status.name());
            ps.setString(2, truncate(error, 1000));
            ps.setTimestamp(3, Timestamp.from(next));
            ps.setLong(4, id);
            return ps.executeUpdate();
        });
    }

    /** Gives back the claimed rows of this run not tried yet (the server went away): queued again, the attempt not counted. */
    int release$WithoutTenancy(String claim) {
        return jdbc.prepareStatement("UPDATE press_delivery SET status = 'QUEUED', attempts = attempts - 1, claim = NULL WHERE claim = ? AND status = 'SENDING'",
                ps -> {
                    ps.setString(1, claim);
                    return ps.executeUpdate();
                });
    }

    /**
     * Claims of runs that died (older than any live run can be). A run sends its claimed rows in id order and marks
     * each one before the next: of a dead claim's SENDING rows, only the lowest id can have been on the wire.
     */
    List<String> staleClaims$WithoutTenancy(Instant claimedBefore) {
        return jdbc.prepareStatement("SELECT DISTINCT claim FROM press_delivery WHERE status = 'SENDING' AND claimed_at < ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(claimedBefore));
            List<String> claims = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claims.add(rs.getString(1));
                }
            }
            return claims;
        });
    }

    /** Of a dead claim: its first SENDING row becomes UNCONFIRMED with the reason; the rest, never tried, are queued again. */
    void recover$WithoutTenancy(String claim, String reason) {
        jdbc.prepareStatement("UPDATE press_delivery SET status = 'UNCONFIRMED', last_error = ? WHERE claim = ? AND status = 'SENDING' ORDER BY id LIMIT 1",
                ps -> {
                    ps.setString(1, reason);
                    ps.setString(2, claim);
                    return ps.executeUpdate();
                });
        release$WithoutTenancy(claim);
    }

    private static List<Delivery> deliveries(PreparedStatement ps) throws SQLException {
        List<Delivery> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp next = rs.getTimestamp(7);
                Timestamp sent = rs.getTimestamp(9);
                rows.add(new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), DeliveryStatus.valueOf(rs.getString(5)), rs.getInt(6),
                        next == null ? null : next.toInstant(), rs.getString(8), sent == null ? null : sent.toInstant()));
            }
        }
        return rows;
    }

    private static Mailing mailing(ResultSet rs) throws SQLException {
        return new Mailing(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8).toInstant(), rs.getBoolean(9), rs.getTimestamp(10).toInstant(), rs.getLong(11));
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
