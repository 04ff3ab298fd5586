package vn.lantoa.topic;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The topics a unit's article, plan item, clipping or case carries (article_topic, plan_item_topic, clipping_topic,
 * case_topic). The carrying packages call this one; it never calls them, so it reads and writes the join tables by name.
 */
@Singleton
@Connectable
public class TopicLinks {

    /** What may carry a topic: the join table and its column naming the thing. */
    public enum Carrier {
        ARTICLE("article_topic", "article_id"),
        PLAN_ITEM("plan_item_topic", "item_id"),
        CLIPPING("clipping_topic", "clipping_id"),
        CASE("case_topic", "case_id");

        final String table;
        final String column;

        Carrier(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    /** A topic as a checkbox of a picker: the active ones of the unit, and any retired one the thing still carries. */
    public record Choice(long id, String code, String name, boolean checked, boolean retired) {
    }

    private final JdbcOperations jdbc;
    private final Topics topics;

    TopicLinks(JdbcOperations jdbc, Topics topics) {
        this.jdbc = jdbc;
        this.topics = topics;
    }

    /** The ids of the topics the thing of the unit carries. */
    public List<Long> on(Carrier carrier, long unitId, long thingId) {
        return jdbc.prepareStatement("SELECT topic_id FROM " + carrier.table + " WHERE unit_id = ? AND " + carrier.column + " = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, thingId);
            try (var rs = ps.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            }
        });
    }

    /**
     * Makes the thing carry exactly these topics. A topic not available to the unit (another Sở's, a unit below's, a
     * retired one it did not carry already) is refused on the field {@code field}, and nothing is written; call it
     * inside the transaction that saves the thing.
     */
    @Transactional
    public void replace(Carrier carrier, UnitRef unit, long thingId, Collection<Long> topicIds, String field) {
        Set<Long> wanted = new LinkedHashSet<>(topicIds);
        List<Long> current = on(carrier, unit.id(), thingId);
        Set<Long> allowed = new java.util.HashSet<>(current);
        topics.availableTo(unit).forEach(t -> allowed.add(t.id()));
        if (!allowed.containsAll(wanted)) {
            throw UserInputException.of(field, "topic.notAvailable");
        }
        if (wanted.equals(new LinkedHashSet<>(current))) {
            return;
        }
        jdbc.prepareStatement("DELETE FROM " + carrier.table + " WHERE unit_id = ? AND " + carrier.column + " = ?", ps -> {
            ps.setLong(1, unit.id());
            ps.setLong(2, thingId);
            return ps.executeUpdate();
        });
        for (Long topicId : wanted) {
            jdbc.prepareStatement("INSERT INTO " + carrier.table + " (unit_id, " + carrier.column + ", topic_id) VALUES (?, ?, ?)", ps -> {
                ps.setLong(1, unit.id());
                ps.setLong(2, thingId);
                ps.setLong(3, topicId);
                return ps.executeUpdate();
            });
        }
    }

    /** The picker's checkboxes for a thing of the unit that carries {@code chosen}. */
    public List<Choice> choices(UnitRef unit, Collection<Long> chosen) {
        List<Choice> choices = new ArrayList<>();
        for (Topic t : topics.allAvailableTo(unit)) {
            boolean checked = chosen.contains(t.id());
            if (t.active() || checked) {
                choices.add(new Choice(t.id(), t.code(), t.name(), checked, !t.active()));
            }
        }
        return choices;
    }

    /** The names of the topics a thing carries, in the list's order (for a page that shows them without a picker). */
    public List<String> names(UnitRef unit, Collection<Long> chosen) {
        return topics.allAvailableTo(unit).stream().filter(t -> chosen.contains(t.id())).map(Topic::name).toList();
    }

    /**
     * Topic ids as posted by a picker: blanks skipped (the picker sends an empty one so that unticking all clears them),
     * anything else that is no number refused on the field.
     */
    public static List<Long> parse(Collection<String> posted, String field, FieldErrors errors) {
        List<Long> ids = new ArrayList<>();
        for (String p : posted == null ? List.<String>of() : posted) {
            if (p == null || p.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(p.strip()));
            } catch (NumberFormatException e) {
                errors.add(field, "topic.notAvailable");
                return List.of();
            }
        }
        return ids;
    }
}
