package vn.lantoa.reporting.review;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.storage.ContentDisposition;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportRepository;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.dashboard.DashboardPages;
import vn.lantoa.reporting.dashboard.DrillDown;
import vn.lantoa.reporting.export.OfficialReports;
import vn.lantoa.reporting.form.Answers;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormView;
import vn.lantoa.reporting.form.ReportFormVersionRepository;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationRepository;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.rollup.ChildrenTotals;
import vn.lantoa.reporting.send.SentReports;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * A report from below as its recipient sees it: the answers, every version with a diff, and accept or return with a
 * reason. Units further up read it too, never decide on it.
 */
@Hidden
@Controller("/admin/u/{unitId}/received-reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ReceivedReportController {

    private final ReportRepository reports;
    private final ObligationRepository obligations;
    private final ReportFormVersionRepository formVersions;
    private final ReviewService review;
    private final Answers answers;
    private final ChildrenTotals childrenTotals;
    private final OfficialReports official;
    private final SentReports sent;
    private final DrillDown drillDown;
    private final vn.lantoa.files.FileService files;
    private final vn.lantoa.files.FileDownloads downloads;
    private final UnitRefRepository units;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Clock clock;
    private final ReadableReports readable;

    ReceivedReportController(ReportRepository reports, ObligationRepository obligations, ReportFormVersionRepository formVersions,
                             ReviewService review, Answers answers, ChildrenTotals childrenTotals, OfficialReports official,
                             SentReports sent, DrillDown drillDown, vn.lantoa.files.FileService files, vn.lantoa.files.FileDownloads downloads,
                             UnitRefRepository units, Access access, ShellFactory shells, Pages pages, Clock clock, ReadableReports readable) {
        this.sent = sent;
        this.drillDown = drillDown;
        this.readable = readable;
        this.files = files;
        this.downloads = downloads;
        this.official = official;
        this.childrenTotals = childrenTotals;
        this.reports = reports;
        this.obligations = obligations;
        this.formVersions = formVersions;
        this.review = review;
        this.answers = answers;
        this.units = units;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.clock = clock;
    }

    @Get("/{reportId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long reportId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return page(request, actor, unit, reportId, new FieldErrors(), "", HttpStatus.OK);
    }

    /** The report a unit below sent for an obligation and period: where a line of a roll-up or a dashboard leads. */
    @Get("/of/{senderId}/{obligationId}/{periodCode}")
    HttpResponse<?> of(Actor actor, long unitId, long senderId, long obligationId, String periodCode) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Report report = reports.findByUnitIdAndObligationIdAndPeriodCode(senderId, obligationId, periodCode)
                .orElseThrow(() -> new NotFoundException("report of unit " + senderId));
        return Redirects.seeOther("/admin/u/" + unitId + "/received-reports/" + readable(unit, report.id()).id());
    }

    @Post("/{reportId}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(HttpRequest<?> request, Actor actor, long unitId, long reportId) {
        UnitRef unit = access.require(actor, unitId, Permission.REVIEW_REPORTS);
        try {
            review.accept(actor, unit, reportId);
            return Redirects.seeOther("/admin/u/" + unitId + "/received-reports/" + reportId, Flash.success("report.acceptedFlash"));
        } catch (UserInputException e) {
            return page(request, actor, unit, reportId, e.errors(), "", HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (ConflictException e) {
            return page(request, actor, unit, reportId, new FieldErrors().add("decision", e.messageKey()), "", HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Post("/{reportId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> returnReport(HttpRequest<?> request, Actor actor, long unitId, long reportId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.REVIEW_REPORTS);
        try {
            review.returnReport(actor, unit, reportId, body.get("reason"));
            return Redirects.seeOther("/admin/u/" + unitId + "/received-reports/" + reportId, Flash.success("report.returnedFlash"));
        } catch (UserInputException e) {
            return page(request, actor, unit, reportId, e.errors(), body.getOrDefault("reason", ""), HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (ConflictException e) {
            return page(request, actor, unit, reportId, new FieldErrors().add("decision", e.messageKey()), body.getOrDefault("reason", ""),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Get("/{reportId}/files/{fileId}")
    @Produces(MediaType.ALL)
    HttpResponse<?> download(Actor actor, long unitId, long reportId, long fileId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Report report = readable(unit, reportId);
        if (!sent.attached(report, fileId)) {
            throw new NotFoundException("file " + fileId);
        }
        // The recipient's people read the attachment with the report, as they read its answers, whatever they see below.
        return downloads.stream(files.attachedFile(units.findById(report.unitId()).orElseThrow(), fileId), false);
    }

    @Get("/{reportId}/pdf")
    @Produces(MediaType.ALL)
    HttpResponse<?> pdf(Actor actor, long unitId, long reportId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Report report = readable(unit, reportId);
        Obligation obligation = obligations.findById$WithoutTenancy(report.obligationId()).orElseThrow();
        FormDefinition form = answers.form(formVersions.findById$WithoutTenancy(report.formVersionId()).orElseThrow());
        byte[] bytes = official.reportPdf(report, obligation, ObligationSchedule.periodOf(obligation, report.periodCode()), form, sent.answers(report));
        return HttpResponse.ok(bytes).contentType("application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition", ContentDisposition.attachment("bao-cao-" + report.periodCode() + ".pdf"));
    }

    @Get("/{reportId}/xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<?> xlsx(Actor actor, long unitId, long reportId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Report report = readable(unit, reportId);
        Obligation obligation = obligations.findById$WithoutTenancy(report.obligationId()).orElseThrow();
        FormDefinition form = answers.form(formVersions.findById$WithoutTenancy(report.formVersionId()).orElseThrow());
        String unitName = units.findById(report.unitId()).map(UnitRef::name).orElse("");
        return OfficialReports.reportXlsx(report, unitName, obligation, ObligationSchedule.periodOf(obligation, report.periodCode()), form,
                sent.answers(report)).response("bao-cao-" + report.periodCode() + ".xlsx");
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, long reportId, FieldErrors errors, String reason, HttpStatus status) {
        Report report = readable(unit, reportId);
        Obligation obligation = obligations.findById$WithoutTenancy(report.obligationId()).orElseThrow();
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        Period period = ObligationSchedule.periodOf(obligation, report.periodCode());
        FormDefinition form = answers.form(formVersions.findById$WithoutTenancy(report.formVersionId()).orElseThrow());
        Instant lateFrom = schedule.lateFrom(period);
        Instant now = clock.instant();
        ReportStatus reportStatus = ReportStatus.of(SentReports.facts(report), lateFrom, now);
        long daysLate = ReportStatus.daysLate(lateFrom, report.firstSubmittedAt());
        Map<String, String> shown = sent.answers(report);
        boolean canDecide = report.recipientUnitId().equals(unit.id()) && access.can(actor, unit, Permission.REVIEW_REPORTS)
                && report.status() == Report.State.SUBMITTED;
        UnitRef sender = units.findById(report.unitId()).orElseThrow();
        DashboardPages.ReportLinks links = drillDown.around(actor, unit, report, obligation, period, sender);
        return pages.render(status, "reporting/received", new ReviewPages.ReceivedReportPage(shells.of(request, actor, unit, links.nav()), report,
                sender.name(), obligation, period, schedule.dueDate(period), reportStatus, daysLate,
                FormView.of(form, shown, answers.read(report.prefilled()), new FieldErrors(), false), sent.history(report, form), canDecide, errors, reason,
                childrenTotals.compare(report, sender), sent.attachments(report), links));
    }

    private Report readable(UnitRef reader, long reportId) {
        return readable.readable(reader, reportId);
    }
}
