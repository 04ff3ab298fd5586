package vn.lantoa.press.stats;

import vn.lantoa.platform.export.XlsxTable;
import vn.lantoa.platform.i18n.Translator;

import java.util.ArrayList;
import java.util.List;

/** The statistics as spreadsheets, one per table (or all of them on one sheet): the page's tables, numbers as numbers. */
final class PressStatsSheet {

    /** Which table to export; ALL puts every table on one sheet. */
    enum Which {
        QUESTIONS, COVERAGE, INCIDENTS, ALL;

        static Which parse(String value) {
            if (value == null || value.isBlank()) {
                return ALL;
            }
            for (Which w : values()) {
                if (w.name().equalsIgnoreCase(value.strip())) {
                    return w;
                }
            }
            return null;
        }

        String fileName() {
            return switch (this) {
                case QUESTIONS -> "cau-hoi-bao-chi";
                case COVERAGE -> "diem-tin";
                case INCIDENTS -> "su-co";
                case ALL -> "thong-ke-bao-chi";
            };
        }
    }

    private PressStatsSheet() {
    }

    static XlsxTable of(Translator t, PressStatsTables.Tables tables, Which which) {
        String title = t.t("press.stats.title") + " – " + tables.scope().unit().name() + " – " + tables.period().label();
        List<XlsxTable.Table> parts = new ArrayList<>();
        if (which == Which.QUESTIONS || which == Which.ALL) {
            parts.add(questions(t, t.t("press.stats.questions"), t.t("press.stats.col.what"),
                    List.of(new PressStatsTables.Named<>("all", t.t("press.stats.total"), tables.questions()))));
            if (!tables.questionsByUnit().isEmpty()) {
                parts.add(questions(t, t.t("press.stats.questionsByUnit"), t.t("press.stats.col.unit"), tables.questionsByUnit()));
            }
        }
        if (which == Which.COVERAGE || which == Which.ALL) {
            List<PressStatsTables.Named<PressStatistics.Coverage>> months = new ArrayList<>(tables.coverageByMonth());
            months.add(new PressStatsTables.Named<>("all", t.t("press.stats.total"), tables.coverage()));
            parts.add(coverage(t, t.t("press.stats.coverage"), t.t("press.stats.col.month"), months));
            if (!tables.coverageByUnit().isEmpty()) {
                parts.add(coverage(t, t.t("press.stats.coverageByUnit"), t.t("press.stats.col.unit"), tables.coverageByUnit()));
            }
        }
        if (which == Which.INCIDENTS || which == Which.ALL) {
            List<PressStatsTables.Named<PressStatistics.Incidents>> types = new ArrayList<>(tables.incidentsByType());
            types.add(new PressStatsTables.Named<>("all", t.t("press.stats.total"), tables.incidents()));
            parts.add(incidents(t, t.t("press.stats.incidents"), t.t("press.stats.col.type"), types));
            if (!tables.incidentsByUnit().isEmpty()) {
                parts.add(incidents(t, t.t("press.stats.incidentsByUnit"), t.t("press.stats.col.unit"), tables.incidentsByUnit()));
            }
        }
        XlsxTable.Table first = parts.get(0);
        XlsxTable sheet = new XlsxTable(t.t("press.stats.sheet"), title + " – " + first.title(), first.headers(), first.rows());
        for (XlsxTable.Table more : parts.subList(1, parts.size())) {
            sheet = sheet.with(more);
        }
        return sheet;
    }

    static List<String> questionHeaders(Translator t, String first) {
        return List.of(first, t.t("press.stats.col.received"), t.t("press.stats.col.onTime"), t.t("press.stats.col.late"),
                t.t("press.stats.col.openOverdue"), t.t("press.stats.col.openNotDue"), t.t("press.stats.col.onTimeShare"));
    }

    static List<String> coverageHeaders(Translator t, String first) {
        return List.of(first, t.t("press.stats.tone.POSITIVE"), t.t("press.stats.tone.NEUTRAL"), t.t("press.stats.tone.NEGATIVE"), t.t("press.stats.total"));
    }

    static List<String> incidentHeaders(Translator t, String first) {
        return List.of(first, t.t("press.stats.col.incidents"), t.t("press.stats.col.made"), t.t("press.stats.col.medianMinutes"),
                t.t("press.stats.col.averageMinutes"), t.t("press.stats.col.withinClock"), t.t("press.stats.col.withinShare"));
    }

    private static XlsxTable.Table questions(Translator t, String title, String first, List<PressStatsTables.Named<PressStatistics.Questions>> lines) {
        List<List<Object>> rows = new ArrayList<>();
        for (var n : lines) {
            PressStatistics.Questions q = n.line();
            rows.add(row(n.label(), q.received(), q.onTime(), q.late(), q.openOverdue(), q.openNotDue(), q.onTimeShare()));
        }
        return new XlsxTable.Table(title, questionHeaders(t, first), rows);
    }

    private static XlsxTable.Table coverage(Translator t, String title, String first, List<PressStatsTables.Named<PressStatistics.Coverage>> lines) {
        List<List<Object>> rows = new ArrayList<>();
        for (var n : lines) {
            PressStatistics.Coverage c = n.line();
            rows.add(row(n.label(), c.positive(), c.neutral(), c.negative(), c.total()));
        }
        return new XlsxTable.Table(title, coverageHeaders(t, first), rows);
    }

    private static XlsxTable.Table incidents(Translator t, String title, String first, List<PressStatsTables.Named<PressStatistics.Incidents>> lines) {
        List<List<Object>> rows = new ArrayList<>();
        for (var n : lines) {
            PressStatistics.Incidents i = n.line();
            rows.add(row(n.label(), i.count(), i.made(), i.medianMinutes(), i.averageMinutes(), i.withinClock(), i.withinShare()));
        }
        return new XlsxTable.Table(title, incidentHeaders(t, first), rows);
    }

    /** A row; an empty figure (no median without a statement) stays an empty cell. */
    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(c);
        }
        return row;
    }
}
