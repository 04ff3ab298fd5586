package vn.lantoa.desk.register;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The units an issue concerns and the desk cases linked to it; every query names the unit that keeps the issue. */
@Singleton
@Connectable
class RegisterLinks {

    record Named(long id, String name) {
    }

    private final JdbcOperations jdbc;
    private final vn.lantoa.tenancy.SubtreeUnits subtree;

    RegisterLinks(JdbcOperations jdbc, vn.lantoa.tenancy.SubtreeUnits subtree) {
        this.jdbc = jdbc;
        this.subtree = subtree;
    }

    /** The unit itself and the open units below it, by id, in the tree's order (level, then name). */
    Map<Long, String> unitsAtOrBelow(String path, int limit) {
        return subtree.openAtOrBelow(path, limit);
    }

    /** Those of the given ids that are the unit or below it (closed ones too: an old issue may name a unit since merged). */
    List<Named> unitsWithin(String path, Collection<Long> ids) {
        return subtree.within(path, ids).entrySet().stream().map(e -> new Named(e.getKey(), e.getValue())).toList();
    }

    /** The unit's cases with these codes, spam left out: code to id. */
    Map<String, Long> casesByCode(long unitId, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(",", codes.stream().map(c -> "?").toList());
        return jdbc.prepareStatement("SELECT code, id FROM desk_case WHERE unit_id = ? AND spam = FALSE AND code IN (" + marks + ")", ps -> {
            ps.setLong(1, unitId);
            int i = 2;
            for (String c : codes) {
                ps.setString(i++, c);
            }
            Map<String, Long> found = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getLong(2));
                }
            }
            return found;
        });
    }

    List<Named> concernedUnits(long unitId, long issueId) {
        return jdbc.prepareStatement("SELECT u.id, u.name FROM public_opinion_issue_unit c JOIN unit u ON u.id = c.concerned_unit_id "
                + "WHERE c.unit_id = ? AND c.issue_id = ? ORDER BY u.depth, u.name, u.id", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, issueId);
            return named(ps);
        });
    }

    /** The linked cases as id and code. */
    List<Named> cases(long unitId, long issueId) {
        return jdbc.prepareStatement("SELECT d.id, d.code FROM public_opinion_issue_case c JOIN desk_case d ON d.id = c.case_id "
                + "WHERE c.unit_id = ? AND c.issue_id = ? ORDER BY d.received_at, d.id", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, issueId);
            return named(ps);
        });
    }

    /** The issues a case is linked to, as id and title. */
    List<Named> issuesOfCase(long unitId, long caseId) {
        return jdbc.prepareStatement("SELECT i.id, i.title FROM public_opinion_issue_case c JOIN public_opinion_issue i ON i.id = c.issue_id "
                + "WHERE c.unit_id = ? AND c.case_id = ? AND i.unit_id = ? ORDER BY i.first_seen_on, i.id", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, caseId);
            ps.setLong(3, unitId);
            return named(ps);
        });
    }

    /** The concerned units of several issues at once (a page of the API's list): issue id to unit ids. */
    Map<Long, List<Long>> concernedUnitsOf(Collection<Long> issueIds) {
        return grouped("SELECT issue_id, concerned_unit_id FROM public_opinion_issue_unit WHERE issue_id IN (%s) ORDER BY issue_id, concerned_unit_id",
                issueIds, rs -> rs.getLong(2));
    }

    /** The linked case codes of several issues at once: issue id to codes. */
    Map<Long, List<String>> caseCodesOf(Collection<Long> issueIds) {
        return grouped("SELECT c.issue_id, d.code FROM public_opinion_issue_case c JOIN desk_case d ON d.id = c.case_id "
                + "WHERE c.issue_id IN (%s) ORDER BY c.issue_id, d.received_at, d.id", issueIds, rs -> rs.getString(2));
    }

    interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> Map<Long, List<T>> grouped(String sql, Collection<Long> issueIds, Column<T> column) {
        Map<Long, List<T>> byIssue = new LinkedHashMap<>();
        if (issueIds.isEmpty()) {
            return byIssue;
        }
        String marks = String.join(",", issueIds.stream().map(i -> "?").toList());
        return jdbc.prepareStatement(String.format(sql, marks), ps -> {
            int i = 1;
            for (Long id : issueIds) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byIssue.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(column.read(rs));
                }
            }
            return byIssue;
        });
    }

    /** Replaces the issue's concerned units and linked cases. */
    void replace(long unitId, long issueId, Collection<Long> unitIds, Collection<Long> caseIds) {
        jdbc.prepareStatement("DELETE FROM public_opinion_issue_unit WHERE unit_id = ? AND issue_id = ?", ps -> delete(ps, unitId, issueId));
        jdbc.prepareStatement("DELETE FROM public_opinion_issue_case WHERE unit_id = ? AND issue_id = ?", ps -> delete(ps, unitId, issueId));
        insert("INSERT INTO public_opinion_issue_unit (unit_id, issue_id, concerned_unit_id) VALUES (?, ?, ?)", unitId, issueId, unitIds);
        insert("INSERT INTO public_opinion_issue_case (unit_id, issue_id, case_id) VALUES (?, ?, ?)", unitId, issueId, caseIds);
    }

    private void insert(String sql, long unitId, long issueId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, ps -> {
            for (Long id : ids) {
                ps.setLong(1, unitId);
                ps.setLong(2, issueId);
                ps.setLong(3, id);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    private static int delete(PreparedStatement ps, long unitId, long issueId) throws SQLException {
        ps.setLong(1, unitId);
        ps.setLong(2, issueId);
        return ps.executeUpdate();
    }

    private static List<Named> named(PreparedStatement ps) throws SQLException {
        List<Named> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Named(rs.getLong(1), rs.getString(2)));
            }
        }
        return rows;
    }
}
