package vn.lantoa.desk.stats;

import vn.lantoa.platform.export.XlsxTable;
import vn.lantoa.platform.i18n.Translator;

import java.util.ArrayList;
import java.util.List;

/** The statistics as a spreadsheet: the same tables as the page, numbers as numbers, headers in Vietnamese. */
final class StatsSheet {

    private StatsSheet() {
    }

    static XlsxTable of(Translator t, StatsTables.Tables tables) {
        String title = t.t("desk.stats.title") + " – " + tables.scope().unit().name() + " – "
                + t.t("desk.stats.rangeText", tables.range().from().getMonthValue() + "/" + tables.range().from().getYear(),
                tables.range().to().getMonthValue() + "/" + tables.range().to().getYear());
        List<List<Object>> totals = new ArrayList<>();
        totals.add(row(t.t("desk.stats.total"), tables.total()));
        XlsxTable sheet = new XlsxTable(t.t("desk.stats.sheet"), title, headers(t, t.t("desk.stats.col.what")), totals)
                .with(table(t, t.t("desk.stats.byMonth"), t.t("desk.stats.col.month"), tables.months()))
                .with(table(t, t.t("desk.stats.byTopic"), t.t("desk.field.topic"), tables.topics()))
                .with(table(t, t.t("desk.stats.byChannel"), t.t("desk.field.channel"), tables.channels()));
        if (!tables.units().isEmpty()) {
            sheet = sheet.with(table(t, t.t("desk.stats.byUnit"), t.t("desk.stats.col.unit"), tables.units()));
        }
        return sheet.with(new XlsxTable.Table(t.t("desk.stats.notesTitle"), List.of(t.t("desk.stats.notesTitle")),
                List.of(List.of(t.t("desk.stats.note.spam")), List.of(t.t("desk.stats.note.onTime")), List.of(t.t("desk.stats.note.overdue")),
                        List.of(t.t("desk.stats.note.median")), List.of(t.t("desk.stats.note.time")))));
    }

    private static XlsxTable.Table table(Translator t, String title, String first, List<StatsTables.Named> lines) {
        List<List<Object>> rows = new ArrayList<>();
        for (StatsTables.Named n : lines) {
            rows.add(row(n.label(), n.line()));
        }
        return new XlsxTable.Table(title, headers(t, first), rows);
    }

    static List<String> headers(Translator t, String first) {
        return List.of(first, t.t("desk.stats.col.received"), t.t("desk.stats.col.answered"), t.t("desk.stats.col.onTime"),
                t.t("desk.stats.col.open"), t.t("desk.stats.col.overdue"), t.t("desk.stats.col.median"));
    }

    private static List<Object> row(String label, StatsLine l) {
        List<Object> row = new ArrayList<>(List.of(label, l.received(), l.answered(), l.onTime(), l.open(), l.overdue()));
        row.add(l.medianHours());
        return row;
    }
}
