package vn.lantoa.press.questions;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.people.MemberRow;
import vn.lantoa.people.UserRepository;
import vn.lantoa.people.UserStatus;
import vn.lantoa.tenancy.Role;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a question can name: the unit's own press contacts (press_contact, kept by the contacts slice and read here with plain
 * SQL) and the unit's active members who work its press desk, among whom the assignee is chosen (so that whoever is given a
 * question can open it).
 */
@Singleton
@Connectable
class QuestionPeople {

    static final Set<Role> DESK = Set.of(Role.UNIT_ADMIN, Role.COMMITTEE_HEAD, Role.SPOKESPERSON);
    static final Set<Role> APPROVERS = DESK;

    private final JdbcOperations jdbc;
    private final UserRepository users;

    QuestionPeople(JdbcOperations jdbc, UserRepository users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** A contact of the unit, with the outlet it writes for (empty when none). */
    record Contact(long id, String name, String email, String outletName) {

        String label() {
            return outletName.isEmpty() ? name : name + " – " + outletName;
        }
    }

    List<Contact> contacts(long unitId) {
        return jdbc.prepareStatement("SELECT c.id, c.full_name, c.email, o.name FROM press_contact c LEFT JOIN press_outlet o ON o.id = c.outlet_id "
                + "WHERE c.unit_id = ? AND c.active = TRUE ORDER BY c.full_name LIMIT 2000", ps -> {
            ps.setLong(1, unitId);
            List<Contact> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Contact(rs.getLong(1), rs.getString(2), rs.getString(3) == null ? "" : rs.getString(3),
                            rs.getString(4) == null ? "" : rs.getString(4)));
                }
            }
            return found;
        });
    }

    Optional<Contact> contact(long unitId, long contactId) {
        return contacts(unitId).stream().filter(c -> c.id() == contactId).findFirst();
    }

    /** Active members of the unit with a press desk role. */
    List<MemberRow> desk(long unitId) {
        return users.findMembersOf(unitId).stream().filter(m -> m.status() == UserStatus.ACTIVE && m.roleList().stream().anyMatch(DESK::contains))
                .toList();
    }

    /** Active members of the unit with one of these roles and an email address. */
    List<MemberRow> withRole(long unitId, Role... roles) {
        List<Role> wanted = List.of(roles);
        return users.findMembersOf(unitId).stream().filter(m -> m.status() == UserStatus.ACTIVE && m.email() != null
                && m.roleList().stream().anyMatch(wanted::contains)).toList();
    }

    Optional<MemberRow> member(long unitId, long userId) {
        return users.findMembersOf(unitId).stream().filter(m -> m.id() == userId).findFirst();
    }
}
