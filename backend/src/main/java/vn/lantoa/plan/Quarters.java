package vn.lantoa.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The quarters of a plan item as stored: a bit mask, 1 = Q1, 2 = Q2, 4 = Q3, 8 = Q4. */
public final class Quarters {

    public static final int ALL = 15;
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

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
        List<String> names = of(mask).stream().map(q -> ROMAN[q - 1]).toList();
        return names.isEmpty() ? "" : "Quý " + String.join(", ", names);
    }

    /** The roman numeral of a quarter or of a group's position (1 = I ... 20 = XX). */
    public static String roman(int n) {
        String[] tens = {"", "X", "XX", "XXX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return n < 1 || n > 39 ? String.valueOf(n) : tens[n / 10] + ones[n % 10];
    }
}
