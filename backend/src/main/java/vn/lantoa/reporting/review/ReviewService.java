package vn.lantoa.reporting.review;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.LockExceptions;
import vn.lantoa.reporting.core.PeopleToTell;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportMails;
import vn.lantoa.reporting.core.ReportRepository;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.core.ReportVersion;
import vn.lantoa.reporting.core.ReportVersionRepository;
import vn.lantoa.reporting.deadline.DeadlineRow;
import vn.lantoa.reporting.deadline.ReminderNote;
import vn.lantoa.reporting.deadline.Reminders;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationRepository;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.rollup.RollUpStore;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the receiving unit does with reports: accept, return with a reason, remind, and let a late unit send after the lock. */
@Singleton
public class ReviewService {

    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final ObligationRepository obligations;
    private final UnitRefRepository units;
    private final LockExceptions lockExceptions;
    private final Reminders reminders;
    private final PeopleToTell people;
    private final ReportMails mails;
    private final MailOutbox outbox;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;
    private final RollUpStore rollUps;

    ReviewService(ReportRepository reports, ReportVersionRepository versions, ObligationRepository obligations, UnitRefRepository units,
                  LockExceptions lockExceptions, Reminders reminders, PeopleToTell people, ReportMails mails, MailOutbox outbox, Access access,
                  AuditLog audit, Clock clock, RollUpStore rollUps) {
        this.rollUps = rollUps;
        this.reports = reports;
        this.versions = versions;
        this.obligations = obligations;
        this.units = units;
        this.lockExceptions = lockExceptions;
        this.reminders = reminders;
        this.people = people;
        this.mails = mails;
        this.outbox = outbox;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void accept(Actor actor, UnitRef recipient, long reportId) {
        access.require(actor, recipient, Permission.REVIEW_REPORTS);
        Report report = reports.findByRecipientUnitIdAndId(recipient.id(), reportId).orElseThrow(() -> new NotFoundException("report " + reportId));
        Instant now = clock.instant();
        if (reports.decide(recipient.id(), reportId, Report.State.ACCEPTED.name(), now, actor.userId(), null) == 0) {
            throw UserInputException.of("decision", "report.notSubmitted");
        }
        versions.save(new ReportVersion(null, report.unitId(), reportId, versions.lastNumber(report.unitId(), reportId) + 1,
                ReportVersion.Action.ACCEPTED, null, null, null, now, actor.userId()));
        audit.record(actor, recipient.id(), "report.accepted", "report", reportId, "Tiếp nhận báo cáo kỳ " + report.periodCode(), null, null);
    }

    /** Returns the report to its unit, which corrects and sends it again; the reason is required and mailed to the unit. */
    @Transactional
    public void returnReport(Actor actor, UnitRef recipient, long reportId, String reason) {
        access.require(actor, recipient, Permission.REVIEW_REPORTS);
        Report report = reports.findByRecipientUnitIdAndId(recipient.id(), reportId).orElseThrow(() -> new NotFoundException("report " + reportId));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw UserInputException.of("reason", "report.reasonRequired");
        }
        if (why.length() > 1000) {
            throw UserInputException.of("reason", "report.reasonTooLong", 1000);
        }
        Instant now = clock.instant();
        // The group's lock first, as a send takes it, so a return and a send of the same group queue rather than deadlock.
        java.util.Optional<RollUpStore.Group> group = rollUps.groupOf(reportId);
        group.ifPresent(rollUps::lockGroup);
        if (reports.decide(recipient.id(), reportId, Report.State.RETURNED.name(), now, actor.userId(), why) == 0) {
            throw UserInputException.of("decision", "report.notSubmitted");
        }
        group.ifPresent(g -> rollUps.markReturned(reportId, g));
        versions.save(new ReportVersion(null, report.unitId(), reportId, versions.lastNumber(report.unitId(), reportId) + 1,
                ReportVersion.Action.RETURNED, null, why, null, now, actor.userId()));
        Obligation obligation = obligations.findById$WithoutTenancy(report.obligationId()).orElseThrow();
        UnitRef unit = units.findById(report.unitId()).orElseThrow();
        Period period = ObligationSchedule.periodOf(obligation, report.periodCode());
        String path = "/admin/u/" + unit.id() + "/reports/" + obligation.id() + "/" + report.periodCode();
        for (String email : people.reportingEmails(unit.id())) {
            outbox.enqueue(mails.returned(email, unit.name(), recipient.name(), obligation.title(), period.label(), why, path));
        }
        audit.record(actor, recipient.id(), "report.returned", "report", reportId, "Trả lại báo cáo kỳ " + report.periodCode() + ": " + why, null,
                Map.of("reason", why));
    }

    /** Lets one unit send a locked period until the end of the given day. */
    @Transactional
    public void grantException(Actor actor, UnitRef recipient, Obligation obligation, Period period, long unitId, LocalDate until) {
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
    public record Reminded(List<String> reached, List<String> unreachable, int already) {
    }

    /** One click: every overdue unit on the screen gets a reminder, at most once a day; each unit's outcome is recorded. */
    @Transactional
    public Reminded remindOverdue(Actor actor, UnitRef recipient, Obligation obligation, Period period, List<DeadlineRow> rows) {
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
