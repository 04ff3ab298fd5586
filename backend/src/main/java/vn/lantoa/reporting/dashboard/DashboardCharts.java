package vn.lantoa.reporting.dashboard;

import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.form.FormField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The dashboard's two charts: completeness and timeliness over the periods, and one field's totals. */
final class DashboardCharts {

    private DashboardCharts() {
    }

    static List<String> labels(List<Period> periods) {
        return periods.stream().map(p -> Chart.shortLabel(p.label())).toList();
    }

    /** Sent and sent on time over expected, per period; a period not due yet has no timeliness bar (nobody is late yet). */
    static Chart rates(Translator t, List<String> labels, DashboardLines.Lines lines, List<Boolean> due) {
        List<Double> onTime = new ArrayList<>(rates(lines, false));
        for (int i = 0; i < onTime.size(); i++) {
            if (!due.get(i)) {
                onTime.set(i, null);
            }
        }
        return new Chart(t.t("dashboard.chart.rates"), labels, List.of(
                new Chart.Series(t.t("dashboard.completeness"), "s-complete", rates(lines, true)),
                new Chart.Series(t.t("dashboard.timeliness"), "s-ontime", onTime)), 100, "%");
    }

    /** One field's rolled-up value per period; a period with nothing sent has no bar. */
    static Chart field(FormField field, List<String> labels, List<BigDecimal> values) {
        List<Double> plotted = values.stream().map(v -> v == null ? null : v.doubleValue()).toList();
        double max = plotted.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
        return new Chart(field.label(), labels, List.of(new Chart.Series(field.label(), "s-field", plotted)), niceMax(max), "");
    }

    private static List<Double> rates(DashboardLines.Lines lines, boolean complete) {
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < lines.totals().size(); i++) {
            SendCounts c = lines.totals().get(i);
            long e = lines.expectedPerPeriod().get(i);
            rates.add(e == 0 ? 0.0 : Math.min(100.0, 100.0 * (complete ? c.sent() : c.onTime()) / e));
        }
        return rates;
    }

    /** A round top for a chart's scale: 1, 2 or 5 times a power of ten. */
    static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[]{1, 2, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
