package vn.lantoa.reporting.deadline;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.ReportNumber;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.tenancy.UnitRef;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live table of an exam (seed 000): every exam site against every session, each cell the site's quick report for
 * that session with its numbers, and a total per session. Sites come from the obligation's audience below the viewing
 * unit, each session in its own tree (see {@link PeriodTree}); numbers from the reports' stored values of those sites,
 * in one query.
 */
@Singleton
@Connectable
public class ExamBoard {

    /** One site's report for one session. */
    public record Cell(ReportStatus status, Long reportId, List<BigDecimal> values) {
    }

    public record Site(long unitId, String name, List<Cell> cells) {
    }

    public record Board(List<Period> sessions, List<FormField> fields, List<Site> sites, List<List<BigDecimal>> totals, List<Long> sent) {
    }

    /** The numbers of a session's report the board shows: every number of the form's single sections. */
    static List<FormField> numbers(FormDefinition form) {
        return form.sections().stream().filter(s -> !s.repeating()).flatMap(s -> s.fields().stream()).filter(f -> f.type() == FieldType.NUMBER).toList();
    }

    private final DeadlineBoard deadlines;
    private final JdbcOperations jdbc;

    ExamBoard(DeadlineBoard deadlines, JdbcOperations jdbc) {
        this.deadlines = deadlines;
        this.jdbc = jdbc;
    }

    Board board(Obligation obligation, UnitRef issuer, UnitRef viewer, List<Period> sessions, List<FormField> fields) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<String, DeadlineRow> rows = new HashMap<>();
        // Seen from the issuer or above, every site is in view; from a unit between, only the sites under it.
        java.util.Set<Long> inView = viewer.isSameOrAncestorOf(issuer) ? null : idsUnder(viewer);
        for (Period p : sessions) {
            for (DeadlineRow r : deadlines.allExpected(obligation, issuer, p)) {
                if (inView == null || inView.contains(r.unitId())) {
                    names.putIfAbsent(r.unitId(), r.unitName());
                    rows.put(r.unitId() + "/" + p.code(), r);
                }
            }
        }
        Map<String, Map<String, BigDecimal>> values = values(obligation, names.keySet(), sessions);
        List<Site> sites = new ArrayList<>();
        List<List<BigDecimal>> totals = new ArrayList<>();
        List<Long> sent = new ArrayList<>(Collections.nCopies(sessions.size(), 0L));
        for (int i = 0; i < sessions.size(); i++) {
            totals.add(new ArrayList<>(Collections.nCopies(fields.size(), BigDecimal.ZERO)));
        }
        names.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(site -> {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                DeadlineRow r = rows.get(site.getKey() + "/" + sessions.get(i).code());
                Map<String, BigDecimal> v = values.getOrDefault(site.getKey() + "/" + sessions.get(i).code(), Map.of());
                List<BigDecimal> numbers = new ArrayList<>();
                for (int f = 0; f < fields.size(); f++) {
                    BigDecimal n = v.get(fields.get(f).key());
                    numbers.add(n);
                    if (n != null) {
                        totals.get(i).set(f, totals.get(i).get(f).add(n));
                    }
                }
                if (r != null && r.firstSubmittedAt() != null) {
                    sent.set(i, sent.get(i) + 1);
                }
                cells.add(new Cell(r == null ? ReportStatus.NOT_STARTED : r.status(), r == null ? null : r.reportId(), numbers));
            }
            sites.add(new Site(site.getKey(), site.getValue(), cells));
        });
        return new Board(sessions, fields, sites, totals, sent);
    }

    private java.util.Set<Long> idsUnder(UnitRef viewer) {
        return jdbc.prepareStatement("SELECT id FROM unit WHERE path LIKE ?", ps -> {
            ps.setString(1, viewer.path() + "%");
            java.util.Set<Long> ids = new java.util.HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** The numbers the sites in view sent for the sessions (a site that moved since keeps its place on the sessions it sat). */
    private Map<String, Map<String, BigDecimal>> values(Obligation obligation, java.util.Set<Long> sites, List<Period> sessions) {
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        if (sessions.isEmpty() || sites.isEmpty()) {
            return values;
        }
        String in = String.join(",", Collections.nCopies(sessions.size(), "?"));
        jdbc.prepareStatement("SELECT v.unit_id, v.period_code, v.field_key, v.value FROM report_value v "
                + "WHERE v.obligation_id = ? AND v.period_code IN (" + in + ")", ps -> {
            int i = 1;
            ps.setLong(i++, obligation.id());
            for (Period p : sessions) {
                ps.setString(i++, p.code());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (sites.contains(rs.getLong(1))) {
                        values.computeIfAbsent(rs.getLong(1) + "/" + rs.getString(2), k -> new HashMap<>()).put(rs.getString(3), ReportNumber.normal(rs.getBigDecimal(4)));
                    }
                }
            }
            return null;
        });
        return values;
    }
}
