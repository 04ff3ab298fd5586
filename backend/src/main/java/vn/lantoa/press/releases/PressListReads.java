package vn.lantoa.press.releases;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.tenancy.UnitRef;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The press lists a unit may mail to, and their recipients, read straight from the contacts tables (V70): the unit's
 * own lists and the lists of units above it marked shared_down. The contacts slice owns those tables and their pages;
 * this read stays here, package-private, until its public PressLists replaces it.
 */
@Singleton
@Connectable
class PressListReads {

    /** A list offered in the mailing form; own is false for a list shared down from a unit above. */
    record ListChoice(long id, long ownerUnitId, String ownerName, String name, boolean own, long recipients) {
    }

    /** A contact who will get the mail: active, with an email. */
    record Recipient(long contactId, String fullName, String email) {
    }

    private final JdbcOperations jdbc;

    PressListReads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<ListChoice> available(UnitRef unit) {
        List<Long> above = unit.pathIds().stream().filter(id -> !id.equals(unit.id())).toList();
        String sharedFromAbove = above.isEmpty() ? "" : " OR (l.shared_down = TRUE AND l.unit_id IN (" + placeholders(above.size()) + "))";
        String sql = "SELECT l.id, l.unit_id, u.name, l.name, (SELECT COUNT(*) FROM press_list_member m JOIN press_contact c ON c.id = m.contact_id "
                + "WHERE m.list_id = l.id AND c.active = TRUE AND c.email IS NOT NULL AND c.email <> '') AS recipients "
                + "FROM press_list l JOIN unit u ON u.id = l.unit_id WHERE l.unit_id = ?" + sharedFromAbove + " ORDER BY l.unit_id = ? DESC, u.depth DESC, l.name";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            ps.setLong(i++, unit.id());
            for (Long id : above) {
                ps.setLong(i++, id);
            }
            ps.setLong(i, unit.id());
            List<ListChoice> lists = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long owner = rs.getLong(2);
                    lists.add(new ListChoice(rs.getLong(1), owner, rs.getString(3), rs.getString(4), owner == unit.id(), rs.getLong(5)));
                }
            }
            return lists;
        });
    }

    /**
     * The recipients of those of the chosen lists the unit may use (any other id is ignored), each address once: a
     * journalist on two lists, or two contacts sharing an outlet's newsroom address, gets one mail.
     */
    List<Recipient> recipients(UnitRef unit, Collection<Long> listIds) {
        Set<Long> allowed = available(unit).stream().map(ListChoice::id).collect(Collectors.toSet());
        List<Long> chosen = listIds.stream().filter(allowed::contains).distinct().toList();
        if (chosen.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT c.id, c.full_name, c.email FROM press_list_member m JOIN press_contact c ON c.id = m.contact_id "
                + "WHERE m.list_id IN (" + placeholders(chosen.size()) + ") AND c.active = TRUE AND c.email IS NOT NULL AND c.email <> '' ORDER BY c.id";
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < chosen.size(); i++) {
                ps.setLong(i + 1, chosen.get(i));
            }
            Map<String, Recipient> byEmail = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String email = rs.getString(3).strip();
                    byEmail.putIfAbsent(email.toLowerCase(java.util.Locale.ROOT), new Recipient(rs.getLong(1), rs.getString(2), email));
                }
            }
            return new ArrayList<>(byEmail.values());
        });
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
