package vn.lantoa.reporting.obligation;

import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.ListedPeriod;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The calendar of one obligation: its periods, when each opens, when it is due, when it turns late and when it
 * locks. All in Vietnam's time; the server's clock decides. Calendar periods (months, quarters, years) are cut from
 * the calendar; listed periods (exam sessions) come from the obligation's list and are due some hours after each
 * one ends; an event's period is due some hours after the event.
 */
public record ObligationSchedule(Obligation obligation, java.util.Set<LocalDate> daysOff) {

    /** The obligation's calendar with the days off the platform admin has entered (calendar/DaysOff). */
    public ObligationSchedule(Obligation obligation) {
        this(obligation, vn.lantoa.calendar.DaysOff.known());
    }

    public DueRule rule() {
        return obligation.rule();
    }

    private boolean calendar() {
        return obligation.periodType() != PeriodType.LISTED && obligation.periodType() != PeriodType.EVENT;
    }

    /** The day the report is due, after moving off days off when the obligation asks for it. */
    public LocalDate dueDate(Period period) {
        if (!calendar()) {
            return lateFrom(period).atZone(DueRule.VIETNAM).toLocalDate();
        }
        return lateFrom(period).atZone(DueRule.VIETNAM).toLocalDate().minusDays(1);
    }

    /** The first instant that is late. */
    public Instant lateFrom(Period period) {
        return switch (obligation.periodType()) {
            case EVENT -> hours().deadline(period.eventInstant());
            case LISTED -> hours().deadline(listed(period.code()).map(ListedPeriod::endInstant).orElseThrow());
            default -> rule().lateFrom(period, obligation.moveOffDaysOff(), daysOff);
        };
    }

    private DueRule.HoursAfterEvent hours() {
        return rule() instanceof DueRule.HoursAfterEvent h ? h : new DueRule.HoursAfterEvent(24);
    }

    /** After this instant nobody submits the period without an exception from the recipient; null when it never locks. */
    public Instant lockedFrom(Period period) {
        if (obligation.lockDays() == null) {
            return null;
        }
        return ZonedDateTime.ofInstant(lateFrom(period), DueRule.VIETNAM).plusDays(obligation.lockDays()).toInstant();
    }

    public LocalDate opensOn(Period period) {
        if (!calendar() || obligation.opensDaysBefore() == null) {
            return period.start();
        }
        LocalDate byDue = dueDate(period).minusDays(obligation.opensDaysBefore());
        return byDue.isBefore(period.start()) ? byDue : period.start();
    }

    /** A listed period opens when it starts (a session's report is made once the session begins). */
    public boolean open(Period period, Instant now) {
        if (obligation.periodType() == PeriodType.LISTED) {
            return listed(period.code()).map(l -> !l.startInstant().isAfter(now)).orElse(false);
        }
        if (obligation.periodType() == PeriodType.EVENT) {
            return !period.eventInstant().isAfter(now);
        }
        return !opensOn(period).isAfter(LocalDate.ofInstant(now, DueRule.VIETNAM));
    }

    /** The period of a stored report, whether or not the obligation's list or start date changed since. */
    public static Period periodOf(Obligation obligation, String code) {
        if (obligation.periodType() == PeriodType.LISTED) {
            return obligation.listed().stream().filter(l -> l.code().equals(code)).findFirst().map(ListedPeriod::period)
                    .orElse(new Period(PeriodType.LISTED, code, java.time.LocalDate.EPOCH, java.time.LocalDate.EPOCH, code));
        }
        return Period.parse(obligation.periodType(), code);
    }

    public Period parse(String code) {
        Period p = switch (obligation.periodType()) {
            case LISTED -> listed(code).map(ListedPeriod::period).orElse(null);
            default -> Period.parse(obligation.periodType(), code);
        };
        return p == null || !started(p) ? null : p;
    }

    private Optional<ListedPeriod> listed(String code) {
        return obligation.listed().stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The newest period open on that day: the one a unit fills in now and its recipient watches. */
    public Period current(LocalDate today) {
        if (obligation.periodType() == PeriodType.LISTED) {
            List<Period> started = recent(today, 1);
            return started.isEmpty() ? obligation.listed().stream().findFirst().map(ListedPeriod::period).orElse(null) : started.get(0);
        }
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

    /**
     * The newest period whose due day has come (it is today or passed): the one a recipient checks first. Until the
     * first period is due, the current one.
     */
    public Period latestDue(LocalDate today) {
        Period current = current(today);
        if (obligation.periodType() == PeriodType.LISTED) {
            return recent(today, obligation.listed().size()).stream().filter(p -> !dueDate(p).isAfter(today)).findFirst().orElse(current);
        }
        for (Period p = current; started(p); p = p.previous()) {
            if (!dueDate(p).isAfter(today)) {
                return p;
            }
        }
        return current;
    }

    /** The current period and up to count-1 before it, newest first, never before the obligation started. */
    public List<Period> recent(LocalDate today, int count) {
        if (obligation.periodType() == PeriodType.EVENT) {
            return List.of();
        }
        if (obligation.periodType() == PeriodType.LISTED) {
            return obligation.listed().stream().filter(l -> !l.start().toLocalDate().isAfter(today))
                    .sorted(Comparator.comparing(ListedPeriod::start).reversed()).limit(count).map(ListedPeriod::period).toList();
        }
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
        if (obligation.periodType() == PeriodType.LISTED) {
            return "trong vòng " + hours().hours() + " giờ sau khi kết thúc mỗi buổi";
        }
        String words = rule().words(obligation.periodType());
        return obligation.moveOffDaysOff() ? words + " (lùi sang ngày làm việc kế tiếp nếu trùng ngày nghỉ)" : words;
    }
}
