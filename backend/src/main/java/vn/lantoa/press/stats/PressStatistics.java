package vn.lantoa.press.stats;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The press desk's figures, counted by the database: one grouped query per table over the other slices' tables (press_question,
 * press_clipping, press_incident, whose columns V71 to V73 fix), the units below read as one range of paths, never by walking
 * the tree. Times are stored in UTC and placed in Vietnam time: Vietnam keeps UTC+7 all year, so one offset serves every row.
 */
@Singleton
@Connectable
public class PressStatistics {

    /** SENT and DECLINED close a question: its answer (or refusal) went out then. */
    static final String CLOSED = "q.status IN ('SENT', 'DECLINED')";
    /** The Vietnam day a closed question went out on; a refusal written before sent_at was kept falls back to its last change. */
    static final String CLOSED_ON = "DATE(COALESCE(q.sent_at, q.updated_at) + INTERVAL " + offsetSeconds() + " SECOND)";

    private final JdbcOperations jdbc;

    PressStatistics(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Questions received in the period: closed by their due date (Vietnam), closed after it, open past it, open and not yet due. */
    public record Questions(long received, long onTime, long late, long openOverdue, long openNotDue) {

        static final Questions NONE = new Questions(0, 0, 0, 0, 0);

        Questions plus(Questions o) {
            return new Questions(received + o.received, onTime + o.onTime, late + o.late, openOverdue + o.openOverdue, openNotDue + o.openNotDue);
        }

        /** Per cent of the closed questions that went out by their due date; null without any closed. */
        public Long onTimeShare() {
            long closed = onTime + late;
            return closed == 0 ? null : Math.round(100.0 * onTime / closed);
        }
    }

    /** Per unit (the unit's id); the total is their sum. */
    Map<Long, Questions> questions(StatsScope scope, StatsPeriod period, LocalDate today) {
        String sql = "SELECT q.unit_id, COUNT(*), SUM(" + CLOSED + " AND " + CLOSED_ON + " <= q.due_on), SUM(" + CLOSED + " AND " + CLOSED_ON + " > q.due_on), "
                + "SUM(NOT " + CLOSED + " AND q.due_on < ?), SUM(NOT " + CLOSED + " AND q.due_on >= ?) FROM press_question q WHERE " + where(scope, "q")
                + " AND q.received_on >= ? AND q.received_on < ? GROUP BY q.unit_id";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, today);
            ps.setObject(2, today);
            int i = bindScope(ps, 3, scope);
            ps.setObject(i++, period.first());
            ps.setObject(i, period.end());
            Map<Long, Questions> lines = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.put(rs.getLong(1), new Questions(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
                }
            }
            return lines;
        });
    }

    /** Clippings by tone. */
    public record Coverage(long positive, long neutral, long negative) {

        static final Coverage NONE = new Coverage(0, 0, 0);

        public long total() {
            return positive + neutral + negative;
        }

        Coverage plus(Coverage o) {
            return new Coverage(positive + o.positive, neutral + o.neutral, negative + o.negative);
        }
    }

    enum CoverageBy { MONTH, UNIT }

    /**
     * Clippings that appeared in the period, by tone, keyed by month ("2026-05") or unit id. Over a subtree, a clipping forwarded up
     * from a unit below is counted once, at the unit that found it.
     */
    Map<String, Coverage> coverage(StatsScope scope, StatsPeriod period, CoverageBy by) {
        String key = by == CoverageBy.MONTH ? "DATE_FORMAT(c.published_on, '%Y-%m')" : "CAST(c.unit_id AS CHAR)";
        String sql = "SELECT " + key + " AS k, SUM(c.tone = 'POSITIVE'), SUM(c.tone = 'NEUTRAL'), SUM(c.tone = 'NEGATIVE') FROM press_clipping c WHERE "
                + where(scope, "c") + (scope.subtree() ? " AND c.forwarded_from_id IS NULL" : "") + " AND c.published_on >= ? AND c.published_on < ? GROUP BY k";
        return jdbc.prepareStatement(sql, ps -> {
            int i = bindScope(ps, 1, scope);
            ps.setObject(i++, period.first());
            ps.setObject(i, period.end());
            Map<String, Coverage> lines = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.put(rs.getString(1), new Coverage(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            return lines;
        });
    }

    /**
     * Incidents first alerted in the period: how many, how many had a first public statement, how many within their clock, how many
     * whose clock is decided (a statement made, or the clock run out), and the median and mean time from alert to first statement.
     */
    public record Incidents(long count, long made, long withinClock, long decided, Long medianMinutes, Long averageMinutes) {

        static final Incidents NONE = new Incidents(0, 0, 0, 0, null, null);

        /** Per cent of the incidents whose clock is decided that had their statement within it; null when none is decided. */
        public Long withinShare() {
            return decided == 0 ? null : Math.round(100.0 * withinClock / decided);
        }
    }

    enum IncidentsBy {
        TOTAL("'all'"), TYPE("i.incident_type"), UNIT("CAST(i.unit_id AS CHAR)");

        final String sql;

        IncidentsBy(String sql) {
            this.sql = sql;
        }
    }

    Map<String, Incidents> incidents(StatsScope scope, StatsPeriod period, IncidentsBy by, Instant now) {
        // The median is picked with window functions (MySQL 8 and MariaDB 10.11 both have them; neither has a portable MEDIAN).
        String sql = "WITH base AS (SELECT " + by.sql + " AS k, i.statement_due_at, i.first_statement_at, "
                + "TIMESTAMPDIFF(SECOND, i.first_alert_at, i.first_statement_at) AS secs FROM press_incident i WHERE "
                + (scope.subtree() ? "i.unit_path LIKE ?" : "i.unit_id = ?") + " AND i.first_alert_at >= ? AND i.first_alert_at < ?),\n"
                + "ranked AS (SELECT k, secs, ROW_NUMBER() OVER (PARTITION BY k ORDER BY secs) AS rn, COUNT(*) OVER (PARTITION BY k) AS n "
                + "FROM base WHERE secs IS NOT NULL),\n"
                + "medians AS (SELECT k, AVG(secs) AS median FROM ranked WHERE 2 * rn IN (n, n + 1, n + 2) GROUP BY k)\n"
                + "SELECT b.k, COUNT(*), SUM(b.first_statement_at IS NOT NULL), SUM(b.first_statement_at IS NOT NULL AND b.first_statement_at <= b.statement_due_at), "
                + "SUM(b.first_statement_at IS NOT NULL OR b.statement_due_at < CAST(? AS DATETIME(6))), AVG(b.secs), MAX(m.median) "
                + "FROM base b LEFT JOIN medians m ON m.k = b.k GROUP BY b.k";
        return jdbc.prepareStatement(sql, ps -> {
            if (scope.subtree()) {
                ps.setString(1, scope.unit().path() + "%");
            } else {
                ps.setLong(1, scope.unit().id());
            }
            ps.setObject(2, utc(period.start()));
            ps.setObject(3, utc(period.endInstant()));
            ps.setObject(4, utc(now));
            Map<String, Incidents> lines = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.put(rs.getString(1), new Incidents(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), minutes(rs, 7), minutes(rs, 6)));
                }
            }
            return lines;
        });
    }

    private static Long minutes(ResultSet rs, int column) throws SQLException {
        double secs = rs.getDouble(column);
        return rs.wasNull() ? null : Math.round(secs / 60.0);
    }

    private static String where(StatsScope scope, String alias) {
        return scope.subtree() ? alias + ".unit_id IN (SELECT u.id FROM unit u WHERE u.path LIKE ?)" : alias + ".unit_id = ?";
    }

    private static int bindScope(PreparedStatement ps, int i, StatsScope scope) throws SQLException {
        if (scope.subtree()) {
            ps.setString(i, scope.unit().path() + "%");
        } else {
            ps.setLong(i, scope.unit().id());
        }
        return i + 1;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static int offsetSeconds() {
        return VietnamTime.ZONE.getRules().getOffset(Instant.EPOCH.plusSeconds(400_000_000L)).getTotalSeconds();
    }
}
