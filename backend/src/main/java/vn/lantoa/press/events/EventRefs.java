package vn.lantoa.press.events;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an event is linked to, all of the event's unit: its members who took part, its press contacts, files of its library
 * (materials), its clippings (coverage), and coverage links typed by hand. Every query names the unit; the clippings and
 * contacts are read with plain SQL from the other press slices' tables.
 */
@Singleton
@Connectable
public class EventRefs {

    static final String MEMBER = "MEMBER";
    static final String CONTACT = "CONTACT";
    static final String FILE = "FILE";
    static final String CLIPPING = "CLIPPING";
    static final int OPTIONS = 500;

    /** One thing that can be chosen or was: its id, what is shown, and a second line (outlet, size, date). */
    public record Named(long id, String name, String detail) {
    }

    /** Everything an event is linked to, by kind. */
    public record Linked(List<Named> members, List<Named> contacts, List<Named> files, List<Named> clippings, List<String> links) {
    }

    private static final Map<String, String> NAMES = Map.of(
            MEMBER, "SELECT DISTINCT u.id, u.full_name, COALESCE(u.job_title, '') FROM membership m JOIN app_user u ON u.id = m.user_id "
                    + "WHERE m.unit_id = ? %s ORDER BY u.full_name, u.id LIMIT " + OPTIONS,
            CONTACT, "SELECT c.id, c.full_name, COALESCE(o.name, '') FROM press_contact c LEFT JOIN press_outlet o ON o.id = c.outlet_id "
                    + "WHERE c.unit_id = ? %s ORDER BY c.full_name, c.id LIMIT " + OPTIONS,
            FILE, "SELECT f.id, f.original_name, DATE_FORMAT(f.created_at, '%%d/%%m/%%Y') FROM stored_file f WHERE f.unit_id = ? %s "
                    + "ORDER BY f.created_at DESC, f.id DESC LIMIT " + OPTIONS,
            CLIPPING, "SELECT k.id, k.title, CONCAT(k.outlet_name, ' · ', DATE_FORMAT(k.published_on, '%%d/%%m/%%Y')) FROM press_clipping k "
                    + "WHERE k.unit_id = ? %s ORDER BY k.published_on DESC, k.id DESC LIMIT " + OPTIONS);
    private static final Map<String, String> ID = Map.of(MEMBER, "u.id", CONTACT, "c.id", FILE, "f.id", CLIPPING, "k.id");

    private final JdbcOperations jdbc;

    EventRefs(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** What the unit offers to choose from, for one kind: its members, contacts, latest files or latest clippings. */
    List<Named> options(long unitId, String kind) {
        return jdbc.prepareStatement(String.format(NAMES.get(kind), ""), ps -> {
            ps.setLong(1, unitId);
            return named(ps);
        });
    }

    /** Those of the ids that are the unit's, for one kind. */
    List<Named> within(long unitId, String kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", ids.stream().map(i -> "?").toList());
        return jdbc.prepareStatement(String.format(NAMES.get(kind), "AND " + ID.get(kind) + " IN (" + marks + ")"), ps -> {
            ps.setLong(1, unitId);
            int i = 2;
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            return named(ps);
        });
    }

    Linked of(long unitId, long eventId) {
        Map<String, List<Long>> byKind = jdbc.prepareStatement("SELECT kind, ref_id FROM press_event_ref WHERE unit_id = ? AND event_id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, eventId);
            Map<String, List<Long>> m = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            return m;
        });
        List<String> links = jdbc.prepareStatement("SELECT url FROM press_event_link WHERE unit_id = ? AND event_id = ? ORDER BY id", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, eventId);
            List<String> urls = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    urls.add(rs.getString(1));
                }
            }
            return urls;
        });
        return new Linked(within(unitId, MEMBER, byKind.getOrDefault(MEMBER, List.of())), within(unitId, CONTACT, byKind.getOrDefault(CONTACT, List.of())),
                within(unitId, FILE, byKind.getOrDefault(FILE, List.of())), within(unitId, CLIPPING, byKind.getOrDefault(CLIPPING, List.of())), links);
    }

    /** Replaces everything the event is linked to; the caller has checked every id is the unit's. */
    void replace(long unitId, long eventId, Map<String, Collection<Long>> refs, List<String> links) {
        jdbc.prepareStatement("DELETE FROM press_event_ref WHERE unit_id = ? AND event_id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, eventId);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM press_event_link WHERE unit_id = ? AND event_id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, eventId);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO press_event_ref (unit_id, event_id, kind, ref_id) VALUES (?, ?, ?, ?)", ps -> {
            for (var e : refs.entrySet()) {
                for (Long id : e.getValue()) {
                    ps.setLong(1, unitId);
                    ps.setLong(2, eventId);
                    ps.setString(3, e.getKey());
                    ps.setLong(4, id);
                    ps.addBatch();
                }
            }
            return ps.executeBatch();
        });
        jdbc.prepareStatement("INSERT INTO press_event_link (unit_id, event_id, url) VALUES (?, ?, ?)", ps -> {
            for (String url : links) {
                ps.setLong(1, unitId);
                ps.setLong(2, eventId);
                ps.setString(3, url);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    private static List<Named> named(PreparedStatement ps) throws SQLException {
        List<Named> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Named(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return list;
    }
}
