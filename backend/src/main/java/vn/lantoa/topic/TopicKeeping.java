package vn.lantoa.topic;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A keeper's list (the ministry's for the sector, a Sở's for its tree): add, rename, reorder, retire and restore. A topic
 * is never deleted once something carries it, since old articles, clippings and cases must still name it; an unused one
 * added by mistake may go. Callers check MANAGE_UNIT; this checks that the unit keeps a list at all.
 */
@Singleton
@Connectable
public class TopicKeeping {

    static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");
    static final int NAME_MAX = 200;

    private final JdbcOperations jdbc;
    private final Topics topics;
    private final AuditLog audit;
    private final Clock clock;

    TopicKeeping(JdbcOperations jdbc, Topics topics, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    /** The code as typed, upper-cased; null (with the field's error) when it is no plain ASCII code. */
    static String code(String typed, FieldErrors errors) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            errors.add("code", "topic.code.invalid");
            return null;
        }
        return code;
    }

    static String name(String typed, FieldErrors errors) {
        String name = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            errors.add("name", "topic.name.required");
        } else if (name.length() > NAME_MAX) {
            errors.add("name", "field.tooLong", NAME_MAX);
        }
        return name;
    }

    @Transactional
    public Topic add(Actor actor, UnitRef unit, String code, String name) {
        requireKeeper(unit);
        // A code the unit already sees (its own or one from above) would make two themes of one name in exports.
        if (topics.allAvailableTo(unit).stream().anyMatch(t -> t.code().equals(code))) {
            throw UserInputException.of("code", "topic.code.taken");
        }
        int position = topics.keptBy(unit).stream().mapToInt(Topic::position).max().orElse(0) + 10;
        Timestamp now = Timestamp.from(clock.instant());
        long id;
        try (var ps = jdbc.getConnection().prepareStatement("INSERT INTO topic (unit_id, code, name, position, active, created_at, updated_at, "
                + "updated_by) VALUES (?, ?, ?, ?, TRUE, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, unit.id());
            ps.setString(2, code);
            ps.setString(3, name);
            ps.setInt(4, position);
            ps.setTimestamp(5, now);
            ps.setTimestamp(6, now);
            ps.setObject(7, actor.userId());
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        audit.record(actor, unit.id(), "topic.added", "topic", id, "Thêm chủ đề " + name, null, Map.of("code", code, "name", name));
        return new Topic(id, unit.id(), code, name, position, true);
    }

    /** The standard list, into a list that is still empty. */
    @Transactional
    public int loadStandard(Actor actor, UnitRef unit) {
        requireKeeper(unit);
        if (!topics.keptBy(unit).isEmpty()) {
            throw UserInputException.of("standard", "topic.standard.notEmpty");
        }
        int added = 0;
        for (StandardTopics.Standard s : StandardTopics.ALL) {
            if (topics.allAvailableTo(unit).stream().noneMatch(t -> t.code().equals(s.code()))) {
                add(actor, unit, s.code(), s.name());
                added++;
            }
        }
        return added;
    }

    @Transactional
    public void rename(Actor actor, UnitRef unit, long topicId, String name, Long version) {
        Topic before = find(unit, topicId);
        int changed = update("UPDATE topic SET name = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE unit_id = ? AND id = ?"
                + (version == null ? "" : " AND version = " + version), actor, unit, topicId, name);
        if (changed == 0) {
            throw new StaleVersionException();
        }
        audit.record(actor, unit.id(), "topic.renamed", "topic", topicId, "Đổi tên chủ đề " + before.name() + " thành " + name,
                Map.of("name", before.name()), Map.of("name", name));
    }

    @Transactional
    public void setActive(Actor actor, UnitRef unit, long topicId, boolean active) {
        Topic topic = find(unit, topicId);
        update("UPDATE topic SET active = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE unit_id = ? AND id = ?",
                actor, unit, topicId, active);
        audit.record(actor, unit.id(), active ? "topic.restored" : "topic.retired", "topic", topicId,
                (active ? "Dùng lại chủ đề " : "Ngừng dùng chủ đề ") + topic.name(), null, null);
    }

    /** Swaps the topic with its neighbour above (up) or below, then numbers the whole list again in steps of ten. */
    @Transactional
    public void move(Actor actor, UnitRef unit, long topicId, boolean up) {
        find(unit, topicId);
        List<Topic> list = new java.util.ArrayList<>(topics.keptBy(unit));
        int i = 0;
        while (list.get(i).id() != topicId) {
            i++;
        }
        int j = up ? i - 1 : i + 1;
        if (j < 0 || j >= list.size()) {
            return;
        }
        java.util.Collections.swap(list, i, j);
        for (int k = 0; k < list.size(); k++) {
            int position = (k + 1) * 10;
            long id = list.get(k).id();
            jdbc.prepareStatement("UPDATE topic SET position = ? WHERE unit_id = ? AND id = ?", ps -> {
                ps.setInt(1, position);
                ps.setLong(2, unit.id());
                ps.setLong(3, id);
                return ps.executeUpdate();
            });
        }
        audit.record(actor, unit.id(), "topic.moved", "topic", topicId, "Đổi thứ tự chủ đề", null, null);
    }

    /** Deletes a topic nothing carries; one in use is refused (retire it instead). */
    @Transactional
    public void delete(Actor actor, UnitRef unit, long topicId) {
        Topic topic = find(unit, topicId);
        if (inUse(topicId)) {
            throw UserInputException.of("delete", "topic.inUse");
        }
        jdbc.prepareStatement("DELETE FROM topic WHERE unit_id = ? AND id = ?", ps -> {
            ps.setLong(1, unit.id());
            ps.setLong(2, topicId);
            return ps.executeUpdate();
        });
        audit.record(actor, unit.id(), "topic.deleted", "topic", topicId, "Xóa chủ đề " + topic.name(), Map.of("code", topic.code()), null);
    }

    boolean inUse(long topicId) {
        for (TopicLinks.Carrier c : TopicLinks.Carrier.values()) {
            boolean used = jdbc.prepareStatement("SELECT 1 FROM " + c.table + " WHERE topic_id = ? LIMIT 1", ps -> {
                ps.setLong(1, topicId);
                try (var rs = ps.executeQuery()) {
                    return rs.next();
                }
            });
            if (used) {
                return true;
            }
        }
        return false;
    }

    /** One of the unit's own topics; another unit's (even one above it) is not found here. */
    Topic find(UnitRef unit, long topicId) {
        requireKeeper(unit);
        return topics.keptBy(unit).stream().filter(t -> t.id() == topicId).findFirst()
                .orElseThrow(() -> new NotFoundException("topic " + topicId));
    }

    private static void requireKeeper(UnitRef unit) {
        if (!Topics.keepsAList(unit)) {
            throw new NotFoundException("no topic list kept by unit " + unit.id());
        }
    }

    private int update(String sql, Actor actor, UnitRef unit, long topicId, Object value) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, value);
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            ps.setObject(3, actor.userId());
            ps.setLong(4, unit.id());
            ps.setLong(5, topicId);
            return ps.executeUpdate();
        });
    }
}
