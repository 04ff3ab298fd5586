package vn.lantoa.press.incidents;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import vn.lantoa.platform.web.Option;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an incident comes from and is linked to, read from the other desks' tables with plain SQL: a rapid incident report
 * the unit received (reporting), a clipping (press monitoring), a hotline case (listening desk), a journalist's question,
 * and the unit's press releases (newsroom). Each belongs to the unit, or for a rapid report was sent to it.
 */
@Singleton
@Connectable
class IncidentSources {

    /** What opening from a source fills in: a title, a summary and when it was first known. */
    record Source(LinkKind kind, long refId, String title, String summary, Instant at) {
    }

    static final int CHOICES = 50;

    private static final Map<LinkKind, String> EXISTS = Map.of(
            LinkKind.ARTICLE, "SELECT COUNT(*) FROM article WHERE unit_id = ? AND id = ? AND kind = 'PRESS_RELEASE'",
            LinkKind.CLIPPING, "SELECT COUNT(*) FROM press_clipping WHERE unit_id = ? AND id = ?",
            LinkKind.CASE, "SELECT COUNT(*) FROM desk_case WHERE unit_id = ? AND id = ?",
            LinkKind.QUESTION, "SELECT COUNT(*) FROM press_question WHERE unit_id = ? AND id = ?",
            LinkKind.RAPID_REPORT, "SELECT COUNT(*) FROM report r JOIN obligation o ON o.id = r.obligation_id WHERE r.recipient_unit_id = ? AND r.id = ? "
                    + "AND o.period_type = 'EVENT' AND r.first_submitted_at IS NOT NULL");

    private final Sql sql;

    IncidentSources(Sql sql) {
        this.sql = sql;
    }

    Optional<Source> source(UnitRef unit, LinkKind kind, long refId) {
        return switch (kind) {
            case RAPID_REPORT -> sql.one("SELECT r.id, r.first_submitted_at, o.title, u.name FROM report r JOIN obligation o ON o.id = r.obligation_id "
                    + "JOIN unit u ON u.id = r.unit_id WHERE r.recipient_unit_id = ? AND r.id = ? AND o.period_type = 'EVENT' "
                    + "AND r.first_submitted_at IS NOT NULL", rs -> new Source(kind, refId, rs.getString(3) + " – " + rs.getString(4),
                    "Báo cáo nhanh của " + rs.getString(4) + ": " + rs.getString(3), Sql.instant(rs, "first_submitted_at")), unit.id(), refId);
            case CLIPPING -> sql.one("SELECT title, outlet_name, url, note, created_at FROM press_clipping WHERE unit_id = ? AND id = ?",
                    rs -> new Source(kind, refId, rs.getString("title"), join(rs.getString("outlet_name"), rs.getString("url"), rs.getString("note")),
                            Sql.instant(rs, "created_at")), unit.id(), refId);
            case CASE -> sql.one("SELECT code, message, received_at FROM desk_case WHERE unit_id = ? AND id = ? AND spam = FALSE",
                    rs -> new Source(kind, refId, "Phản ánh " + rs.getString("code") + ": " + cut(rs.getString("message"), 200),
                            rs.getString("message"), Sql.instant(rs, "received_at")), unit.id(), refId);
            default -> Optional.empty();
        };
    }

    boolean linkable(UnitRef unit, LinkKind kind, long refId) {
        return sql.count(EXISTS.get(kind), unit.id(), refId) > 0;
    }

    /** What the incident is linked to, with a label and the page that shows it (relative to the unit's workspace). */
    List<IncidentLink> links(long unitId, long incidentId) {
        return sql.list("SELECT l.kind, l.ref_id, l.linked_at, CASE l.kind "
                        + "WHEN 'ARTICLE' THEN (SELECT a.title FROM article a WHERE a.unit_id = l.unit_id AND a.id = l.ref_id) "
                        + "WHEN 'CLIPPING' THEN (SELECT c.title FROM press_clipping c WHERE c.unit_id = l.unit_id AND c.id = l.ref_id) "
                        + "WHEN 'CASE' THEN (SELECT d.code FROM desk_case d WHERE d.unit_id = l.unit_id AND d.id = l.ref_id) "
                        + "WHEN 'QUESTION' THEN (SELECT CONCAT(q.code, ' – ', q.outlet_name) FROM press_question q WHERE q.unit_id = l.unit_id AND q.id = l.ref_id) "
                        + "WHEN 'RAPID_REPORT' THEN (SELECT CONCAT(o.title, ' – ', u.name) FROM report r JOIN obligation o ON o.id = r.obligation_id "
                        + "JOIN unit u ON u.id = r.unit_id WHERE r.id = l.ref_id) END AS label "
                        + "FROM press_incident_link l WHERE l.unit_id = ? AND l.incident_id = ? ORDER BY l.linked_at, l.kind, l.ref_id",
                rs -> {
                    LinkKind kind = LinkKind.valueOf(rs.getString("kind"));
                    long ref = rs.getLong("ref_id");
                    String label = rs.getString("label");
                    return new IncidentLink(kind.name(), ref, label == null ? "#" + ref : label, href(unitId, kind, ref), Sql.instant(rs, "linked_at"));
                }, unitId, incidentId);
    }

    /** The unit's most recent items of each kind, to pick one to link. */
    Map<LinkKind, List<Option>> choices(long unitId) {
        Map<LinkKind, List<Option>> m = new EnumMap<>(LinkKind.class);
        m.put(LinkKind.ARTICLE, options("SELECT id, title FROM article WHERE unit_id = ? AND kind = 'PRESS_RELEASE' ORDER BY id DESC LIMIT ?", unitId));
        m.put(LinkKind.CLIPPING, options("SELECT id, CONCAT(DATE_FORMAT(published_on, '%d/%m/%Y'), ' – ', outlet_name, ': ', title) FROM press_clipping "
                + "WHERE unit_id = ? ORDER BY published_on DESC, id DESC LIMIT ?", unitId));
        m.put(LinkKind.CASE, options("SELECT id, CONCAT(code, ': ', LEFT(message, 80)) FROM desk_case WHERE unit_id = ? AND spam = FALSE "
                + "ORDER BY received_at DESC LIMIT ?", unitId));
        m.put(LinkKind.QUESTION, options("SELECT id, CONCAT(code, ' – ', outlet_name, ': ', LEFT(question, 80)) FROM press_question WHERE unit_id = ? "
                + "ORDER BY received_on DESC, id DESC LIMIT ?", unitId));
        return m;
    }

    static String href(long unitId, LinkKind kind, long ref) {
        String base = "/admin/u/" + unitId;
        return switch (kind) {
            case ARTICLE -> base + "/articles/" + ref;
            case CLIPPING -> base + "/press/clippings/" + ref;
            case CASE -> base + "/desk/cases/" + ref;
            case QUESTION -> base + "/press/questions/" + ref;
            case RAPID_REPORT -> base + "/received-reports/" + ref;
        };
    }

    private List<Option> options(String query, long unitId) {
        return sql.list(query, rs -> new Option(String.valueOf(rs.getLong(1)), rs.getString(2)), unitId, CHOICES);
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(b.isEmpty() ? "" : "\n").append(p.strip());
            }
        }
        return b.toString();
    }

    static String cut(String text, int max) {
        String one = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return one.length() > max ? one.substring(0, max - 1) + "…" : one;
    }
}
