package vn.lantoa.reporting.dashboard;

import vn.lantoa.platform.export.XlsxTable;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.ReportingPages;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.rollup.RollUpRules;
import vn.lantoa.reporting.rollup.RollUpTable;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.List;

/**
 * The roll-up table as a spreadsheet: a line per unit below with its reports and returned ones, the total, the
 * consolidating units' stated figures against their sources, and the rules in words.
 */
final class RollUpSheet {

    private RollUpSheet() {
    }

    /** now: the numbers are grouped by today's tree rather than the period's own; the title says which. */
    static XlsxTable of(Translator t, Obligation obligation, UnitRef unit, Period p, RollUpTable table, FormDefinition form, boolean now) {
        List<String> headers = new ArrayList<>(List.of(t.t("rollup.col.unit"), t.t("rollup.col.reports"), t.t("rollup.col.returned")));
        table.fields().forEach(f -> headers.add(f.label() + " (" + RollUpRules.fieldRule(t, form, f) + ")"));
        List<List<Object>> rows = new ArrayList<>();
        for (RollUpTable.Line line : table.lines()) {
            List<Object> row = new ArrayList<>();
            row.add(t.t(line.kind() == RollUpTable.Kind.OWN ? "rollup.own" : "rollup.below", line.unitName()));
            row.add(line.reports());
            row.add(line.returned());
            // A consolidating unit's own figure is text, so nobody sums it into the column by mistake.
            table.fields().forEach(f -> row.add(line.value(f) != null ? line.value(f)
                    : line.stated(f) != null ? t.t("rollup.statedCell", ReportingPages.number(line.stated(f))) : null));
            rows.add(row);
        }
        List<Object> total = new ArrayList<>();
        total.add(t.t("rollup.total"));
        total.add(table.reports());
        total.add(table.returned());
        table.fields().forEach(f -> total.add(table.total(f)));
        rows.add(total);
        XlsxTable xlsx = new XlsxTable(p.label(), obligation.title() + " - " + p.label() + " - " + unit.name() + " ("
                + t.t(now ? "rollup.treeNow" : "rollup.treeThen") + ")", headers, rows);
        if (!table.comparisons().isEmpty()) {
            xlsx = xlsx.with(new XlsxTable.Table(t.t("rollup.compareTitle"), List.of(t.t("rollup.col.unit"), t.t("reportForm.label"),
                    t.t("rollup.col.stated"), t.t("rollup.col.sources")), table.comparisons().stream().map(c -> List.<Object>of(c.unitName(),
                    c.field().label(), c.stated(), c.sources() == null ? "" : c.sources())).toList()));
        }
        return xlsx.with(RollUpRules.table(t, RollUpRules.of(t, form)));
    }
}
