package vn.lantoa.topic;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.UnitRef;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage per theme across a subtree: for each topic, how many published articles, plan items, clippings and cases the
 * unit itself and each child's whole subtree have in the period. One query per measure over the subtree (unit.path LIKE),
 * grouped by topic and by the child the carrier sits under (read off its path), never one query per unit; so the
 * total of a topic is the unit's own count plus its children's, by construction.
 */
@Singleton
@Connectable
class TopicCoverage {

    enum Measure {
        ARTICLES, PLAN_ITEMS, CLIPPINGS, CASES;

        String labelKey() {
            return "topic.coverage.measure." + name();
        }
    }

    /** One child of the unit, whose whole subtree its counts cover. */
    record Child(long id, String name) {
    }

    /**
     * The counts: measure, then topic, then the child (0 for the unit itself). Topics are those available to the unit and
     * any topic of a unit below that something carries.
     */
    record Result(CoveragePeriod period, List<Topic> topics, List<Child> children, Map<Measure, Map<Long, Map<Long, Long>>> counts) {

        long count(Measure m, long topicId, long childId) {
            return counts.getOrDefault(m, Map.of()).getOrDefault(topicId, Map.of()).getOrDefault(childId, 0L);
        }

        long total(Measure m, long topicId) {
            return counts.getOrDefault(m, Map.of()).getOrDefault(topicId, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    // The child a row sits under: the first id of its path after the unit's own path ('' for the unit itself).
    private static final String CHILD = "SUBSTRING_INDEX(SUBSTRING(u.path, ?), '/', 1)";

    private final JdbcOperations jdbc;
    private final Topics topics;

    TopicCoverage(JdbcOperations jdbc, Topics topics) {
        this.jdbc = jdbc;
        this.topics = topics;
    }

    Result of(UnitRef unit, CoveragePeriod period) {
        Timestamp from = Timestamp.from(period.start().atStartOfDay(VietnamTime.ZONE).toInstant());
        Timestamp to = Timestamp.from(period.end().plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant());
        Map<Measure, Map<Long, Map<Long, Long>>> counts = new EnumMap<>(Measure.class);
        counts.put(Measure.ARTICLES, count(unit, "SELECT l.topic_id, " + CHILD + ", COUNT(*) FROM article_topic l JOIN article a ON a.id = l.article_id "
                + "JOIN unit u ON u.id = l.unit_id WHERE u.path LIKE CONCAT(?, '%') AND a.status IN ('PUBLISHED', 'ARCHIVED') "
                + "AND a.published_at >= ? AND a.published_at < ? GROUP BY 1, 2", ps -> {
                    ps.setTimestamp(3, from);
                    ps.setTimestamp(4, to);
                }));
        int mask = period.quarterMask();
        // An item planned for quarters counts in the periods it touches; one with dates instead, in those its dates touch;
        // one with neither, all year.
        counts.put(Measure.PLAN_ITEMS, count(unit, "SELECT l.topic_id, " + CHILD + ", COUNT(*) FROM plan_item_topic l JOIN plan_item i ON i.id = l.item_id "
                + "JOIN plan p ON p.id = i.plan_id JOIN unit u ON u.id = l.unit_id WHERE u.path LIKE CONCAT(?, '%') AND p.plan_year = ? "
                + "AND ((i.quarters & ?) <> 0 OR (i.quarters = 0 AND (i.starts_on IS NULL OR i.starts_on <= ?) AND (i.ends_on IS NULL OR i.ends_on >= ?))) "
                + "GROUP BY 1, 2", ps -> {
                    ps.setInt(3, period.year());
                    ps.setInt(4, mask);
                    ps.setObject(5, period.end());
                    ps.setObject(6, period.start());
                }));
        // A clipping forwarded up from below is the same piece: counted once, where it was first recorded.
        counts.put(Measure.CLIPPINGS, count(unit, "SELECT l.topic_id, " + CHILD + ", COUNT(*) FROM clipping_topic l JOIN press_clipping c ON c.id = l.clipping_id "
                + "JOIN unit u ON u.id = l.unit_id WHERE u.path LIKE CONCAT(?, '%') AND c.published_on BETWEEN ? AND ? AND NOT EXISTS "
                + "(SELECT 1 FROM press_clipping o JOIN unit ou ON ou.id = o.unit_id WHERE o.id = c.forwarded_from_id AND ou.path LIKE CONCAT(?, '%')) "
                + "GROUP BY 1, 2", ps -> {
                    ps.setObject(3, period.start());
                    ps.setObject(4, period.end());
                    ps.setString(5, unit.path());
                }));
        counts.put(Measure.CASES, count(unit, "SELECT l.topic_id, " + CHILD + ", COUNT(*) FROM case_topic l JOIN desk_case c ON c.id = l.case_id "
                + "JOIN unit u ON u.id = l.unit_id WHERE u.path LIKE CONCAT(?, '%') AND NOT c.spam AND c.received_at >= ? AND c.received_at < ? "
                + "GROUP BY 1, 2", ps -> {
                    ps.setTimestamp(3, from);
                    ps.setTimestamp(4, to);
                }));
        List<Child> children = children(unit);
        List<Topic> shown = new ArrayList<>(topics.allAvailableTo(unit));
        List<Long> fromBelow = counts.values().stream().flatMap(m -> m.keySet().stream()).distinct()
                .filter(id -> shown.stream().noneMatch(t -> t.id() == id)).toList();
        shown.addAll(topics.byIds(fromBelow));
        return new Result(period, shown, children, counts);
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Map<Long, Map<Long, Long>> count(UnitRef unit, String sql, Binder more) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setInt(1, unit.path().length() + 1);
            ps.setString(2, unit.path());
            more.bind(ps);
            try (var rs = ps.executeQuery()) {
                Map<Long, Map<Long, Long>> byTopic = new HashMap<>();
                while (rs.next()) {
                    String child = rs.getString(2);
                    long childId = child == null || child.isEmpty() ? 0L : Long.parseLong(child);
                    byTopic.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).merge(childId, rs.getLong(3), Long::sum);
                }
                return byTopic;
            }
        });
    }

    private List<Child> children(UnitRef unit) {
        return jdbc.prepareStatement("SELECT id, name FROM unit WHERE parent_id = ? ORDER BY closed_on IS NOT NULL, name, id", ps -> {
            ps.setLong(1, unit.id());
            try (var rs = ps.executeQuery()) {
                Map<Long, Child> children = new LinkedHashMap<>();
                while (rs.next()) {
                    children.put(rs.getLong(1), new Child(rs.getLong(1), rs.getString(2)));
                }
                return new ArrayList<>(children.values());
            }
        });
    }
}
