package vn.lantoa.desk.register;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.tenancy.TreeHistory;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The register of a unit and every unit below it, in one query over the subtree's path (a cross-unit read by design:
 * the unit above reads the registers below it), in today's tree or in a past month's ({@link RegisterTree}). Filters by month of first sight, status, severity and unit (the unit
 * keeping the entry or a unit it concerns), and search without tone marks.
 */
@Singleton
@Connectable
public class RegisterSearch {

    /** One line of the register, with the name of the unit that keeps it. */
    public record Line(long id, long unitId, String unitName, String title, IssueSource source, @Nullable String link, LocalDate firstSeenOn,
                Severity severity, IssueStatus status, @Nullable String handling, @Nullable String result, @Nullable Instant resolvedAt,
                Instant createdAt, Instant updatedAt, long version) {
    }

    record Filter(@Nullable YearMonth month, @Nullable IssueStatus status, @Nullable Severity severity, @Nullable Long unitId, String query,
                  @Nullable Instant updatedSince) {

        static Filter none() {
            return new Filter(null, null, null, null, "", null);
        }

        boolean any() {
            return month != null || status != null || severity != null || unitId != null || !query.isEmpty();
        }
    }

    record Found(List<Line> lines, long total) {
    }

    /** The orders a list may take, as the API names them; newest first (by first sight) when none is asked. */
    static final Map<String, String> ORDERS = Map.of(
            "firstSeenOn", "i.first_seen_on, i.id",
            "-firstSeenOn", "i.first_seen_on DESC, i.id DESC",
            "updatedAt", "i.updated_at, i.id",
            "-updatedAt", "i.updated_at DESC, i.id DESC",
            "severity", "FIELD(i.severity, 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'), i.id",
            "-severity", "FIELD(i.severity, 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL') DESC, i.id DESC",
            "title", "i.title, i.id",
            "-title", "i.title DESC, i.id DESC");

    private static final String COLUMNS = "i.id, i.unit_id, u.name, i.title, i.source, i.link, i.first_seen_on, i.severity, i.status, i.handling, "
            + "i.result, i.resolved_at, i.created_at, i.updated_at, i.version";

    private final JdbcOperations jdbc;

    RegisterSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the register of the scope's unit and the units below it (in today's tree or the tree of a past month). */
    Found find(RegisterTree.Scope scope, Filter filter, String order, int limit, int offset) {
        List<Object> args = new ArrayList<>();
        String where = where(scope, filter, args);
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM public_opinion_issue i JOIN unit u ON u.id = i.unit_id WHERE " + where, ps -> {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        String sql = "SELECT " + COLUMNS + " FROM public_opinion_issue i JOIN unit u ON u.id = i.unit_id WHERE " + where + " ORDER BY "
                + ORDERS.getOrDefault(order, ORDERS.get("-firstSeenOn")) + " LIMIT ? OFFSET ?";
        List<Line> lines = jdbc.prepareStatement(sql, ps -> {
            int next = bind(ps, args);
            ps.setInt(next, limit);
            ps.setInt(next + 1, offset);
            List<Line> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(line(rs));
                }
            }
            return rows;
        });
        return new Found(lines, total);
    }

    /** One entry kept by the unit at {@code path} or a unit below it. */
    java.util.Optional<Line> one(String path, long issueId) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM public_opinion_issue i JOIN unit u ON u.id = i.unit_id "
                + "WHERE i.id = ? AND u.path LIKE CONCAT(?, '%')", ps -> {
            ps.setLong(1, issueId);
            ps.setString(2, path);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(line(rs)) : java.util.Optional.<Line>empty();
            }
        });
    }

    /** The LIKE pattern of a search: words in order, tone marks and case ignored. */
    static String pattern(String query) {
        String folded = VietnameseText.fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded.replaceAll("\\s+", "%") + "%";
    }

    private static String where(RegisterTree.Scope scope, Filter f, List<Object> args) {
        StringBuilder w = new StringBuilder();
        args.add(scope.path());
        if (scope.at() == null) {
            w.append("u.path LIKE CONCAT(?, '%')");
        } else {
            w.append("i.unit_id IN (SELECT p.unit_id FROM unit_placement p WHERE p.path LIKE CONCAT(?, '%') AND ").append(TreeHistory.validAt("p"))
                    .append(")");
            // unit_placement's instants are UTC date-times; see TreeHistory.bind.
            args.add(LocalDateTime.ofInstant(scope.at(), ZoneOffset.UTC));
            args.add(LocalDateTime.ofInstant(scope.at(), ZoneOffset.UTC));
        }
        if (f.month() != null) {
            w.append(" AND i.first_seen_on >= ? AND i.first_seen_on < ?");
            args.add(Date.valueOf(f.month().atDay(1)));
            args.add(Date.valueOf(f.month().plusMonths(1).atDay(1)));
        }
        if (f.status() != null) {
            w.append(" AND i.status = ?");
            args.add(f.status().name());
        }
        if (f.severity() != null) {
            w.append(" AND i.severity = ?");
            args.add(f.severity().name());
        }
        if (f.unitId() != null) {
            w.append(" AND (i.unit_id = ? OR EXISTS (SELECT 1 FROM public_opinion_issue_unit c WHERE c.issue_id = i.id AND c.concerned_unit_id = ?))");
            args.add(f.unitId());
            args.add(f.unitId());
        }
        if (!f.query().isEmpty()) {
            w.append(" AND i.search_text LIKE ?");
            args.add(pattern(f.query()));
        }
        if (f.updatedSince() != null) {
            w.append(" AND i.updated_at >= ?");
            args.add(Timestamp.from(f.updatedSince()));
        }
        return w.toString();
    }

    private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
        int i = 1;
        for (Object a : args) {
            ps.setObject(i++, a);
        }
        return i;
    }

    private static Line line(ResultSet rs) throws SQLException {
        Timestamp resolved = rs.getTimestamp(12);
        return new Line(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), IssueSource.valueOf(rs.getString(5)), rs.getString(6),
                rs.getDate(7).toLocalDate(), Severity.valueOf(rs.getString(8)), IssueStatus.valueOf(rs.getString(9)), rs.getString(10),
                rs.getString(11), resolved == null ? null : resolved.toInstant(), rs.getTimestamp(13).toInstant(), rs.getTimestamp(14).toInstant(),
                rs.getLong(15));
    }
}
