package vn.lantoa.press.contacts;

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
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.storage.ContentDisposition;
import vn.lantoa.platform.web.ConflictException;
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

/** Importing journalists from a spreadsheet: the template, the upload, the preview with each line's problems, the confirmation. */
@Hidden
@Controller("/admin/u/{unitId}/press/contacts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ContactImportController {

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final ContactImport imports;

    ContactImportController(Access access, ShellFactory shells, Pages pages, ContactImport imports) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.imports = imports;
    }

    @Get("/template.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    HttpResponse<?> template(Actor actor, long unitId) {
        access.require(actor, unitId, Permission.HANDLE_PRESS);
        return HttpResponse.ok(ContactSheet.template()).header("Content-Disposition", ContentDisposition.attachment("mau-danh-ba-bao-chi.xlsx"));
    }

    @Get("/import")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return uploadPage(request, actor, unit, new FieldErrors(), HttpStatus.OK);
    }

    @Post("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, Actor actor, long unitId, @Nullable @Part("file") CompletedFileUpload file) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return uploadPage(request, actor, unit, new FieldErrors().add("file", "file.required"), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (file.getSize() > ContactSheet.MAX_BYTES) {
            return uploadPage(request, actor, unit, new FieldErrors().add("file", "contacts.import.tooLarge", ContactSheet.MAX_BYTES / (1024 * 1024)),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            long id = imports.upload(actor, unit, file.getFilename(), file.getBytes());
            return Redirects.seeOther(ContactsController.base(unitId) + "/import/" + id);
        } catch (UserInputException e) {
            return uploadPage(request, actor, unit, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/import/{importId}")
    HttpResponse<?> preview(HttpRequest<?> request, Actor actor, long unitId, long importId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return pages.render("press/contacts/preview", new ContactPages.PreviewPage(shells.of(request, actor, unit, "press"),
                imports.preview(unit, importId), new FieldErrors()));
    }

    @Post("/import/{importId}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(HttpRequest<?> request, Actor actor, long unitId, long importId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        try {
            int added = imports.confirm(actor, unit, importId);
            return Redirects.seeOther(ContactsController.base(unitId), Flash.success("contacts.import.done", added));
        } catch (UserInputException e) {
            return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, "press/contacts/preview", new ContactPages.PreviewPage(
                    shells.of(request, actor, unit, "press"), imports.preview(unit, importId), e.errors()));
        } catch (ConflictException e) {
            return Redirects.seeOther(ContactsController.base(unitId), Flash.info(e.messageKey()));
        }
    }

    private HttpResponse<?> uploadPage(HttpRequest<?> request, Actor actor, UnitRef unit, FieldErrors errors, HttpStatus status) {
        return pages.render(status, "press/contacts/import", new ContactPages.ImportPage(shells.of(request, actor, unit, "press"), errors,
                ContactSheet.MAX_ROWS, ContactSheet.MAX_BYTES / (1024 * 1024)));
    }
}
