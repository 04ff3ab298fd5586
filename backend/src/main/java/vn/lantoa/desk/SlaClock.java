package vn.lantoa.desk;

import jakarta.inject.Singleton;
import vn.lantoa.calendar.DaysOff;
import vn.lantoa.calendar.DaysOffCalendar;
import vn.lantoa.platform.time.VietnamTime;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The desk's service levels: a case is acknowledged within 1 working day and answered within 10, counted in Vietnam
 * time, skipping weekends and the days off (holidays, Tết) of the platform's calendar. A case received on a day off
 * starts its clock at the beginning of the next working day; otherwise a deadline falls at the same time of day, N
 * working days later.
 */
@Singleton
public class SlaClock {

    static final int ACKNOWLEDGE_DAYS = 1;
    public static final int ANSWER_DAYS = 10;

    private final DaysOff daysOff;

    SlaClock(DaysOff daysOff) {
        this.daysOff = daysOff;
    }

    /** Which clock runs for a case now, until when, and whether it is overdue; null when nothing is owed any more. */
    public record Sla(boolean acknowledge, Instant due, Duration left) {

        public boolean overdue() {
            return left.isNegative();
        }
    }

    public Instant acknowledgeDue(Instant received) {
        return due(received, ACKNOWLEDGE_DAYS, daysOff.calendar());
    }

    public Instant answerDue(Instant received) {
        return due(received, ANSWER_DAYS, daysOff.calendar());
    }

    public Sla of(DeskCase c, Instant now) {
        if (c.spam() || c.answeredAt() != null || c.status() == CaseStatus.DA_DONG) {
            return null;
        }
        if (c.acknowledgedAt() == null) {
            Instant due = acknowledgeDue(c.receivedAt());
            return new Sla(true, due, Duration.between(now, due));
        }
        Instant due = answerDue(c.receivedAt());
        return new Sla(false, due, Duration.between(now, due));
    }

    static Instant due(Instant received, int workingDays, DaysOffCalendar calendar) {
        LocalDateTime start = LocalDateTime.ofInstant(received, VietnamTime.ZONE);
        if (!isWorkingDay(start.toLocalDate(), calendar)) {
            start = nextWorkingDay(start.toLocalDate(), calendar).atStartOfDay();
        }
        LocalDate day = start.toLocalDate();
        for (int i = 0; i < workingDays; i++) {
            day = nextWorkingDay(day, calendar);
        }
        return day.atTime(start.toLocalTime()).atZone(VietnamTime.ZONE).toInstant();
    }

    static boolean isWorkingDay(LocalDate day, DaysOffCalendar calendar) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !calendar.isDayOff(day);
    }

    private static LocalDate nextWorkingDay(LocalDate day, DaysOffCalendar calendar) {
        LocalDate next = day.plusDays(1);
        // A year of days off in a row cannot happen; the bound keeps a broken calendar from looping for ever.
        for (int i = 0; i < 366 && !isWorkingDay(next, calendar); i++) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The moment N working days after another one, as the deadlines count them (escalation beyond the answer's deadline). */
    public Instant workingDaysAfter(Instant from, int workingDays) {
        return due(from, workingDays, daysOff.calendar());
    }
}
