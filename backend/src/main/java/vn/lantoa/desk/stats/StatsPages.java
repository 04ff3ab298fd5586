package vn.lantoa.desk.stats;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.shell.Shell;

import java.util.List;
import java.util.function.Function;

/** The statistics page, and what its charts plot (the template draws them with the reporting dashboard's chart tag). */
public final class StatsPages {

    private StatsPages() {
    }

    /** Tables are null when the range asked for was refused (its error is shown next to the field). */
    public record StatsPage(Shell shell, String from, String to, FieldErrors errors, @Nullable StatsTables.Tables tables) {

        /** "11/26" under each month's bars. */
        public List<String> monthLabels() {
            return tables.months().stream().map(n -> n.key().substring(5) + "/" + n.key().substring(2, 4)).toList();
        }

        public List<Double> monthValues(boolean answered) {
            return values(tables.months(), l -> answered ? l.answered() : l.received());
        }

        /** Topic names cut to fit under a bar; the table beside the chart has them in full. */
        public List<String> topicLabels() {
            return tables.topics().stream().map(n -> n.label().length() > 12 ? n.label().substring(0, 11).strip() + "…" : n.label()).toList();
        }

        public List<Double> topicValues(boolean answered) {
            return values(tables.topics(), l -> answered ? l.answered() : l.received());
        }

        /** A round top for both charts' scales: 1, 2 or 5 times a power of ten. */
        public double max(List<Double> values) {
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
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

        public String exportQuery() {
            return tables == null ? "" : tables.range().query();
        }

        private static List<Double> values(List<StatsTables.Named> lines, Function<StatsLine, Long> value) {
            return lines.stream().map(n -> (double) value.apply(n.line())).toList();
        }
    }

    /** A median in hours as people read it: "36,5"; a dash when nothing was answered. */
    public static String hours(@Nullable Double hours) {
        if (hours == null) {
            return "–";
        }
        return hours == Math.floor(hours) ? String.valueOf(hours.longValue()) : String.valueOf(hours).replace('.', ',');
    }
}
