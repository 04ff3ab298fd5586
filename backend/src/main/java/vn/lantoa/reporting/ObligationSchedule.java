package vn.lantoa.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar of one obligation: its periods, when each opens, when it is due, when it turns late and when it
 * locks. All in Vietnam's time; the server's clock decides.
 */
public record ObligationSchedule(Obligation obligation) {

    public DueRule rule() {
        return obligation.rule();
    }

    /** The day the report is due, after moving off days off when the obligation asks for it. */
    public LocalDate dueDate(Period period) {
        return lateFrom(period).atZone(DueRule.VIETNAM).toLocalDate().minusDays(1);
    }

    public Instant lateFrom(Period period) {
        return rule().lateFrom(period, obligation.moveOffDaysOff(), DaysOff.HOLIDAYS);
    }

    /** After this instant nobody submits the period without an exception from the recipient; null when it never locks. */
    public Instant lockedFrom(Period period) {
        if (obligation.lockDays() == null) {
            return null;
        }
        return ZonedDateTime.ofInstant(lateFrom(period), DueRule.VIETNAM).plusDays(obligation.lockDays()).toInstant();
    }

    public LocalDate opensOn(Period period) {
        if (obligation.opensDaysBefore() == null) {
            return period.start();
        }
        LocalDate byDue = dueDate(period).minusDays(obligation.opensDaysBefore());
        return byDue.isBefore(period.start()) ? byDue : period.start();
    }

    public Period parse(String code) {
        Period p = Period.parse(obligation.periodType(), code);
        return p == null || !started(p) ? null : p;
    }

    /** The newest period open on that day: the one a unit fills in now and its recipient watches. */
    public Period current(LocalDate today) {
        Period p = Period.containing(obligation.periodType(), today);
        Period next = p.next();
        if (!opensOn(next).isAfter(today)) {
            return next;
        }
        while (opensOn(p).isAfter(today)) {
            p = p.previous();
        }
        return p;
    }

    /** The current period and up to count-1 before it, newest first, never before the obligation started. */
    public List<Period> recent(LocalDate today, int count) {
        List<Period> periods = new ArrayList<>();
        Period p = current(today);
        while (periods.size() < count && started(p)) {
            periods.add(p);
            p = p.previous();
        }
        return periods;
    }

    private boolean started(Period p) {
        return !p.end().isBefore(obligation.startsOn());
    }

    public String ruleWords() {
        String words = rule().words(obligation.periodType());
        return obligation.moveOffDaysOff() ? words + " (lùi sang ngày làm việc kế tiếp nếu trùng ngày nghỉ)" : words;
    }
}
