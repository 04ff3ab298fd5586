package vn.lantoa.plan;

import vn.lantoa.platform.time.VietnamTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The quarters of a plan item as stored: a bit mask, 1 = Q1, 2 = Q2, 4 = Q3, 8 = Q4; an item may name dates instead (the
 * quarters those dates touch in the plan's year), or neither: then it runs the whole year.
 */
public final class Quarters {

    public static final int ALL = 15;

    private Quarters() {
    }

    /** The mask of the quarters 1..4 given; others are ignored. */
    public static int mask(Collection<Integer> quarters) {
        int mask = 0;
        for (Integer q : quarters) {
            if (q != null && q >= 1 && q <= 4) {
                mask |= bit(q);
            }
        }
        return mask;
    }

    public static int bit(int quarter) {
        return 1 << (quarter - 1);
    }

    public static boolean has(int mask, int quarter) {
        return quarter >= 1 && quarter <= 4 && (mask & bit(quarter)) != 0;
    }

    /** The quarters of the mask, 1..4 in order. */
    public static List<Integer> of(int mask) {
        List<Integer> list = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            if (has(mask, q)) {
                list.add(q);
            }
        }
        return list;
    }

    /** "Quý I, II, IV" as the seeds write it; empty for none. */
    public static String label(int mask) {
        List<String> names = of(mask).stream().map(Quarters::roman).toList();
        return names.isEmpty() ? "" : "Quý " + String.join(", ", names);
    }

    private static final int[] VALUES = {10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"X", "IX", "V", "IV", "I"};

    /** The roman numeral of a quarter or of a group's position (1 = I, 4 = IV, 9 = IX, 20 = XX); digits past 39. */
    public static String roman(int n) {
        if (n < 1 || n > 39) {
            return String.valueOf(n);
        }
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < VALUES.length; i++) {
            for (; rest >= VALUES[i]; rest -= VALUES[i]) {
                out.append(SYMBOLS[i]);
            }
        }
        return out.toString();
    }

    /** "I, II" for a mask. */
    public static String romans(int mask) {
        return String.join(", ", of(mask).stream().map(Quarters::roman).toList());
    }

    /** The quarter a day falls in. */
    public static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    public static LocalDate firstDay(int year, int quarter) {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public static LocalDate lastDay(int year, int quarter) {
        return firstDay(year, quarter).plusMonths(3).minusDays(1);
    }

    /** The quarters of {@code year} an item runs in: its own mask, else those its dates touch, else the whole year. */
    public static int covered(int quarters, LocalDate startsOn, LocalDate endsOn, int year) {
        if ((quarters & ALL) != 0) {
            return quarters & ALL;
        }
        if (startsOn == null && endsOn == null) {
            return ALL;
        }
        LocalDate from = startsOn == null || startsOn.getYear() < year ? LocalDate.of(year, 1, 1) : startsOn;
        LocalDate to = endsOn == null || endsOn.getYear() > year ? LocalDate.of(year, 12, 31) : endsOn;
        if (from.getYear() > year || to.getYear() < year || to.isBefore(from)) {
            return ALL;
        }
        int m = 0;
        for (int q = quarterOf(from); q <= quarterOf(to); q++) {
            m |= bit(q);
        }
        return m;
    }

    /** How many quarters of the year have begun on {@code today}: all four of a past year, none of a year to come. */
    public static int soFar(int year, LocalDate today) {
        if (year < today.getYear()) {
            return 4;
        }
        return year > today.getYear() ? 0 : quarterOf(today);
    }

    public static int soFar(int year, Clock clock) {
        return soFar(year, VietnamTime.today(clock));
    }

    /** Mask of quarters 1..n. */
    public static int upTo(int n) {
        return (1 << Math.max(0, Math.min(4, n))) - 1;
    }
}
