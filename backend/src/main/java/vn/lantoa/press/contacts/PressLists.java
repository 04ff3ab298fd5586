package vn.lantoa.press.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.UnitRef;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The lists a unit may mail to: its own, and those a unit above it shares down (read-only here). A recipient is a
 * member of the list whose contact is active and has an email; this is the one place that rule is written, for the
 * pages here and for the press releases mailed from Lantoa.
 */
@Singleton
@Connectable
public class PressLists {

    /** A list as a unit below sees it: own is false for a list shared from above, which it may use but not edit. */
    public record Mailable(long id, long ownerUnitId, String ownerName, String name, @Nullable String description, boolean sharedDown,
                           boolean own, long recipients) {
    }

    public record Recipient(long contactId, String fullName, String email, @Nullable String outletName) {
    }

    /** Every member of a list, for its page: whether each will receive mail is shown, not decided, here. */
    public record Member(long contactId, String fullName, @Nullable String outletName, @Nullable String beat, @Nullable String position,
                         @Nullable String phone, @Nullable String email, boolean active) {

        public boolean receives() {
            return active && email != null;
        }
    }

    private static final String COLUMNS = "l.id, l.unit_id, u.name AS owner_name, l.name, l.description, l.shared_down, "
            + "(SELECT COUNT(*) FROM press_list_member m JOIN press_contact c ON c.id = m.contact_id WHERE m.list_id = l.id "
            + "AND c.active = TRUE AND c.email IS NOT NULL AND c.email <> '') AS recipients";
    // The unit's own lists, then those that a unit strictly above it (its path a prefix of this one's) shares down.
    private static final String VISIBLE = "(l.unit_id = ? OR (l.shared_down = TRUE AND u.id <> ? AND ? LIKE CONCAT(u.path, '%')))";

    private final JdbcOperations jdbc;

    PressLists(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Own lists first, then shared ones by owner from the nearest up; each by name. */
    public List<Mailable> mailable(UnitRef unit) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM press_list l JOIN unit u ON u.id = l.unit_id WHERE " + VISIBLE
                + " ORDER BY l.unit_id = ? DESC, u.depth DESC, l.name", ps -> {
            bind(ps, unit, 1);
            ps.setLong(4, unit.id());
            return read(ps.executeQuery(), unit);
        });
    }

    /** The list, when the unit may use it (own or shared from above); empty otherwise, whoever owns it. */
    public Optional<Mailable> usable(UnitRef unit, long listId) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM press_list l JOIN unit u ON u.id = l.unit_id WHERE l.id = ? AND " + VISIBLE, ps -> {
            ps.setLong(1, listId);
            bind(ps, unit, 2);
            return read(ps.executeQuery(), unit).stream().findFirst();
        });
    }

    /** Who a mail to the list reaches, by name; a list the unit may not use is not found (404), as if it did not exist. */
    public List<Recipient> recipients(UnitRef unit, long listId) {
        Mailable list = usable(unit, listId).orElseThrow(() -> new NotFoundException("press list " + listId));
        return jdbc.prepareStatement("SELECT c.id, c.full_name, c.email, o.name FROM press_list_member m JOIN press_contact c ON c.id = m.contact_id "
                + "LEFT JOIN press_outlet o ON o.id = c.outlet_id WHERE m.unit_id = ? AND m.list_id = ? AND c.active = TRUE AND c.email IS NOT NULL "
                + "AND c.email <> '' ORDER BY c.full_name, c.id", ps -> {
            ps.setLong(1, list.ownerUnitId());
            ps.setLong(2, listId);
            ResultSet rs = ps.executeQuery();
            List<Recipient> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
            return out;
        });
    }

    /** Every member of a list the unit may use, active or not. */
    public List<Member> members(UnitRef unit, long listId) {
        Mailable list = usable(unit, listId).orElseThrow(() -> new NotFoundException("press list " + listId));
        return jdbc.prepareStatement("SELECT c.id, c.full_name, o.name, c.beat, c.position, c.phone, c.email, c.active FROM press_list_member m "
                + "JOIN press_contact c ON c.id = m.contact_id LEFT JOIN press_outlet o ON o.id = c.outlet_id WHERE m.unit_id = ? AND m.list_id = ? "
                + "ORDER BY c.full_name, c.id", ps -> {
            ps.setLong(1, list.ownerUnitId());
            ps.setLong(2, listId);
            ResultSet rs = ps.executeQuery();
            List<Member> out = new java.util.ArrayList<>();
            while (rs.next()) {
                String email = rs.getString(7);
                out.add(new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        email == null || email.isEmpty() ? null : email, rs.getBoolean(8)));
            }
            return out;
        });
    }

    private static void bind(java.sql.PreparedStatement ps, UnitRef unit, int from) throws SQLException {
        ps.setLong(from, unit.id());
        ps.setLong(from + 1, unit.id());
        ps.setString(from + 2, unit.path());
    }

    private static List<Mailable> read(ResultSet rs, UnitRef unit) throws SQLException {
        List<Mailable> out = new java.util.ArrayList<>();
        while (rs.next()) {
            long owner = rs.getLong(2);
            out.add(new Mailable(rs.getLong(1), owner, rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6), owner == unit.id(),
                    rs.getLong(7)));
        }
        return out;
    }
}
