package vn.lantoa.reporting;

/** Sum, count, min and max of one field over some reports; what a roll-up shows depends on the field's rule. */
public record Aggregate(double sum, long count, double min, double max) {

    public static final Aggregate EMPTY = new Aggregate(0, 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);

    public static Aggregate of(double value) {
        return new Aggregate(value, 1, value, value);
    }

    public Aggregate plus(Aggregate other) {
        return new Aggregate(sum + other.sum, count + other.count, Math.min(min, other.min), Math.max(max, other.max));
    }

    /** The value under the rule, or null when no report gave a number. */
    public Double value(RollUp rule) {
        if (count == 0) {
            return null;
        }
        return switch (rule) {
            case SUM -> sum;
            case AVERAGE -> sum / count;
            case MIN -> min;
            case MAX -> max;
            case NONE -> null;
        };
    }
}
