package vn.lantoa.files;

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
import io.swagger.v3.oas.annotations.Hidden;
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
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The unit's file library: upload, list, download, delete. Like the media library it is the unit's own working
 * material (attachments of reports not yet sent, photos of draft articles), so only its members read it; units above
 * read a file where it was sent or published (a received report, the public site).
 */
@Hidden
@Controller("/admin/u/{unitId}/files")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class FileAdminController {

    private static final int PAGE_SIZE = 50;
    private final StoredFileRepository files;
    private final FileService service;
    private final FileDownloads downloads;
    private final Access access;
    private final ShellFactory shells;

    private final Pages pages;

    FileAdminController(StoredFileRepository files, FileService service, FileDownloads downloads, Access access, ShellFactory shells, Pages pages) {
        this.pages = pages;
        this.files = files;
        this.service = service;
        this.downloads = downloads;
        this.access = access;
        this.shells = shells;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue Integer page) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        return listPage(request, actor, unit, page == null ? 1 : page, new FieldErrors(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, Actor actor, long unitId, @Nullable @Part("file") CompletedFileUpload file) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_FILES);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return listPage(request, actor, unit, 1, new FieldErrors().add("file", "file.required"), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try (InputStream in = file.getInputStream()) {
            StoredFile saved = service.upload(actor, unit, file.getFilename(), in);
            return Redirects.seeOther("/admin/u/" + unitId + "/files", Flash.success("file.uploaded", saved.originalName()));
        } catch (UserInputException e) {
            return listPage(request, actor, unit, 1, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/{fileId}/download")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    HttpResponse<?> download(Actor actor, long unitId, long fileId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        return downloads.stream(service.readable(actor, unit, fileId), false);
    }

    @Get("/{fileId}/view")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    HttpResponse<?> view(Actor actor, long unitId, long fileId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        return downloads.stream(service.readable(actor, unit, fileId), true);
    }

    @Get("/{fileId}/link")
    HttpResponse<?> presigned(Actor actor, long unitId, long fileId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        return downloads.redirectToPresigned(service.readable(actor, unit, fileId));
    }

    @Post("/{fileId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(Actor actor, long unitId, long fileId) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_FILES);
        service.delete(actor, unit, fileId);
        return Redirects.seeOther("/admin/u/" + unitId + "/files", Flash.success("file.deleted"));
    }

    private HttpResponse<?> listPage(HttpRequest<?> request, Actor actor, UnitRef unit, int requested, FieldErrors errors, HttpStatus status) {
        long total = files.countByUnitId(unit.id());
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(requested, 1), pageCount);
        return pages.render(status, "files/list", new FilePages.ListPage(shells.of(request, actor, unit, "files"),
                files.listRows(unit.id(), PAGE_SIZE, (current - 1) * PAGE_SIZE), total, files.totalBytesOf(unit.id()), current, pageCount,
                access.can(actor, unit, Permission.WRITE_FILES), service.maxUploadBytes() / (1024 * 1024), errors));
    }
}
