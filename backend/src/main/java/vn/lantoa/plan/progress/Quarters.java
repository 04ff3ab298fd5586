package vn.lantoa.plan.progress;

import vn.lantoa.platform.time.VietnamTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarters of a plan's year an item is planned for, and which of them have begun. An item names its quarters (a bit
 * mask, 1 = quý I ... 8 = quý IV), or dates instead (the quarters those dates touch in the plan's year), or neither: then it
 * runs the whole year.
 */
public final class Quarters {

    public static final int ALL = 15;

    private Quarters() {
    }

    public static int of(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    public static LocalDate firstDay(int year, int quarter) {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public static LocalDate lastDay(int year, int quarter) {
        return firstDay(year, quarter).plusMonths(3).minusDays(1);
    }

    /** The item's quarters as a mask. */
    public static int mask(int quarters, LocalDate startsOn, LocalDate endsOn, int year) {
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
        for (int q = of(from); q <= of(to); q++) {
            m |= 1 << (q - 1);
        }
        return m;
    }

    public static List<Integer> list(int mask) {
        List<Integer> qs = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            if ((mask & (1 << (q - 1))) != 0) {
                qs.add(q);
            }
        }
        return qs;
    }

    /** How many quarters of the year have begun on {@code today}: all four of a past year, none of a year to come. */
    public static int soFar(int year, LocalDate today) {
        if (year < today.getYear()) {
            return 4;
        }
        return year > today.getYear() ? 0 : of(today);
    }

    public static int soFar(int year, Clock clock) {
        return soFar(year, VietnamTime.today(clock));
    }

    /** Mask of quarters 1..n. */
    public static int upTo(int n) {
        return (1 << Math.max(0, Math.min(4, n))) - 1;
    }

    /** Roman numeral as Vietnamese documents write quarters: "I" ... "IV". */
    public static String roman(int quarter) {
        return switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }

    /** "I, II" for a mask. */
    public static String romans(int mask) {
        return String.join(", ", list(mask).stream().map(Quarters::roman).toList());
    }
}
