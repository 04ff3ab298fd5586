package vn.lantoa.press.stats;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.shell.Shell;


/** The statistics page: the period asked for, and the tables (null when the period could not be read). */
public final class PressStatsPages {

    private PressStatsPages() {
    }

    /** quarters: the quarters offered for the report (this year's and last year's). */
    public record StatsPage(Shell shell, String period, String periodLabel, String quarter, FieldErrors errors, PressStatsTables.Tables tables) {

        public String exportHref(String table) {
            return shell.unitBase() + "/press/stats/export.xlsx?period=" + period + (table == null ? "" : "&table=" + table);
        }

        public String reportHref() {
            return shell.unitBase() + "/press/stats/report.pdf?quarter=" + quarter;
        }
    }

    /** "87%" or "—". */
    public static String share(Long percent) {
        return percent == null ? "—" : percent + "%";
    }

    /** Minutes as "3 giờ 20 phút"-like text is for people; the tables show hours with one decimal. */
    public static String hours(Long minutes) {
        return minutes == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", minutes / 60.0).replace('.', ',');
    }
}
