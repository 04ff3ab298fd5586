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
import java.util.Map;

/**
 * The desk's service levels: by default a case is acknowledged within 1 working day and answered within 10 (a unit
 * sets its own per topic, inherited along the tree), counted in Vietnam
 * time, skipping weekends and the days off (holidays, Tết) of the platform's calendar. A case received on a day off
 * starts its clock at the beginning of the next working day; otherwise a deadline falls at the same time of day, N
 * working days later.
 */
@Singleton
public class SlaClock {

    public static final int ACKNOWLEDGE_DAYS = 1;
    public static final int ANSWER_DAYS = 10;

    private final DaysOff daysOff;
    private final DaysPerTopic perTopic;

    SlaClock(DaysOff daysOff, DaysPerTopic perTopic) {
        this.daysOff = daysOff;
        this.perTopic = perTopic;
    }

    /** The working days a unit gives itself to acknowledge and to answer a case of one topic. */
    public record Days(int acknowledge, int answer) {

        public static final Days DEFAULT = new Days(ACKNOWLEDGE_DAYS, ANSWER_DAYS);
    }

    /** Where the days come from: the unit's topic settings, inherited along the tree (desk.settings). */
    public interface DaysPerTopic {

        Map<Topic, Days> days(long unitId);
    }

    /** The days of every topic of one unit, read once for a list of its cases. */
    public Map<Topic, Days> days(long unitId) {
        return perTopic.days(unitId);
    }

    /** A case's two deadlines, as they are kept on the case (desk_case.acknowledge_due_at, answer_due_at). */
    public record Deadlines(Instant acknowledge, Instant answer) {
    }

    /** The deadlines of a case received at a moment, with the days its unit gives its topic. */
    public Deadlines deadlines(Days days, Instant received) {
        DaysOffCalendar calendar = daysOff.calendar();
        return new Deadlines(due(received, days.acknowledge(), calendar), due(received, days.answer(), calendar));
    }

    /** The deadlines a case of this topic received at this moment has in this unit (one read of the unit's settings). */
    public Deadlines deadlines(long unitId, Topic topic, Instant received) {
        return deadlines(days(unitId).getOrDefault(topic, Days.DEFAULT), received);
    }

    /** A case's deadlines: those kept on it, or for a case written before they were kept, reckoned now with its unit's days. */
    public Deadlines deadlines(DeskCase c) {
        if (c.acknowledgeDueAt() != null && c.answerDueAt() != null) {
            return new Deadlines(c.acknowledgeDueAt(), c.answerDueAt());
        }
        return deadlines(c.unitId(), c.topic(), c.receivedAt());
    }

    /** As above, with the unit's days already read for a list. */
    public Deadlines deadlines(DeskCase c, Days days) {
        if (c.acknowledgeDueAt() != null && c.answerDueAt() != null) {
            return new Deadlines(c.acknowledgeDueAt(), c.answerDueAt());
        }
        return deadlines(days, c.receivedAt());
    }

    /** Which clock runs for a case now, until when, and whether it is overdue; null when nothing is owed any more. */
    public record Sla(boolean acknowledge, Instant due, Duration left) {

        public boolean overdue() {
            return left.isNegative();
        }
    }

    /** The default deadline to acknowledge, for a unit that set no days of its own. */
    public Instant acknowledgeDue(Instant received) {
        return due(received, ACKNOWLEDGE_DAYS, daysOff.calendar());
    }

    /** The default deadline to answer, for a unit that set no days of its own. */
    public Instant answerDue(Instant received) {
        return due(received, ANSWER_DAYS, daysOff.calendar());
    }

    /** N working days after a case was received, by the platform's calendar. */
    public Instant due(Instant received, int workingDays) {
        return due(received, workingDays, daysOff.calendar());
    }

    /** The clock of a case: its kept deadlines (reckoned from its unit's days for its topic when it arrived or since). */
    public Sla of(DeskCase c, Instant now) {
        return of(c, now, deadlines(c));
    }

    /**
     * As above, with the unit's days already read for a list: they count only for a case whose deadlines are not kept yet
     * (written before they were, until CaseDeadlines fills them).
     */
    public Sla of(DeskCase c, Instant now, Days days) {
        return of(c, now, deadlines(c, days));
    }

    private static Sla of(DeskCase c, Instant now, Deadlines d) {
        if (c.spam() || c.answeredAt() != null || c.status() == CaseStatus.DA_DONG) {
            return null;
        }
        if (c.acknowledgedAt() == null) {
            return new Sla(true, d.acknowledge(), Duration.between(now, d.acknowledge()));
        }
        return new Sla(false, d.answer(), Duration.between(now, d.answer()));
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
