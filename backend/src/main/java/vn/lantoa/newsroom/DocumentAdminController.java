package vn.lantoa.newsroom;

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
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.List;

/** Official documents of a unit: entered, given their file, published or withdrawn. */
@Hidden
@Controller("/admin/u/{unitId}/documents")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
public class DocumentAdminController {

    public record ListPage(Shell shell, List<OfficialDocument> documents, String q, long total, boolean canWrite, boolean inReviewOnly,
                           long inReview) {
    }

    public record EditPage(Shell shell, OfficialDocument document, DocumentForm form, FieldErrors errors, List<Option> types, List<Option> files,
                           boolean canPublish, boolean canWrite, String publicUrl) {

        public boolean creating() {
            return document == null;
        }
    }

    private final OfficialDocumentRepository documents;
    private final DocumentService service;
    private final StoredFileRepository files;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;

    DocumentAdminController(OfficialDocumentRepository documents, DocumentService service, StoredFileRepository files, Access access,
                            ShellFactory shells, Pages pages) {
        this.documents = documents;
        this.service = service;
        this.files = files;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String q, @Nullable @QueryValue String status) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        long inReview = documents.countInReview(unitId);
        boolean inReviewOnly = OfficialDocument.IN_REVIEW.equals(status);
        if (inReviewOnly) {
            return pages.render("newsroom/documents", new ListPage(shells.of(request, actor, unit, "documents"), documents.findInReview(unitId, 200),
                    "", inReview, access.can(actor, unit, Permission.WRITE_CONTENT), true, inReview));
        }
        String pattern = "%" + VietnameseText.fold(q == null ? "" : q.strip()).replaceAll("\\s+", "%") + "%";
        return pages.render("newsroom/documents", new ListPage(shells.of(request, actor, unit, "documents"),
                documents.search(unitId, false, null, null, pattern, "%", "%", 200, 0), q == null ? "" : q,
                documents.count(unitId, false, null, null, pattern, "%", "%"), access.can(actor, unit, Permission.WRITE_CONTENT), false, inReview));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        return page(request, actor, unit, null, DocumentForm.empty(unit.name()), new FieldErrors(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body DocumentForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        FieldErrors errors = new FieldErrors();
        DocumentForm.Draft draft = form.validate(errors);
        if (errors.hasAny()) {
            return page(request, actor, unit, null, form, errors, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            OfficialDocument saved = service.create(actor, unit, draft);
            return Redirects.seeOther("/admin/u/" + unitId + "/documents/" + saved.id(), Flash.success("document.saved", saved.number()));
        } catch (UserInputException e) {
            return page(request, actor, unit, null, form, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Get("/{documentId}")
    HttpResponse<?> edit(HttpRequest<?> request, Actor actor, long unitId, long documentId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        OfficialDocument document = service.load(actor, unit, documentId);
        return page(request, actor, unit, document, DocumentForm.from(document), new FieldErrors(), HttpStatus.OK);
    }

    @Post("/{documentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, Actor actor, long unitId, long documentId, @Body DocumentForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        OfficialDocument document = service.load(actor, unit, documentId);
        FieldErrors errors = new FieldErrors();
        DocumentForm.Draft draft = form.validate(errors);
        if (errors.hasAny()) {
            return page(request, actor, unit, document, form, errors, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            OfficialDocument saved = service.update(actor, unit, documentId, draft);
            return Redirects.seeOther("/admin/u/" + unitId + "/documents/" + documentId, Flash.success("document.saved", saved.number()));
        } catch (UserInputException e) {
            return page(request, actor, unit, document, form, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Post("/{documentId}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> step(HttpRequest<?> request, Actor actor, long unitId, long documentId, String step) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        try {
            switch (step) {
                case "submit" -> service.submit(actor, unit, documentId);
                case "publish" -> service.publish(actor, unit, documentId, true);
                case "withdraw" -> service.publish(actor, unit, documentId, false);
                case "delete" -> {
                    service.delete(actor, unit, documentId);
                    return Redirects.seeOther("/admin/u/" + unitId + "/documents", Flash.success("document.deletedFlash"));
                }
                default -> throw new vn.lantoa.platform.web.NotFoundException("step " + step);
            }
        } catch (UserInputException e) {
            OfficialDocument document = service.load(actor, unit, documentId);
            return page(request, actor, unit, document, DocumentForm.from(document), e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Redirects.seeOther("/admin/u/" + unitId + "/documents/" + documentId, Flash.success("document." + step + "Flash"));
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, OfficialDocument document, DocumentForm form,
                                 FieldErrors errors, HttpStatus status) {
        Shell shell = shells.of(request, actor, unit, "documents");
        List<Option> types = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            types.add(new Option(type.name(), shell.t(type.labelKey())));
        }
        List<Option> fileOptions = new ArrayList<>();
        fileOptions.add(new Option("", shell.t("document.noFile")));
        files.findByUnit(unit.id(), 300, 0).stream().filter(f -> !f.isImage())
                .forEach(f -> fileOptions.add(new Option(String.valueOf(f.id()), f.originalName())));
        String publicUrl = document != null && document.published() ? "/" + unit.slug() + "/van-ban/" + document.id() : null;
        return pages.render(status, "newsroom/document", new EditPage(shell, document, form, errors, types, fileOptions,
                access.can(actor, unit, Permission.APPROVE_CONTENT), access.can(actor, unit, Permission.WRITE_CONTENT), publicUrl));
    }
}
