package vn.lantoa.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.mail.BatchProgress;
import vn.lantoa.platform.storage.ContentDisposition;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Onboarding pages: upload a CSV/XLSX, read the preview, confirm, watch the progress. */
@Hidden
@Controller("/admin/u/{unitId}/import")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ImportController {

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    @Serdeable
    record Progress(String status, int done, int total, boolean finished) {
    }

    private final Imports imports;
    private final Access access;
    private final ShellFactory shells;

    private final Pages pages;

    ImportController(Imports imports, Access access, ShellFactory shells, Pages pages) {
        this.pages = pages;
        this.imports = imports;
        this.access = access;
        this.shells = shells;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.IMPORT_UNITS);
        return uploadPage(request, actor, unit, new FieldErrors(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, Actor actor, long unitId, @Nullable @Part("file") CompletedFileUpload file) {
        UnitRef unit = access.require(actor, unitId, Permission.IMPORT_UNITS);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return uploadPage(request, actor, unit, new FieldErrors().add("file", "file.required"), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            return uploadPage(request, actor, unit, new FieldErrors().add("file", "file.tooLarge", MAX_FILE_BYTES / (1024 * 1024)),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            long jobId = imports.preview(actor, unit, file.getFilename(), file.getBytes());
            return Redirects.seeOther("/admin/u/" + unitId + "/import/" + jobId);
        } catch (UserInputException e) {
            return uploadPage(request, actor, unit, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/template.csv")
    @Produces("text/csv")
    HttpResponse<?> csvTemplate(Actor actor, long unitId) {
        access.require(actor, unitId, Permission.IMPORT_UNITS);
        return HttpResponse.ok(ImportTemplates.csv()).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", ContentDisposition.attachment("mau-nhap-don-vi.csv"));
    }

    @Get("/template.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    HttpResponse<?> xlsxTemplate(Actor actor, long unitId) {
        access.require(actor, unitId, Permission.IMPORT_UNITS);
        return HttpResponse.ok(ImportTemplates.xlsx())
                .header("Content-Disposition", ContentDisposition.attachment("mau-nhap-don-vi.xlsx"));
    }

    /** page and loi ("only lines with errors") choose which lines of the preview are shown, a hundred at a time. */
    @Get("/{jobId}")
    HttpResponse<?> job(HttpRequest<?> request, Actor actor, long unitId, long jobId, @Nullable @QueryValue String page,
                        @Nullable @QueryValue String loi) {
        UnitRef unit = access.require(actor, unitId, Permission.IMPORT_UNITS);
        ImportJob job = imports.job(actor, unit, jobId);
        PreviewSlice lines = job.status() == ImportStatus.PREVIEW || job.status() == ImportStatus.FAILED
                ? PreviewSlice.of(imports.rows(job), "1".equals(loi), pageNumber(page)) : PreviewSlice.none();
        BatchProgress invitations = job.status() == ImportStatus.DONE ? imports.invitations(job) : null;
        return pages.render("onboarding/job", new ImportPages.JobPage(shells.of(request, actor, unit, "import"), job, lines, invitations));
    }

    /** The invitations an import queued, for the page to follow while the mail queue sends them. */
    @Get("/{jobId}/invitations")
    @Produces(MediaType.APPLICATION_JSON)
    BatchProgress invitations(Actor actor, long unitId, long jobId) {
        UnitRef unit = access.require(actor, unitId, Permission.IMPORT_UNITS);
        return imports.invitations(imports.job(actor, unit, jobId));
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Get("/{jobId}/progress")
    @Produces(MediaType.APPLICATION_JSON)
    Progress progress(Actor actor, long unitId, long jobId) {
        UnitRef unit = access.require(actor, unitId, Permission.IMPORT_UNITS);
        ImportJob job = imports.job(actor, unit, jobId);
        return new Progress(job.status().name(), job.rowsDone(), job.rowsTotal(), job.status().finished());
    }

    @Post("/{jobId}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(Actor actor, long unitId, long jobId) {
        UnitRef unit = access.require(actor, unitId, Permission.IMPORT_UNITS);
        imports.confirm(actor, unit, jobId);
        return Redirects.seeOther("/admin/u/" + unitId + "/import/" + jobId);
    }

    @Post("/{jobId}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(Actor actor, long unitId, long jobId) {
        UnitRef unit = access.require(actor, unitId, Permission.IMPORT_UNITS);
        imports.cancel(actor, unit, jobId);
        return Redirects.seeOther("/admin/u/" + unitId + "/import", Flash.info("import.cancelled"));
    }

    private HttpResponse<?> uploadPage(HttpRequest<?> request, Actor actor, UnitRef unit, FieldErrors errors, HttpStatus status) {
        return pages.render(status, "onboarding/upload", new ImportPages.UploadPage(shells.of(request, actor, unit, "import"),
                imports.recent(unit), errors, SheetReader.MAX_ROWS));
    }
}
