package vn.lantoa.reporting.deadline;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.LockExceptions;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the receiving unit does about units that have not sent, from its deadline screen: remind them, or let one send after the lock. */
@Singleton
class Chasing {

    private final LockExceptions lockExceptions;
    private final Reminders reminders;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    Chasing(LockExceptions lockExceptions, Reminders reminders, Access access, AuditLog audit, Clock clock) {
        this.lockExceptions = lockExceptions;
        this.reminders = reminders;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Lets one unit send a locked period until the end of the given day. */
    @Transactional
    void grantException(Actor actor, UnitRef recipient, Obligation obligation, Period period, long unitId, LocalDate until) {
        access.require(actor, recipient, Permission.REVIEW_REPORTS);
        if (until == null || until.isBefore(LocalDate.now(clock.withZone(DueRule.VIETNAM)))) {
            throw UserInputException.of("until", "report.exceptionDate");
        }
        lockExceptions.grant(unitId, obligation.id(), period.code(), until.plusDays(1).atStartOfDay(DueRule.VIETNAM).toInstant(), clock.instant(),
                actor.userId());
        audit.record(actor, recipient.id(), "report.exception", "obligation", obligation.id(),
                "Cho phép đơn vị " + unitId + " gửi báo cáo kỳ " + period.code() + " đến hết ngày " + until, null, null);
    }

    /** Who a click on "remind all" reached, who it could not reach (nobody there to mail), and how many were reminded earlier today. */
    record Reminded(List<String> reached, List<String> unreachable, int already) {
    }

    /** One click: every overdue unit on the screen gets a reminder, at most once a day; each unit's outcome is recorded. */
    @Transactional
    Reminded remindOverdue(Actor actor, UnitRef recipient, Obligation obligation, Period period, List<DeadlineRow> rows) {
        access.require(actor, recipient, Permission.REVIEW_REPORTS);
        List<String> reached = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        int already = 0;
        for (DeadlineRow row : rows) {
            if (row.status() != ReportStatus.OVERDUE) {
                continue;
            }
            Optional<ReminderNote.Outcome> outcome = reminders.overdue(actor.userId(), obligation, period, row.unitId(), row.unitName(), recipient);
            if (outcome.isEmpty()) {
                already++;
            } else if (outcome.get() == ReminderNote.Outcome.SENT) {
                reached.add(row.unitName());
            } else {
                unreachable.add(row.unitName());
            }
        }
        audit.record(actor, recipient.id(), "report.reminded", "obligation", obligation.id(),
                "Nhắc " + reached.size() + " đơn vị chưa gửi báo cáo kỳ " + period.code()
                        + (unreachable.isEmpty() ? "" : "; không nhắc được " + unreachable.size() + " đơn vị không có người nhận thư"), null,
                Map.of("reached", reached, "unreachable", unreachable, "alreadyToday", already));
        return new Reminded(reached, unreachable, already);
    }
}
