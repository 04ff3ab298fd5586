package vn.lantoa.reporting.rollup;

import vn.lantoa.reporting.form.ReportNumber;
import vn.lantoa.reporting.form.RollUp;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sum, count, min and max of one field over some reports, as exact decimals; what a roll-up shows depends on the
 * field's rule. An average is the sum over the count, taken when it is shown (to four decimals), never stored.
 */
public record Aggregate(BigDecimal sum, long count, BigDecimal min, BigDecimal max) {

    public static final Aggregate EMPTY = new Aggregate(BigDecimal.ZERO, 0, null, null);

    public static Aggregate of(BigDecimal value) {
        return new Aggregate(value, 1, value, value);
    }

    public Aggregate plus(Aggregate other) {
        return new Aggregate(sum.add(other.sum), count + other.count, least(min, other.min), greatest(max, other.max));
    }

    /** The value under the rule, or null when no report gave a number. */
    public BigDecimal value(RollUp rule) {
        if (count == 0) {
            return null;
        }
        return ReportNumber.normal(switch (rule) {
            case SUM -> sum;
            case AVERAGE -> sum.divide(BigDecimal.valueOf(count), ReportNumber.DECIMALS, RoundingMode.HALF_UP);
            case MIN -> min;
            case MAX -> max;
            case NONE -> null;
        });
    }

    private static BigDecimal least(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.min(b);
    }

    private static BigDecimal greatest(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.max(b);
    }
}
