package vn.lantoa.desk.stats;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.desk.CaseStatus;
import vn.lantoa.platform.time.VietnamTime;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The desk's statistics counted by the database, one grouped query per breakdown over desk_case, spam left out. Cases
 * are placed in Vietnam time (their month); deadlines are those kept on each case (its unit's days for its topic, see
 * vn.lantoa.desk.CaseDeadlines), so "on time" is measured against the deadline the answer was due by; the median time
 * to answer is picked with
 * window functions (MySQL 8 and MariaDB 10.11 both have them; neither has a portable MEDIAN).
 */
@Singleton
@Connectable
public class DeskStatistics {

    /** What the lines of one breakdown are keyed by. */
    public enum Breakdown {
        TOTAL("'all'"),
        MONTH("DATE_FORMAT(c.received_at + INTERVAL " + offsetSeconds() + " SECOND, '%Y-%m')"),
        TOPIC("c.topic"),
        CHANNEL("c.channel"),
        UNIT("CAST(c.unit_id AS CHAR)");

        private final String sql;

        Breakdown(String sql) {
            this.sql = sql;
        }
    }

    private final JdbcOperations jdbc;

    DeskStatistics(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines of one breakdown, keyed as {@link Breakdown} says; keys without a case are absent. */
    public Map<String, StatsLine> lines(StatsScope scope, StatsRange range, Breakdown breakdown, Instant now) {
        String sql = sql(scope, breakdown);
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            if (scope.subtree()) {
                ps.setString(i++, scope.unit().path() + "%");
            } else {
                ps.setLong(i++, scope.unit().id());
            }
            ps.setObject(i++, utc(range.start()));
            ps.setObject(i++, utc(range.end()));
            ps.setObject(i, utc(now));
            Map<String, StatsLine> lines = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long median = rs.getLong(7);
                    Long answeredMedian = rs.wasNull() ? null : median;
                    StatsLine line = new StatsLine(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                            answeredMedian);
                    lines.put(line.key(), line);
                }
            }
            return lines;
        });
    }

    private static String sql(StatsScope scope, Breakdown breakdown) {
        String open = Arrays.stream(CaseStatus.values()).filter(CaseStatus::open).map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        String where = scope.subtree() ? "c.unit_id IN (SELECT u.id FROM unit u WHERE u.path LIKE ?)" : "c.unit_id = ?";
        // Overdue as SlaClock.of says: not answered, not closed, and past the acknowledge deadline (not yet acknowledged)
        // or the answer deadline (acknowledged).
        return "WITH base AS (SELECT " + breakdown.sql + " AS k, c.status, c.acknowledged_at, c.answered_at, c.received_at,\n"
                + "    c.acknowledge_due_at AS ack_due, c.answer_due_at AS ans_due\n"
                + "  FROM desk_case c\n"
                + "  WHERE " + where + " AND c.spam = FALSE AND c.received_at >= ? AND c.received_at < ?),\n"
                + "ranked AS (SELECT k, TIMESTAMPDIFF(MICROSECOND, received_at, answered_at) AS us,\n"
                + "    ROW_NUMBER() OVER (PARTITION BY k ORDER BY TIMESTAMPDIFF(MICROSECOND, received_at, answered_at)) AS rn,\n"
                + "    COUNT(*) OVER (PARTITION BY k) AS n\n"
                + "  FROM base WHERE answered_at IS NOT NULL),\n"
                + "medians AS (SELECT k, ROUND(AVG(us) / 1000000) AS median FROM ranked WHERE 2 * rn IN (n, n + 1, n + 2) GROUP BY k)\n"
                + "SELECT b.k, COUNT(*), SUM(b.answered_at IS NOT NULL), SUM(b.answered_at IS NOT NULL AND b.answered_at <= b.ans_due),\n"
                + "    SUM(b.status IN (" + open + ")),\n"
                + "    SUM(b.answered_at IS NULL AND b.status <> 'DA_DONG'\n"
                + "        AND CAST(? AS DATETIME(6)) > CASE WHEN b.acknowledged_at IS NULL THEN b.ack_due ELSE b.ans_due END),\n"
                + "    MAX(m.median)\n"
                + "FROM base b LEFT JOIN medians m ON m.k = b.k GROUP BY b.k";
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Vietnam has kept UTC+7 all year since 1975, so one offset places every case of any range. */
    private static int offsetSeconds() {
        return VietnamTime.ZONE.getRules().getOffset(Instant.EPOCH.plusSeconds(400_000_000L)).getTotalSeconds();
    }
}
