package vn.lantoa.reporting.send;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.storage.ContentDisposition;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.export.OfficialReports;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormView;
import vn.lantoa.reporting.form.PostedForm;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.ReportFormVersion;
import vn.lantoa.reporting.obligation.Slot;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A unit's own reports: what it must send, filling one in (with autosave), asking for sign-off and sending. */
@Hidden
@Controller("/admin/u/{unitId}/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ReportAdminController {

    @Serdeable
    record Saved(Instant savedAt, String status) {
    }

    private final ReportService service;
    private final MyReports mine;
    private final ReportHistory history;
    private final OfficialReports official;
    private final ReportAttachments attachments;
    private final SentReports sent;
    private final vn.lantoa.files.FileService files;
    private final vn.lantoa.files.FileDownloads downloads;
    private final UnitRefRepository units;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Clock clock;

    ReportAdminController(ReportService service, MyReports mine, ReportHistory history, OfficialReports official, ReportAttachments attachments,
                          SentReports sent, vn.lantoa.files.FileService files, vn.lantoa.files.FileDownloads downloads, UnitRefRepository units,
                          Access access, ShellFactory shells, Pages pages, Clock clock) {
        this.attachments = attachments;
        this.sent = sent;
        this.files = files;
        this.downloads = downloads;
        this.official = official;
        this.service = service;
        this.mine = mine;
        this.history = history;
        this.units = units;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return pages.render("reporting/mine", new SendPages.MyReportsPage(shells.of(request, actor, unit, "reports"), mine.of(unit, 12),
                mine.events(unit), new FieldErrors(), ""));
    }

    /** Opens the report of a new event: the person says when it happened; the deadline counts from then. */
    @Post("/{obligationId}/events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> newEvent(HttpRequest<?> request, Actor actor, long unitId, long obligationId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.FILL_REPORTS);
        String text = body.getOrDefault("happenedAt", "").strip();
        Instant now = clock.instant();
        FieldErrors errors = new FieldErrors();
        Instant happened = null;
        try {
            happened = java.time.LocalDateTime.parse(text).atZone(DueRule.VIETNAM).toInstant();
            if (happened.isAfter(now.plusSeconds(300))) {
                errors.add("happenedAt", "incident.inFuture");
            } else if (happened.isBefore(now.minus(java.time.Duration.ofDays(60)))) {
                errors.add("happenedAt", "incident.tooOld");
            }
        } catch (java.time.format.DateTimeParseException e) {
            errors.add("happenedAt", "incident.whenRequired");
        }
        if (errors.hasAny()) {
            return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, "reporting/mine", new SendPages.MyReportsPage(shells.of(request, actor, unit,
                    "reports"), mine.of(unit, 12), mine.events(unit), errors, text));
        }
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        Period event = Period.event(happened.isAfter(now) ? now : happened, suffix);
        Slot slot = service.slot(unit, obligationId, event.code());
        return Redirects.seeOther("/admin/u/" + unitId + "/reports/" + slot.obligation().id() + "/" + event.code());
    }

    @Get("/{obligationId}/{periodCode}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long obligationId, String periodCode) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Slot slot = service.slot(unit, obligationId, periodCode);
        Report report = service.report(slot).orElse(null);
        if (!sent.readsDrafts(actor, unit)) {
            // Read from above: what was sent, or nothing at all.
            Report shown = SentReports.sentOnly(report);
            return page(request, actor, slot, shown, sent.answers(shown), new FieldErrors(), HttpStatus.OK);
        }
        Map<String, String> answers = report == null ? null : service.answersOf(report);
        return page(request, actor, slot, report, answers, new FieldErrors(), HttpStatus.OK);
    }

    /** action=save keeps a draft; action=signoff asks the head to sign; action=submit sends. */
    @Post("/{obligationId}/{periodCode}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> process(HttpRequest<?> request, Actor actor, long unitId, long obligationId, String periodCode, @Nullable @QueryValue String action,
                            @Body String body) {
        UnitRef unit = access.require(actor, unitId, Permission.FILL_REPORTS);
        Slot slot = service.slot(unit, obligationId, periodCode);
        Map<String, String> posted = PostedForm.parse(body);
        String back = "/admin/u/" + unitId + "/reports/" + obligationId + "/" + periodCode;
        try {
            if ("submit".equals(action)) {
                SendOutcome sent = submitKeepingDraft(actor, slot, posted);
                return Redirects.seeOther(back, Flash.success(sent.late() ? "report.sentLateFlash" : "report.sentFlash", slot.period().label()));
            }
            if ("fromBelow".equals(action)) {
                int filled = service.fillFromBelow(actor, slot, posted);
                return Redirects.seeOther(back, filled == 0 ? Flash.info("report.fromBelowNone") : Flash.success("report.fromBelowFlash", filled));
            }
            if ("refill".equals(action)) {
                return Redirects.seeOther(back, Flash.success("report.refillDone", service.refill(actor, slot, posted)));
            }
            if ("signoff".equals(action)) {
                service.requestSignoff(actor, slot, posted);
                return Redirects.seeOther(back, Flash.success("report.signoffRequestedFlash"));
            }
            service.saveDraft(actor, slot, posted);
            return Redirects.seeOther(back, Flash.success("report.savedFlash"));
        } catch (UserInputException e) {
            Report report = service.report(slot).orElse(null);
            return page(request, actor, slot, report, posted, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    /** A send that is refused keeps what was typed as a draft, so the person fixes the errors without typing again. */
    private SendOutcome submitKeepingDraft(Actor actor, Slot slot, Map<String, String> posted) {
        try {
            return service.submit(actor, slot, posted, posted.get("token"));
        } catch (UserInputException refused) {
            if (service.report(slot).map(r -> r.status().editable()).orElse(true)) {
                try {
                    service.saveDraft(actor, slot, posted);
                } catch (UserInputException notKept) {
                    refused.errors().addAll(notKept.errors());
                }
            }
            throw refused;
        }
    }

    @Post(value = "/{obligationId}/{periodCode}/attachments", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> attach(HttpRequest<?> request, Actor actor, long unitId, long obligationId, String periodCode,
                           @Nullable @io.micronaut.http.annotation.Part("file") io.micronaut.http.multipart.CompletedFileUpload file) {
        UnitRef unit = access.require(actor, unitId, Permission.FILL_REPORTS);
        Slot slot = service.slot(unit, obligationId, periodCode);
        String back = "/admin/u/" + unitId + "/reports/" + obligationId + "/" + periodCode;
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return Redirects.seeOther(back, Flash.error("report.fileRequired"));
        }
        try (java.io.InputStream in = file.getInputStream()) {
            attachments.attach(actor, slot, file.getFilename(), in);
        } catch (UserInputException e) {
            FieldErrors.FieldError first = e.errors().all().get(0);
            return Redirects.seeOther(back, Flash.error(first.key(), first.args().toArray()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Redirects.seeOther(back, Flash.success("report.attachedFlash", file.getFilename()));
    }

    @Get("/{obligationId}/{periodCode}/files/{fileId}")
    @Produces(MediaType.ALL)
    HttpResponse<?> download(Actor actor, long unitId, long obligationId, String periodCode, long fileId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Slot slot = service.slot(unit, obligationId, periodCode);
        Report report = service.report(slot).orElseThrow(() -> new NotFoundException("report"));
        if (sent.readsDrafts(actor, unit) ? !attachments.attached(report.id(), fileId) : !sent.attached(report, fileId)) {
            throw new NotFoundException("file " + fileId);
        }
        return downloads.stream(files.attachedFile(unit, fileId), false);
    }

    @Post("/{obligationId}/{periodCode}/files/{fileId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> detach(Actor actor, long unitId, long obligationId, String periodCode, long fileId) {
        UnitRef unit = access.require(actor, unitId, Permission.FILL_REPORTS);
        Slot slot = service.slot(unit, obligationId, periodCode);
        Report report = service.report(slot).orElseThrow(() -> new NotFoundException("report"));
        String back = "/admin/u/" + unitId + "/reports/" + obligationId + "/" + periodCode;
        try {
            attachments.detach(actor, report, fileId);
        } catch (UserInputException e) {
            return Redirects.seeOther(back, Flash.error("report.notEditable"));
        }
        return Redirects.seeOther(back, Flash.success("report.detachedFlash"));
    }

    /** The sent report as an official document (Nghị định 30/2020). */
    @Get("/{obligationId}/{periodCode}/pdf")
    @Produces(MediaType.ALL)
    HttpResponse<?> pdf(Actor actor, long unitId, long obligationId, String periodCode) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Slot slot = service.slot(unit, obligationId, periodCode);
        Report report = service.report(slot).filter(r -> r.firstSubmittedAt() != null).orElseThrow(() -> new NotFoundException("sent report"));
        FormDefinition form = service.form(service.formVersion(slot, report));
        byte[] bytes = official.reportPdf(report, slot.obligation(), slot.period(), form,
                sent.readsDrafts(actor, unit) ? service.answersOf(report) : sent.answers(report));
        return HttpResponse.ok(bytes).contentType("application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition", ContentDisposition.attachment("bao-cao-" + periodCode + ".pdf"));
    }

    /** The report's answers as a spreadsheet, one row per field. */
    @Get("/{obligationId}/{periodCode}/xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<?> xlsx(Actor actor, long unitId, long obligationId, String periodCode) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Slot slot = service.slot(unit, obligationId, periodCode);
        Report report = service.report(slot).orElseThrow(() -> new NotFoundException("report"));
        boolean own = sent.readsDrafts(actor, unit);
        FormDefinition form = service.form(service.formVersion(slot, report));
        return OfficialReports.reportXlsx(report, unit.name(), slot.obligation(), slot.period(), form, own ? service.answersOf(report) : sent.answers(report))
                .response("bao-cao-" + periodCode + ".xlsx");
    }

    /** The page's script saves what was typed every few seconds; nothing is validated, nothing typed is lost. */
    @Post("/{obligationId}/{periodCode}/autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Saved autosave(Actor actor, long unitId, long obligationId, String periodCode, @Body String body) {
        UnitRef unit = access.require(actor, unitId, Permission.FILL_REPORTS);
        Slot slot = service.slot(unit, obligationId, periodCode);
        Report saved = service.saveDraft(actor, slot, PostedForm.parse(body));
        return new Saved(saved.updatedAt(), saved.status().name());
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, Slot slot, Report report, Map<String, String> answers, FieldErrors errors,
                                 HttpStatus status) {
        UnitRef unit = slot.unit();
        ReportFormVersion version = service.formVersion(slot, report);
        FormDefinition form = service.form(version);
        Map<String, String> prefilled = report == null ? service.prefillFor(slot, form) : service.prefilledOf(report);
        Map<String, String> values = answers == null ? prefilled : answers;
        Instant now = clock.instant();
        Instant lateFrom = slot.schedule().lateFrom(slot.period());
        boolean own = sent.readsDrafts(actor, unit);
        ReportStatus reportStatus = ReportStatus.of(report == null ? ReportStatus.Facts.none() : own ? report.facts() : SentReports.facts(report), lateFrom, now);
        long daysLate = report != null && report.firstSubmittedAt() != null ? ReportStatus.daysLate(lateFrom, report.firstSubmittedAt())
                : ReportStatus.daysLate(lateFrom, now);
        Instant lockedFrom = slot.schedule().lockedFrom(slot.period());
        boolean locked = lockedFrom != null && !now.isBefore(lockedFrom) && (report == null || report.status() != Report.State.RETURNED)
                && !history.exceptionAllows(slot, now);
        boolean canFill = access.can(actor, unit, Permission.FILL_REPORTS);
        boolean editable = canFill && !locked && (report == null || report.status().editable());
        String recipientName = units.findById(slot.recipientId()).map(UnitRef::name).orElse("");
        ReportForm formRow = history.form(slot.obligation());
        return pages.render(status, "reporting/fill", new SendPages.FillPage(shells.of(request, actor, unit, "reports"), slot.obligation(),
                slot.period(), slot.schedule().dueDate(slot.period()), slot.schedule().ruleWords(), recipientName, report, reportStatus, daysLate,
                FormView.of(form, values, prefilled, errors, editable), errors, UUID.randomUUID().toString(), editable, canFill,
                access.can(actor, unit, Permission.SIGN_REPORTS), locked,
                report == null ? java.util.List.of() : own ? history.of(report, form) : sent.history(report, form),
                formRow.title(), version.number(), editable ? service.childrenTotals(slot) : List.of(),
                report == null ? List.of() : own ? attachments.list(report.id()) : sent.attachments(report)));
    }
}
