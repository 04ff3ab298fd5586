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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The open cases of the units below one unit, read across those units (the unit above's read-only oversight): each case
 * carries its unit's path (kept by CasePaths), so the open cases below are one range of ix_desk_case_open_below, read once
 * for the counts (grouped in the database), once for the topics and once for the oldest cases (with a limit), whatever
 * the number of units below. Never walks the tree in Java.
 */
@Singleton
@Connectable
public class OpenBelow {

    static final String OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::open).map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));
    /**
     * The open cases under a scope (the unit looking, or a unit below it), without the unit looking's own: a path is its
     * unit's alone, so leaving out the looking unit's path leaves out exactly its cases.
     */
    private static final String BELOW = "c.spam = FALSE AND c.status IN (" + OPEN + ") AND c.unit_path LIKE ? AND c.unit_path <> ?";
    private static final int[] BAND_DAYS = {3, 10, 30};
    private static final String COLUMNS = "c.id, c.unit_id, c.code, c.topic, c.status, c.channel, c.received_at, c.acknowledged_at, "
            + "c.citizen_name, c.citizen_phone, c.citizen_email, LEFT(c.message, 160), "
            + "CASE WHEN c.acknowledged_at IS NULL THEN c.acknowledge_due_at ELSE c.answer_due_at END";

    private final JdbcOperations jdbc;
    private final SlaClock sla;

    OpenBelow(JdbcOperations jdbc, SlaClock sla) {
        this.jdbc = jdbc;
        this.sla = sla;
    }

    /**
     * Open cases per child of the scope and age band: child is the id of the scope's child whose subtree holds the case, or 0
     * for the scope's own cases. Grouped in the database by child, not by unit, so a Sở's page reads a few hundred rows.
     */
    record Count(long child, int band, long count) {
    }

    /** Counts under scope (the unit itself or a unit below it), leaving out the cases of {@code top}, the unit looking. */
    List<Count> counts(UnitRef top, UnitRef scope, Topic topic, Instant now) {
        String sql = "SELECT SUBSTRING_INDEX(SUBSTRING(c.unit_path, ?), '/', 1) AS child, CASE WHEN c.received_at >= ? THEN 0 WHEN c.received_at >= ? THEN 1 "
                + "WHEN c.received_at >= ? THEN 2 ELSE 3 END AS band, COUNT(*) FROM desk_case c WHERE " + BELOW + (topic == null ? "" : " AND c.topic = ?")
                + " GROUP BY child, band";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            ps.setInt(i++, scope.path().length() + 1);
            for (int days : BAND_DAYS) {
                ps.setTimestamp(i++, Timestamp.from(now.minus(Duration.ofDays(days))));
            }
            i = below(ps, i, top, scope);
            if (topic != null) {
                ps.setString(i, topic.name());
            }
            List<Count> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String child = rs.getString(1);
                    counts.add(new Count(child == null || child.isEmpty() ? 0 : Long.parseLong(child), rs.getInt(2), rs.getLong(3)));
                }
            }
            return counts;
        });
    }

    /** Open cases under scope per topic, whatever topic the list is filtered on. */
    Map<Topic, Long> topics(UnitRef top, UnitRef scope) {
        String sql = "SELECT c.topic, COUNT(*) FROM desk_case c WHERE " + BELOW + " GROUP BY c.topic";
        return jdbc.prepareStatement(sql, ps -> {
            below(ps, 1, top, scope);
            Map<Topic, Long> counts = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Topic t = topic(rs.getString(1));
                    if (t != null) {
                        counts.put(t, rs.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    /** A case as the lists read it, before masking. */
    record Found(long id, long unitId, String code, Topic topic, CaseStatus status, Channel channel, Instant receivedAt, Instant acknowledgedAt,
                 String name, String phone, String email, String excerpt, Instant due, Instant escalatedAt) {
    }

    /** The oldest open cases under scope, at most limit. */
    List<Found> oldest(UnitRef top, UnitRef scope, Topic topic, int limit) {
        // The oldest ids are picked on the covering index alone, and only those rows are read: sorting the wide rows (names,
        // message) of every open case below a Sở would sort 20,000 of them to keep a hundred.
        String sql = "SELECT " + COLUMNS + ", NULL FROM (SELECT c.id FROM desk_case c WHERE " + BELOW + (topic == null ? "" : " AND c.topic = ?")
                + " ORDER BY c.received_at, c.id LIMIT ?) k JOIN desk_case c ON c.id = k.id ORDER BY c.received_at, c.id";
        return jdbc.prepareStatement(sql, ps -> {
            int i = below(ps, 1, top, scope);
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

    /** The deadline running for an open case (acknowledge, then answer), as kept on the case by its unit's days for its topic. */
    Instant due(Found f) {
        if (f.due() != null) {
            return f.due();
        }
        // A case written before deadlines were kept, until CaseDeadlines fills it in.
        SlaClock.Deadlines d = sla.deadlines(f.unitId(), f.topic() == null ? Topic.KHAC : f.topic(), f.receivedAt());
        return f.acknowledgedAt() == null ? d.acknowledge() : d.answer();
    }

    /** Binds {@link #BELOW}'s parameters from index i on; answers the next index. */
    private static int below(PreparedStatement ps, int i, UnitRef top, UnitRef scope) throws SQLException {
        ps.setString(i, scope.path() + "%");
        ps.setString(i + 1, top.path());
        return i + 2;
    }

    private static List<Found> read(PreparedStatement ps) throws SQLException {
        List<Found> found = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp ack = rs.getTimestamp(8);
                Timestamp due = rs.getTimestamp(13);
                Timestamp escalated = rs.getTimestamp(14);
                found.add(new Found(rs.getLong(1), rs.getLong(2), rs.getString(3), topic(rs.getString(4)), CaseStatus.valueOf(rs.getString(5)),
                        Channel.valueOf(rs.getString(6)), rs.getTimestamp(7).toInstant(), ack == null ? null : ack.toInstant(), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), due == null ? null : due.toInstant(),
                        escalated == null ? null : escalated.toInstant()));
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
