package vn.lantoa.reporting;

/** Reports sent, and first sent on time, over some units in one period. */
public record SendCounts(long sent, long onTime) {

    public static final SendCounts NONE = new SendCounts(0, 0);

    public SendCounts plus(SendCounts o) {
        return new SendCounts(sent + o.sent, onTime + o.onTime);
    }
}
