package vn.lantoa.reporting.review;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.core.PeopleToTell;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportEvents;
import vn.lantoa.reporting.core.ReportMails;
import vn.lantoa.reporting.core.ReportRepository;
import vn.lantoa.reporting.core.ReportVersion;
import vn.lantoa.reporting.core.ReportVersionRepository;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationRepository;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.rollup.RollUpStore;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.webhook.WebhookEvent;
import vn.lantoa.webhook.WebhookEventType;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the receiving unit does with reports: accept, or return with a reason. A report already decided on (or returned
 * and not sent again) is a conflict: someone decided first.
 */
@Singleton
public class ReviewService {

    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final ObligationRepository obligations;
    private final UnitRefRepository units;
    private final PeopleToTell people;
    private final ReportMails mails;
    private final MailOutbox outbox;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;
    private final RollUpStore rollUps;
    private final ReportEvents events;

    ReviewService(ReportRepository reports, ReportVersionRepository versions, ObligationRepository obligations, UnitRefRepository units,
                  PeopleToTell people, ReportMails mails, MailOutbox outbox, Access access,
                  AuditLog audit, Clock clock, RollUpStore rollUps, ReportEvents events) {
        this.rollUps = rollUps;
        this.events = events;
        this.reports = reports;
        this.versions = versions;
        this.obligations = obligations;
        this.units = units;
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
            throw new ConflictException("report.notSubmitted");
        }
        versions.save(new ReportVersion(null, report.unitId(), reportId, versions.lastNumber(report.unitId(), reportId) + 1,
                ReportVersion.Action.ACCEPTED, null, null, null, now, actor.userId()));
        audit.record(actor, recipient.id(), "report.accepted", "report", reportId, "Tiếp nhận báo cáo kỳ " + report.periodCode(), null, null);
        Obligation obligation = obligations.findById$WithoutTenancy(report.obligationId()).orElseThrow();
        tell(WebhookEventType.REPORT_ACCEPTED, obligation, report, now, Map.of("decidedAt", WebhookEvent.time(now)));
    }

    /** The decision as webhooks see it: the report of its unit, as it was sent, with when and (for a return) why. */
    private void tell(WebhookEventType type, Obligation obligation, Report report, Instant now, Map<String, Object> extra) {
        UnitRef unit = units.findById(report.unitId()).orElseThrow();
        events.record(type, new ReportEvents.About(unit, obligation.id(), obligation.title(), ObligationSchedule.periodOf(obligation, report.periodCode())),
                report, now, extra);
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
            throw new ConflictException("report.notSubmitted");
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
        tell(WebhookEventType.REPORT_RETURNED, obligation, report, now, Map.of("decidedAt", WebhookEvent.time(now), "reason", why));
    }
}
