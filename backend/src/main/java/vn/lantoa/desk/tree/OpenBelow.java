package vn.lantoa.desk.tree;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.desk.CaseStatus;
import vn.lantoa.desk.Channel;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.desk.Topic;
import vn.lantoa.tenancy.UnitRef;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The open cases of the units below one unit, read across those units (the unit above's read-only oversight): the units
 * below are the range of the unit's path on ix_unit_path, joined to each one's open cases on the desk's index, in one query
 * for the counts (grouped in the database) and one for the oldest cases (with a limit). Never walks the tree in Java.
 */
@Singleton
@Connectable
public class OpenBelow {

    static final String OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::open).map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));
    private static final int[] BAND_DAYS = {3, 10, 30};
    private static final String COLUMNS = "c.id, c.unit_id, c.code, c.topic, c.status, c.channel, c.received_at, c.acknowledged_at, "
            + "c.citizen_name, c.citizen_phone, c.citizen_email, LEFT(c.message, 160)";

    private final JdbcOperations jdbc;
    private final SlaClock sla;

    OpenBelow(JdbcOperations jdbc, SlaClock sla) {
        this.jdbc = jdbc;
        this.sla = sla;
    }

    /** Open cases of one unit below, per topic and age band. */
    record Count(long unitId, String path, Topic topic, int band, long count) {
    }

    /** A case as the lists read it, before masking. */
    record Found(long id, long unitId, String code, Topic topic, CaseStatus status, Channel channel, Instant receivedAt, Instant acknowledgedAt,
                 String name, String phone, String email, String excerpt, Instant escalatedAt) {
    }

    /** Counts under scope (the unit itself or a unit below it), leaving out the cases of {@code top}, the unit looking. */
    List<Count> counts(UnitRef top, UnitRef scope, Instant now) {
        String sql = "SELECT c.unit_id, u.path, c.topic, CASE WHEN c.received_at >= ? THEN 0 WHEN c.received_at >= ? THEN 1 "
                + "WHEN c.received_at >= ? THEN 2 ELSE 3 END AS band, COUNT(*) FROM unit u JOIN desk_case c ON c.unit_id = u.id "
                + "AND c.spam = FALSE AND c.status IN (" + OPEN + ") WHERE u.path LIKE ? AND u.id <> ? GROUP BY c.unit_id, u.path, c.topic, band";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            for (int days : BAND_DAYS) {
                ps.setTimestamp(i++, Timestamp.from(now.minus(Duration.ofDays(days))));
            }
            ps.setString(i++, scope.path() + "%");
            ps.setLong(i, top.id());
            List<Count> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Topic topic = topic(rs.getString(3));
                    if (topic != null) {
                        counts.add(new Count(rs.getLong(1), rs.getString(2), topic, rs.getInt(4), rs.getLong(5)));
                    }
                }
            }
            return counts;
        });
    }

    /** The oldest open cases under scope, at most limit. */
    List<Found> oldest(UnitRef top, UnitRef scope, Topic topic, int limit) {
        String sql = "SELECT " + COLUMNS + ", NULL FROM unit u JOIN desk_case c ON c.unit_id = u.id AND c.spam = FALSE AND c.status IN (" + OPEN
                + ") WHERE u.path LIKE ? AND u.id <> ?" + (topic == null ? "" : " AND c.topic = ?") + " ORDER BY c.received_at, c.id LIMIT ?";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            ps.setString(i++, scope.path() + "%");
            ps.setLong(i++, top.id());
            if (topic != null) {
                ps.setString(i++, topic.name());
            }
            ps.setInt(i, limit);
            return read(ps);
        });
    }

    /** The cases escalated to this unit for being late that are still open where they are: the case stays with its unit. */
    List<Found> escalatedTo(UnitRef unit, int limit) {
        String sql = "SELECT " + COLUMNS + ", t.at FROM desk_case_transfer t JOIN desk_case c ON c.id = t.case_id AND c.unit_id = t.from_unit_id "
                + "AND c.spam = FALSE AND c.status IN (" + OPEN + ") WHERE t.to_unit_id = ? AND t.kind = 'ESCALATED' ORDER BY c.received_at, c.id LIMIT ?";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, unit.id());
            ps.setInt(2, limit);
            return read(ps);
        });
    }

    /** The unit a case sits in, when that unit is strictly below the given one; empty otherwise (404 for the caller). */
    Optional<Long> unitOfCaseBelow(UnitRef top, long caseId) {
        return jdbc.prepareStatement("SELECT c.unit_id FROM desk_case c JOIN unit u ON u.id = c.unit_id WHERE c.id = ? AND u.path LIKE ? AND u.id <> ?",
                ps -> {
                    ps.setLong(1, caseId);
                    ps.setString(2, top.path() + "%");
                    ps.setLong(3, top.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                    }
                });
    }

    /** The deadline running for an open case (acknowledge, then answer) and whether it has passed. */
    Instant due(Found f) {
        return f.acknowledgedAt() == null ? sla.acknowledgeDue(f.receivedAt()) : sla.answerDue(f.receivedAt());
    }

    private static List<Found> read(PreparedStatement ps) throws SQLException {
        List<Found> found = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp ack = rs.getTimestamp(8);
                Timestamp escalated = rs.getTimestamp(13);
                found.add(new Found(rs.getLong(1), rs.getLong(2), rs.getString(3), topic(rs.getString(4)), CaseStatus.valueOf(rs.getString(5)),
                        Channel.valueOf(rs.getString(6)), rs.getTimestamp(7).toInstant(), ack == null ? null : ack.toInstant(), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), escalated == null ? null : escalated.toInstant()));
            }
        }
        return Collections.unmodifiableList(found);
    }

    private static Topic topic(String value) {
        for (Topic t : Topic.values()) {
            if (t.name().equals(value)) {
                return t;
            }
        }
        return null;
    }
}
