package vn.lantoa.press.stats;

import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period the press statistics cover: a month ("2026-05"), a quarter ("2026-Q2") or a year ("2026"), in Vietnam dates. A
 * question belongs to the period of the day it was received, a clipping to the day it appeared, an incident to the Vietnam
 * day of its first alert.
 */
public record StatsPeriod(Kind kind, int year, int number) {

    public enum Kind { MONTH, QUARTER, YEAR }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** The current quarter when nothing is asked; null with a field error when the text is not a period. */
    static StatsPeriod parse(String text, Clock clock, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            LocalDate today = VietnamTime.today(clock);
            return new StatsPeriod(Kind.QUARTER, today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
        }
        String t = text.strip();
        StatsPeriod p = null;
        Matcher m;
        if ((m = MONTH.matcher(t)).matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            p = new StatsPeriod(Kind.MONTH, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } else if ((m = QUARTER.matcher(t)).matches()) {
            p = new StatsPeriod(Kind.QUARTER, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } else if ((m = YEAR.matcher(t)).matches()) {
            p = new StatsPeriod(Kind.YEAR, Integer.parseInt(m.group(1)), 0);
        }
        if (p == null || p.year < 2000 || p.year > 2100) {
            errors.add(field, "press.stats.period.invalid");
            return null;
        }
        return p;
    }

    LocalDate first() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The day after the period. */
    LocalDate end() {
        return switch (kind) {
            case MONTH -> first().plusMonths(1);
            case QUARTER -> first().plusMonths(3);
            case YEAR -> first().plusYears(1);
        };
    }

    Instant start() {
        return VietnamTime.startOf(first());
    }

    Instant endInstant() {
        return VietnamTime.startOf(end());
    }

    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(first()); m.isBefore(YearMonth.from(end())); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** What the page and the links ask for again: "2026-05", "2026-Q2", "2026". */
    String value() {
        return switch (kind) {
            case MONTH -> String.format("%d-%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    /** "tháng 5 năm 2026", "quý II năm 2026", "năm 2026" (as in an official report's title). */
    String label() {
        return switch (kind) {
            case MONTH -> "tháng " + number + " năm " + year;
            case QUARTER -> "quý " + new String[] {"I", "II", "III", "IV"}[number - 1] + " năm " + year;
            case YEAR -> "năm " + year;
        };
    }
}
