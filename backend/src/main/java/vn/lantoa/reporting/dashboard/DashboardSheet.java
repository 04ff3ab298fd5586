package vn.lantoa.reporting.dashboard;

import jakarta.inject.Singleton;
import vn.lantoa.platform.export.XlsxTable;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.rollup.Aggregate;
import vn.lantoa.reporting.rollup.RollUpRules;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The dashboard as a spreadsheet: the children's lines, every rolled-up field period by period, and the rules in words. */
@Singleton
class DashboardSheet {

    private final DashboardReads reads;

    DashboardSheet(DashboardReads reads) {
        this.reads = reads;
    }

    XlsxTable of(Translator t, Obligation o, UnitRef unit, List<Period> periods, DashboardLines.Lines lines, FormDefinition form) {
        List<String> headers = new ArrayList<>(List.of(t.t("rollup.col.unit"), t.t("dashboard.expected")));
        for (Period p : periods) {
            headers.add(p.label() + " – " + t.t("dashboard.sent"));
            headers.add(p.label() + " – " + t.t("dashboard.onTime"));
            headers.add(p.label() + " – " + t.t("dashboard.returned"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DashboardPages.ChildLine line : lines.children()) {
            List<Object> row = new ArrayList<>(List.of(line.unitName(), line.expected()));
            for (SendCounts c : line.perPeriod()) {
                row.add(c.sent());
                row.add(c.onTime());
                row.add(c.returned());
            }
            rows.add(row);
        }
        return new XlsxTable(t.t("nav.dashboard"), o.title() + " – " + unit.name(), headers, rows)
                .with(fieldsByPeriod(t, o, unit, periods, form))
                .with(RollUpRules.table(t, RollUpRules.of(t, form)));
    }

    /** Every number of the form rolled up over the whole subtree, period by period: the page's trend, for all fields at once. */
    private XlsxTable.Table fieldsByPeriod(Translator t, Obligation o, UnitRef unit, List<Period> periods, FormDefinition form) {
        List<String> headers = new ArrayList<>(List.of(t.t("dashboard.col.field"), t.t("dashboard.col.rule")));
        periods.forEach(p -> headers.add(p.label()));
        List<List<Object>> rows = new ArrayList<>();
        for (FormField field : form.rolledUp()) {
            Map<String, Aggregate> byPeriod = reads.fieldByPeriod(o, unit, field, periods);
            List<Object> row = new ArrayList<>(List.of(field.label(), RollUpRules.fieldRule(t, form, field)));
            for (Period p : periods) {
                row.add(byPeriod.getOrDefault(p.code(), Aggregate.EMPTY).value(field.rollUpOrNone()));
            }
            rows.add(row);
        }
        return new XlsxTable.Table(t.t("dashboard.fieldsByPeriod"), headers, rows);
    }
}
