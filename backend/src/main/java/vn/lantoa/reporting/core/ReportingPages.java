package vn.lantoa.reporting.core;

import vn.lantoa.shell.Shell;

/**
 * What the pages of every part of reporting share: numbers and statuses as offices write them, and the page of a screen
 * with no obligation to show. Each part keeps its own pages (ObligationPages, SendPages, DeadlinePages, ...).
 */
public final class ReportingPages {

    private ReportingPages() {
    }

    /** A number as Vietnamese offices write it: "1.234" and "12,5"; empty when there is none. */
    public static String number(Double value) {
        if (value == null) {
            return "";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi")));
        return f.format(value);
    }

    /** Whether a report in this status was sent: the recipient and the units above can open it. */
    public static boolean sent(ReportStatus status) {
        return status == ReportStatus.SUBMITTED_ON_TIME || status == ReportStatus.SUBMITTED_LATE || status == ReportStatus.RETURNED
                || status == ReportStatus.ACCEPTED;
    }

    /** An exact number as offices write it, every digit kept: "1.234", "12,5", "999.999.999.999.999,9999". */
    public static String number(java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.####", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi")));
        return f.format(value);
    }

    /** The CSS class of a report status tag. */
    public static String statusClass(ReportStatus status) {
        return "rs-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }

    public record NoObligationsPage(Shell shell, String titleKey, String emptyKey) {
    }
}
