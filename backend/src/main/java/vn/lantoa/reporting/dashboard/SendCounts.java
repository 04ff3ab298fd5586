package vn.lantoa.reporting.dashboard;

/** Reports sent, first sent on time, and returned to their unit and not sent again yet, over some units in one period. */
public record SendCounts(long sent, long onTime, long returned) {

    public static final SendCounts NONE = new SendCounts(0, 0, 0);

    public SendCounts(long sent, long onTime) {
        this(sent, onTime, 0);
    }

    /** A share of the units expected, in whole percent as the dashboard shows it: never above 100, 0 when nobody is expected. */
    public static long percent(long n, long expected) {
        return expected == 0 ? 0 : Math.round(100.0 * Math.min(n, expected) / expected);
    }

    public SendCounts plus(SendCounts o) {
        return new SendCounts(sent + o.sent, onTime + o.onTime, returned + o.returned);
    }
}
