package vn.lantoa.plan.progress;

import vn.lantoa.plan.Quarters;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a unit may offer as evidence for an item: its own published articles (those suggested for the item first), its
 * press events, press releases and journalists' questions, and its files. Only the unit's own rows, read with plain SQL
 * from the newsroom, press and files tables.
 */
@Singleton
@Connectable
public class EvidenceChoices {

    static final int OPTIONS = 300;
    /** Tags shorter than this ("an", "GD") would match almost any item's wording. */
    static final int TAG_MIN = 3;

    /** One thing to choose: its id, what is shown, a second line, and whether it is suggested for the item. */
    public record Choice(long id, String title, String detail, boolean suggested) {
    }

    private static final String ARTICLE_SQL = "SELECT a.id, a.title, a.published_at, CASE WHEN a.published_at >= ? AND a.published_at < ? AND ("
            + "EXISTS (SELECT 1 FROM article_topic at JOIN plan_item_topic pt ON pt.topic_id = at.topic_id "
            + "WHERE at.unit_id = a.unit_id AND at.article_id = a.id AND pt.unit_id = ? AND pt.item_id = ?) "
            + "OR EXISTS (SELECT 1 FROM article_tag t WHERE t.unit_id = a.unit_id AND t.article_id = a.id AND CHAR_LENGTH(t.tag) >= " + TAG_MIN
            + " AND LOCATE(t.tag, ?) > 0)) THEN 1 ELSE 0 END AS suggested "
            + "FROM article a WHERE a.unit_id = ? AND a.status IN ('PUBLISHED', 'ARCHIVED') AND a.published_at IS NOT NULL "
            + "ORDER BY suggested DESC, a.published_at DESC, a.id DESC LIMIT " + OPTIONS;

    private static final Map<EvidenceSource, String> LISTS = new EnumMap<>(Map.of(
            EvidenceSource.PRESS_EVENT, "SELECT id, title, starts_at FROM press_event WHERE unit_id = ? %s ORDER BY starts_at DESC, id DESC LIMIT " + OPTIONS,
            EvidenceSource.PRESS_RELEASE, "SELECT id, subject, send_at FROM press_mailing WHERE unit_id = ? %s ORDER BY send_at DESC, id DESC LIMIT " + OPTIONS,
            EvidenceSource.PRESS_QUESTION, "SELECT id, CONCAT(code, ' – ', outlet_name, ': ', LEFT(question, 120)), created_at FROM press_question "
                    + "WHERE unit_id = ? %s ORDER BY received_on DESC, id DESC LIMIT " + OPTIONS,
            EvidenceSource.FILE, "SELECT id, original_name, created_at FROM stored_file WHERE unit_id = ? %s ORDER BY created_at DESC, id DESC LIMIT " + OPTIONS,
            EvidenceSource.ARTICLE, "SELECT id, title, published_at FROM article WHERE unit_id = ? AND status IN ('PUBLISHED', 'ARCHIVED') "
                    + "AND published_at IS NOT NULL %s LIMIT 1"));

    private final JdbcOperations jdbc;

    EvidenceChoices(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit's published articles, those suggested for the item (same topic or a tag its wording names, published in its time) first. */
    List<Choice> articles(long unitId, PlanRows.ItemRow item, int year) {
        List<Integer> qs = item.planned(year);
        LocalDate from = item.startsOn() != null ? item.startsOn() : Quarters.firstDay(year, qs.get(0));
        LocalDate to = item.endsOn() != null ? item.endsOn() : Quarters.lastDay(year, qs.get(qs.size() - 1));
        return jdbc.prepareStatement(ARTICLE_SQL, ps -> {
            ps.setTimestamp(1, Timestamp.from(VietnamTime.startOf(from)));
            ps.setTimestamp(2, Timestamp.from(VietnamTime.startOf(to.plusDays(1))));
            ps.setLong(3, unitId);
            ps.setLong(4, item.id());
            ps.setString(5, item.topic() + " " + (item.productNote() == null ? "" : item.productNote()));
            ps.setLong(6, unitId);
            List<Choice> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Choice(rs.getLong(1), rs.getString(2), VietnamTime.date(rs.getTimestamp(3).toInstant()), rs.getInt(4) == 1));
                }
            }
            return list;
        });
    }

    /** The unit's latest rows of one source (events, releases, questions, files). */
    List<Choice> of(long unitId, EvidenceSource source) {
        return jdbc.prepareStatement(String.format(LISTS.get(source), ""), ps -> {
            ps.setLong(1, unitId);
            return read(ps.executeQuery());
        });
    }

    /** What the row is called, when it is the unit's own (and, for an article, published); empty otherwise. */
    Optional<String> titleOf(long unitId, EvidenceSource source, long refId) {
        String sql = LISTS.get(source);
        if (sql == null) {
            return Optional.empty();
        }
        return jdbc.prepareStatement(String.format(sql, "AND id = ?"), ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, refId);
            return read(ps.executeQuery()).stream().findFirst().map(Choice::title);
        });
    }

    private static List<Choice> read(ResultSet rs) throws java.sql.SQLException {
        try (rs) {
            List<Choice> list = new ArrayList<>();
            while (rs.next()) {
                Timestamp at = rs.getTimestamp(3);
                list.add(new Choice(rs.getLong(1), rs.getString(2), at == null ? "" : VietnamTime.date(at.toInstant()), false));
            }
            return list;
        }
    }
}
