package vn.lantoa.reporting.form;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The numbers a report may hold: exact decimals under 10^15 (at most 15 digits before the decimal comma) with at most
 * 4 after it, as report_value stores them (DECIMAL(19,4)); sums are kept as DECIMAL(38,4), so no count of reports can
 * overflow them. Written the Vietnamese way ("1.200", "1.234.567,5", "92,5", "12 000") or plainly ("92.5"); exponents
 * ("1e400"), "NaN", "Infinity", hexadecimal and the like are not numbers here. The text is read by hand, in one pass,
 * so a 10,000-digit "number" costs no more than its length.
 */
public final class ReportNumber {

    public static final int INTEGER_DIGITS = 15;
    public static final int DECIMALS = 4;

    /** What a text says: a number, or why it is not one (a message key). */
    public record Parsed(BigDecimal value, String error) {

        public boolean ok() {
            return value != null;
        }
    }

    private static final Parsed NOT_NUMBER = new Parsed(null, "report.field.notNumber");
    private static final Parsed TOO_LARGE = new Parsed(null, "report.field.tooLarge");
    private static final Parsed TOO_PRECISE = new Parsed(null, "report.field.tooManyDecimals");

    private ReportNumber() {
    }

    public static Parsed parse(String text) {
        if (text == null) {
            return NOT_NUMBER;
        }
        StringBuilder s = new StringBuilder(Math.min(text.length(), 64));
        int commas = 0;
        int dots = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\u202F') {
                continue;
            }
            if (c == ',') {
                commas++;
            } else if (c == '.') {
                dots++;
            } else if ((c < '0' || c > '9') && !(c == '-' && s.isEmpty())) {
                return NOT_NUMBER;
            }
            s.append(c);
        }
        boolean negative = !s.isEmpty() && s.charAt(0) == '-';
        String body = negative ? s.substring(1) : s.toString();
        if (body.isEmpty() || commas > 1) {
            return NOT_NUMBER;
        }
        String whole;
        String fraction;
        boolean mark;
        if (commas == 1) {
            // "1.234,5": the comma is the decimal mark, dots can only group thousands.
            int comma = body.indexOf(',');
            whole = dots == 0 ? body.substring(0, comma) : ungrouped(body.substring(0, comma));
            fraction = body.substring(comma + 1);
            mark = true;
        } else if (dots == 0) {
            whole = body;
            fraction = "";
            mark = false;
        } else if (ungrouped(body) != null) {
            // "1.200" is twelve hundred, as offices write it.
            whole = ungrouped(body);
            fraction = "";
            mark = false;
        } else if (dots == 1) {
            int dot = body.indexOf('.');
            whole = body.substring(0, dot);
            fraction = body.substring(dot + 1);
            mark = true;
        } else {
            return NOT_NUMBER;
        }
        if (whole == null || whole.isEmpty() || (mark && fraction.isEmpty()) || !digits(whole) || !digits(fraction)) {
            return NOT_NUMBER;
        }
        int first = 0;
        while (first < whole.length() - 1 && whole.charAt(first) == '0') {
            first++;
        }
        int last = fraction.length();
        while (last > 0 && fraction.charAt(last - 1) == '0') {
            last--;
        }
        if (whole.length() - first > INTEGER_DIGITS) {
            return TOO_LARGE;
        }
        if (last > DECIMALS) {
            return TOO_PRECISE;
        }
        String plain = (negative ? "-" : "") + whole.substring(first) + (last > 0 ? "." + fraction.substring(0, last) : "");
        return new Parsed(new BigDecimal(plain), null);
    }

    /** The number, or null when the text is not one within the domain. */
    public static BigDecimal valueOf(String text) {
        return parse(text).value();
    }

    /** Digits after the decimal mark, ignoring trailing zeros: "12,50" has 1. */
    public static int decimals(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return Math.max(0, s.scale());
    }

    /** The number as a plain decimal with no trailing zeros and never an exponent: "1200", "92.5". */
    public static BigDecimal normal(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
    }

    /** The number as a person types it into a form: "1200", "92,5" (no thousands dots, a decimal comma). */
    public static String typed(BigDecimal n) {
        return normal(n).toPlainString().replace('.', ',');
    }

    /** "1.200" and "12.000.000" (dots grouping thousands, at least one): the digits without the dots; otherwise null. */
    private static String ungrouped(String text) {
        String[] groups = text.split("\\.", -1);
        if (groups.length < 2 || groups[0].isEmpty() || groups[0].length() > 3) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
        }
        return text.replace(".", "");
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
