package vn.lantoa.reporting;

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
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
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
    private final ReportHistory history;
    private final ReviewService review;
    private final Answers answers;
    private final ChildrenTotals childrenTotals;
    private final OfficialReports official;
    private final ReportAttachments attachments;
    private final vn.lantoa.files.FileService files;
    private final vn.lantoa.files.FileDownloads downloads;
    private final UnitRefRepository units;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Clock clock;
    private final PeriodTree tree;

    ReceivedReportController(ReportRepository reports, ObligationRepository obligations, ReportFormVersionRepository formVersions,
                             ReportHistory history, ReviewService review, Answers answers, ChildrenTotals childrenTotals, OfficialReports official,
                             ReportAttachments attachments, vn.lantoa.files.FileService files, vn.lantoa.files.FileDownloads downloads,
                             UnitRefRepository units, Access access, ShellFactory shells, Pages pages, Clock clock, PeriodTree tree) {
        this.tree = tree;
        this.attachments = attachments;
        this.files = files;
        this.downloads = downloads;
        this.official = official;
        this.childrenTotals = childrenTotals;
        this.reports = reports;
        this.obligations = obligations;
        this.formVersions = formVersions;
        this.history = history;
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

    @Post("/{reportId}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(HttpRequest<?> request, Actor actor, long unitId, long reportId) {
        UnitRef unit = access.require(actor, unitId, Permission.REVIEW_REPORTS);
        try {
            review.accept(actor, unit, reportId);
            return Redirects.seeOther("/admin/u/" + unitId + "/received-reports/" + reportId, Flash.success("report.acceptedFlash"));
        } catch (UserInputException e) {
            return page(request, actor, unit, reportId, e.errors(), "", HttpStatus.UNPROCESSABLE_ENTITY);
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
        }
    }

    @Get("/{reportId}/files/{fileId}")
    @Produces(MediaType.ALL)
    HttpResponse<?> download(Actor actor, long unitId, long reportId, long fileId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Report report = readable(unit, reportId);
        if (report.firstSubmittedAt() == null || !attachments.attached(report.id(), fileId)) {
            throw new NotFoundException("file " + fileId);
        }
        return downloads.stream(files.readable(actor, units.findById(report.unitId()).orElseThrow(), fileId), false);
    }

    @Get("/{reportId}/pdf")
    @Produces(MediaType.ALL)
    HttpResponse<?> pdf(Actor actor, long unitId, long reportId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Report report = readable(unit, reportId);
        if (report.firstSubmittedAt() == null) {
            throw new NotFoundException("sent report " + reportId);
        }
        Obligation obligation = obligations.findById$WithoutTenancy(report.obligationId()).orElseThrow();
        FormDefinition form = answers.form(formVersions.findById$WithoutTenancy(report.formVersionId()).orElseThrow());
        byte[] bytes = official.reportPdf(report, obligation, ObligationSchedule.periodOf(obligation, report.periodCode()), form, sentAnswers(report));
        return HttpResponse.ok(bytes).contentType("application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition", ContentDisposition.attachment("bao-cao-" + report.periodCode() + ".pdf"));
    }

    @Get("/{reportId}/xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<?> xlsx(Actor actor, long unitId, long reportId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Report report = readable(unit, reportId);
        if (report.firstSubmittedAt() == null) {
            throw new NotFoundException("sent report " + reportId);
        }
        Obligation obligation = obligations.findById$WithoutTenancy(report.obligationId()).orElseThrow();
        FormDefinition form = answers.form(formVersions.findById$WithoutTenancy(report.formVersionId()).orElseThrow());
        String unitName = units.findById(report.unitId()).map(UnitRef::name).orElse("");
        return OfficialReports.reportXlsx(report, unitName, obligation, ObligationSchedule.periodOf(obligation, report.periodCode()), form,
                sentAnswers(report)).response("bao-cao-" + report.periodCode() + ".xlsx");
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, long reportId, FieldErrors errors, String reason, HttpStatus status) {
        Report report = readable(unit, reportId);
        Obligation obligation = obligations.findById$WithoutTenancy(report.obligationId()).orElseThrow();
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        Period period = ObligationSchedule.periodOf(obligation, report.periodCode());
        FormDefinition form = answers.form(formVersions.findById$WithoutTenancy(report.formVersionId()).orElseThrow());
        Instant lateFrom = schedule.lateFrom(period);
        Instant now = clock.instant();
        ReportStatus reportStatus = ReportStatus.of(report.facts(), lateFrom, now);
        long daysLate = report.firstSubmittedAt() == null ? ReportStatus.daysLate(lateFrom, now) : ReportStatus.daysLate(lateFrom, report.firstSubmittedAt());
        // The recipient reads what was sent; a draft being typed stays the unit's own until it is sent.
        Map<String, String> shown = report.firstSubmittedAt() == null ? Map.of() : sentAnswers(report);
        boolean canDecide = report.recipientUnitId().equals(unit.id()) && access.can(actor, unit, Permission.REVIEW_REPORTS)
                && report.status() == Report.State.SUBMITTED;
        String unitName = units.findById(report.unitId()).map(UnitRef::name).orElse("");
        return pages.render(status, "reporting/received", new ReportingPages.ReceivedReportPage(shells.of(request, actor, unit, "deadlines"), report,
                unitName, obligation, period, schedule.dueDate(period), reportStatus, daysLate,
                FormView.of(form, shown, answers.read(report.prefilled()), new FieldErrors(), false), history.of(report, form), canDecide, errors, reason,
                childrenTotals.compare(report, units.findById(report.unitId()).orElseThrow()), attachments.list(report.id())));
    }

    private Map<String, String> sentAnswers(Report report) {
        if (report.status().editable()) {
            // Returned and being corrected: the recipient still sees the last version it received.
            return history.lastSent(report).orElse(Map.of());
        }
        return answers.read(report.answers());
    }

    /**
     * The recipient, or a unit above the sender (now, or in the tree of the report's period: a Sở keeps reading the past
     * reports of the schools of a Phòng that moved away), may read a report; anyone else gets 404.
     */
    private Report readable(UnitRef reader, long reportId) {
        Report report = reports.findById$WithoutTenancy(reportId).orElseThrow(() -> new NotFoundException("report " + reportId));
        if (report.recipientUnitId().equals(reader.id())) {
            return report;
        }
        UnitRef sender = units.findById(report.unitId()).orElseThrow();
        if (reader.isAncestorOf(sender) || wasAbove(reader, sender, report)) {
            return report;
        }
        throw new NotFoundException("report " + reportId);
    }

    private boolean wasAbove(UnitRef reader, UnitRef sender, Report report) {
        Period period = obligations.findById$WithoutTenancy(report.obligationId()).map(o -> ObligationSchedule.periodOf(o, report.periodCode())).orElse(null);
        if (period == null) {
            return false;
        }
        UnitRef readerThen = tree.placeOrLast(reader, period);
        return tree.place(sender, period).map(readerThen::isAncestorOf).orElse(false);
    }
}
