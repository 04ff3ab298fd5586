package vn.lantoa.reporting.obligation;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Saved groups of units below a unit, chosen by hand, to give an obligation to ("các trường điểm thi"). */
@Singleton
@Connectable
public class UnitGroups {

    /** A group as its owner lists it. */
    public record Group(long id, String name, long members) {
    }

    /** A unit below, to tick into a group. */
    public record Candidate(long id, String name, int depth) {
    }

    private final JdbcOperations jdbc;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    UnitGroups(JdbcOperations jdbc, Access access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Group> of(long unitId) {
        return jdbc.prepareStatement("SELECT g.id, g.name, (SELECT COUNT(*) FROM unit_group_member m WHERE m.group_id = g.id) FROM unit_group g "
                + "WHERE g.unit_id = ? ORDER BY g.name", ps -> {
            ps.setLong(1, unitId);
            List<Group> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Group(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return list;
        });
    }

    /** Open units below, in tree order, at most a thousand (a group is a hand-picked list, not a level). */
    public List<Candidate> candidates(UnitRef unit) {
        return jdbc.prepareStatement("SELECT id, name, depth FROM unit WHERE path LIKE ? AND id <> ? AND closed_on IS NULL ORDER BY path LIMIT 1000", ps -> {
            ps.setString(1, unit.path() + "%");
            ps.setLong(2, unit.id());
            List<Candidate> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Candidate(rs.getLong(1), rs.getString(2), rs.getInt(3) - unit.depth() - 1));
                }
            }
            return list;
        });
    }

    boolean isMember(long groupId, long unitId) {
        return jdbc.prepareStatement("SELECT 1 FROM unit_group_member WHERE group_id = ? AND member_unit_id = ?", ps -> {
            ps.setLong(1, groupId);
            ps.setLong(2, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    boolean ownedBy(long groupId, long unitId) {
        return of(unitId).stream().anyMatch(g -> g.id() == groupId);
    }

    String name(long groupId) {
        return jdbc.prepareStatement("SELECT name FROM unit_group WHERE id = ?", ps -> {
            ps.setLong(1, groupId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "#" + groupId;
            }
        });
    }

    /** Saves the group; every member must be an open unit below the owner. */
    @Transactional
    public long create(Actor actor, UnitRef unit, String name, Collection<Long> members) {
        access.require(actor, unit, Permission.MANAGE_OBLIGATIONS);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw UserInputException.of("name", "group.nameRequired");
        }
        if (of(unit.id()).stream().anyMatch(g -> g.name().equalsIgnoreCase(clean))) {
            throw UserInputException.of("name", "group.nameTaken");
        }
        List<Long> below = candidates(unit).stream().map(Candidate::id).toList();
        List<Long> chosen = members.stream().distinct().filter(below::contains).toList();
        if (chosen.isEmpty()) {
            throw UserInputException.of("members", "group.membersRequired");
        }
        long id = jdbc.execute(connection -> {
            try (var ps = connection.prepareStatement("INSERT INTO unit_group (unit_id, name, created_at, created_by) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, unit.id());
                ps.setString(2, clean);
                ps.setTimestamp(3, Timestamp.from(clock.instant()));
                ps.setLong(4, actor.userId());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        jdbc.prepareStatement("INSERT INTO unit_group_member (unit_id, group_id, member_unit_id) VALUES (?, ?, ?)", ps -> {
            for (long member : chosen) {
                ps.setLong(1, unit.id());
                ps.setLong(2, id);
                ps.setLong(3, member);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
        audit.record(actor, unit.id(), "unitGroup.created", "unit_group", id, "Tạo nhóm đơn vị " + clean + " (" + chosen.size() + " đơn vị)", null, null);
        return id;
    }
}
