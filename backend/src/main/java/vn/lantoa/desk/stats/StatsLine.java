package vn.lantoa.desk.stats;

import io.micronaut.core.annotation.Nullable;

/**
 * One line of the desk's statistics (a month, a topic, a channel, a unit, or the total), spam left out: cases received
 * in the range, how many are answered, answered by the SLA answer deadline, still open, overdue now (as the queue
 * counts it: past the acknowledge or answer deadline and not answered), and the median time from receipt to answer in
 * seconds (null when nothing was answered).
 */
public record StatsLine(String key, long received, long answered, long onTime, long open, long overdue, @Nullable Long medianSeconds) {

    public static StatsLine empty(String key) {
        return new StatsLine(key, 0, 0, 0, 0, 0, null);
    }

    /** The median in hours, one decimal, as the page and the sheet show it; null when nothing was answered. */
    @Nullable
    public Double medianHours() {
        return medianSeconds == null ? null : Math.round(medianSeconds / 360.0) / 10.0;
    }

    /** Answered on time over answered, in whole percent; null when nothing was answered. */
    @Nullable
    public Long onTimePercent() {
        return answered == 0 ? null : Math.round(100.0 * onTime / answered);
    }
}
