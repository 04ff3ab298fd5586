package vn.lantoa.reporting.core;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * When a report is due, stated in words and applied exactly. Deadlines are in Vietnam's time: a report due on a day is
 * on time until 23:59:59.999 of that day. A day past the end of a short month is the month's last day (the 31st of
 * February is the 28th or 29th). Deadlines do not move for weekends or Tết unless the obligation asks for it.
 * Stored as a short code: "DAY_OF_PERIOD_MONTH:25", "DAY_OF_NEXT_MONTH:20", "FIXED:03-10", "DAYS_AFTER_END:15",
 * "HOURS_AFTER_EVENT:2".
 */
public sealed interface DueRule {

    ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** By day N of the period's (last) month: "by the 25th of the month reported on". */
    record DayOfPeriodMonth(int day) implements DueRule {
        @Override
        public LocalDate dueDate(Period period) {
            return clamp(YearMonth.from(period.end()), day);
        }

        @Override
        public String words(PeriodType type) {
            return type == PeriodType.MONTHLY ? "chậm nhất ngày " + day + " của tháng báo cáo" : "chậm nhất ngày " + day + " của tháng cuối kỳ báo cáo";
        }

        @Override
        public String code() {
            return "DAY_OF_PERIOD_MONTH:" + day;
        }
    }

    /** By day N of the month after the period: "by the 20th of the following month". */
    record DayOfNextMonth(int day) implements DueRule {
        @Override
        public LocalDate dueDate(Period period) {
            return clamp(YearMonth.from(period.end()).plusMonths(1), day);
        }

        @Override
        public String words(PeriodType type) {
            return "chậm nhất ngày " + day + " của tháng sau kỳ báo cáo";
        }

        @Override
        public String code() {
            return "DAY_OF_NEXT_MONTH:" + day;
        }
    }

    /** By a date of the year, the first one on or after the period's start: "by 10 March" for the year's plan. */
    record Fixed(MonthDay date) implements DueRule {
        @Override
        public LocalDate dueDate(Period period) {
            LocalDate candidate = date.atYear(period.start().getYear());
            return candidate.isBefore(period.start()) ? date.atYear(period.start().getYear() + 1) : candidate;
        }

        @Override
        public String words(PeriodType type) {
            return "chậm nhất ngày " + date.getDayOfMonth() + "/" + date.getMonthValue();
        }

        @Override
        public String code() {
            return String.format(Locale.ROOT, "FIXED:%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
        }
    }

    /** Within N days of the period's end. */
    record DaysAfterEnd(int days) implements DueRule {
        @Override
        public LocalDate dueDate(Period period) {
            return period.end().plusDays(days);
        }

        @Override
        public String words(PeriodType type) {
            return "chậm nhất " + days + " ngày sau khi kết thúc kỳ báo cáo";
        }

        @Override
        public String code() {
            return "DAYS_AFTER_END:" + days;
        }
    }

    /** Within N hours of the event reported on (báo cáo nhanh). */
    record HoursAfterEvent(int hours) implements DueRule {
        @Override
        public LocalDate dueDate(Period period) {
            throw new IllegalStateException("an event's deadline counts from the event, not a period");
        }

        @Override
        public String words(PeriodType type) {
            return "trong vòng " + hours + " giờ kể từ khi sự việc xảy ra";
        }

        @Override
        public String code() {
            return "HOURS_AFTER_EVENT:" + hours;
        }

        /** The last instant a report of this event is on time. */
        public Instant deadline(Instant event) {
            return event.plus(Duration.ofHours(hours));
        }
    }

    LocalDate dueDate(Period period);

    /** The rule as people say it, shown next to every deadline. */
    String words(PeriodType type);

    String code();

    /** The first instant that is late: midnight at the start of the day after the due date, Vietnam time. */
    default Instant lateFrom(Period period, boolean movesOffDaysOff, Set<LocalDate> holidays) {
        LocalDate due = dueDate(period);
        if (movesOffDaysOff) {
            while (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.contains(due)) {
                due = due.plusDays(1);
            }
        }
        return due.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }

    default boolean onTime(Period period, Instant submittedAt) {
        return submittedAt.isBefore(lateFrom(period, false, Set.of()));
    }

    /** The rule of a stored code, or null when the code is not one (a wrong code is a user's mistake, not a crash). */
    static DueRule parse(String code) {
        if (code == null || !code.contains(":")) {
            return null;
        }
        String kind = code.substring(0, code.indexOf(':'));
        String value = code.substring(code.indexOf(':') + 1);
        try {
            return switch (kind) {
                case "DAY_OF_PERIOD_MONTH" -> new DayOfPeriodMonth(dayOfMonth(value));
                case "DAY_OF_NEXT_MONTH" -> new DayOfNextMonth(dayOfMonth(value));
                case "FIXED" -> new Fixed(MonthDay.parse("--" + value));
                case "DAYS_AFTER_END" -> new DaysAfterEnd(bounded(value, 0, 366));
                case "HOURS_AFTER_EVENT" -> new HoursAfterEvent(bounded(value, 1, 720));
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int dayOfMonth(String value) {
        return bounded(value, 1, 31);
    }

    private static int bounded(String value, int min, int max) {
        int n = Integer.parseInt(value);
        if (n < min || n > max) {
            throw new IllegalArgumentException(value);
        }
        return n;
    }

    private static LocalDate clamp(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }
}
