package vn.lantoa.desk.stats;

import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The months a statistics page covers, first to last inclusive, in Vietnam time: a case belongs to the month of the
 * day it was received in Hanoi, so one received at 23:30 on the 31st (16:30 UTC) is that month's, and one at 00:10 on
 * the 1st (17:10 UTC the day before) the next month's.
 */
public record StatsRange(YearMonth from, YearMonth to) {

    /** At most three years on one page: enough for any comparison, and a bounded query. */
    static final int MAX_MONTHS = 36;
    static final int DEFAULT_MONTHS = 6;

    static StatsRange lastMonths(Clock clock, int months) {
        YearMonth now = YearMonth.from(VietnamTime.today(clock));
        return new StatsRange(now.minusMonths(months - 1L), now);
    }

    /** The range asked for, or null with the errors next to the fields; missing ends default to the last six months. */
    static StatsRange parse(String from, String to, Clock clock, FieldErrors errors) {
        StatsRange fallback = lastMonths(clock, DEFAULT_MONTHS);
        YearMonth f = month(from, fallback.from(), "from", errors);
        YearMonth t = month(to, fallback.to(), "to", errors);
        if (errors.hasAny()) {
            return null;
        }
        if (f.isAfter(t)) {
            errors.add("to", "desk.stats.range.reversed");
            return null;
        }
        if (f.plusMonths(MAX_MONTHS).isBefore(t.plusMonths(1))) {
            errors.add("to", "desk.stats.range.tooLong", MAX_MONTHS);
            return null;
        }
        return new StatsRange(f, t);
    }

    private static YearMonth month(String text, YearMonth fallback, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            YearMonth m = YearMonth.parse(text.strip());
            if (m.getYear() < 2000 || m.getYear() > 2100) {
                errors.add(field, "desk.stats.range.invalid");
                return null;
            }
            return m;
        } catch (DateTimeParseException e) {
            errors.add(field, "desk.stats.range.invalid");
            return null;
        }
    }

    public Instant start() {
        return VietnamTime.startOf(from.atDay(1));
    }

    /** The first instant after the range. */
    public Instant end() {
        return VietnamTime.startOf(to.plusMonths(1).atDay(1));
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from.atDay(1); d.isBefore(to.plusMonths(1).atDay(1)); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** The query string that asks for this range again (links to the export). */
    public String query() {
        return "from=" + from + "&to=" + to;
    }
}
