package vn.lantoa.recognition;

import jakarta.inject.Singleton;
import vn.lantoa.platform.export.XlsxTable;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.List;

/** The register as a workbook: every example of the year as filtered, then the count per unit below. */
@Singleton
class ExampleSheet {

    XlsxTable of(Translator t, UnitRef unit, Filter f, List<RegisterRow> rows, List<ChildCount> counts) {
        List<List<Object>> lines = new ArrayList<>();
        for (RegisterRow r : rows) {
            lines.add(List.of(r.honoree(), t.t(r.collective() ? "examples.kind.COLLECTIVE" : "examples.kind.PERSON"), r.honoreeUnit(), r.deed(),
                    VietnamTime.date(r.deedOn()), t.t(r.field().labelKey()), r.unitName(), r.fromUnitName() == null ? "" : r.fromUnitName()));
        }
        List<List<Object>> perUnit = new ArrayList<>();
        for (ChildCount c : counts) {
            perUnit.add(List.of(c.childName() == null ? unit.name() : c.childName(), c.examples()));
        }
        return new XlsxTable(t.t("examples.title"), t.t("examples.sheetTitle", unit.name(), f.year()), List.of(t.t("examples.col.honoree"),
                t.t("examples.col.kind"), t.t("examples.col.honoreeUnit"), t.t("examples.col.deed"), t.t("examples.col.date"), t.t("examples.col.field"),
                t.t("examples.col.writer"), t.t("examples.col.from")), lines)
                .with(new XlsxTable.Table(t.t("examples.perUnit"), List.of(t.t("examples.col.unit"), t.t("examples.col.count")), perUnit));
    }
}
