package vn.lantoa.newsroom;

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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.files.FileService;
import vn.lantoa.files.StoredFile;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The media library (the unit's images) and the editor's upload of pasted or chosen images. */
@Hidden
@Controller("/admin/u/{unitId}/media")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MediaController {

    /** What TinyMCE expects back from an image upload. */
    @Serdeable
    record Uploaded(String location) {
    }

    @Serdeable
    record UploadError(String error) {
    }

    private final StoredFileRepository files;
    private final FileService fileService;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Languages languages;

    MediaController(StoredFileRepository files, FileService fileService, Access access, ShellFactory shells, Pages pages, Languages languages) {
        this.files = files;
        this.fileService = fileService;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.languages = languages;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> library(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        var images = files.findImages(unitId, 300).stream().map(Media::item).toList();
        return pages.render("newsroom/media", new MediaPage(shells.of(request, actor, unit, "media"), images,
                access.can(actor, unit, Permission.WRITE_FILES)));
    }

    /** TinyMCE posts pasted and chosen images here; an image that is not accepted gets the reason in Vietnamese. */
    @Post("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<?> upload(Actor actor, long unitId, @Nullable @Part("file") CompletedFileUpload file) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_FILES);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return HttpResponse.badRequest(new UploadError(languages.vietnamese().t("file.required")));
        }
        try (InputStream in = file.getInputStream()) {
            StoredFile saved = fileService.upload(actor, unit, file.getFilename(), in);
            if (!saved.isImage()) {
                return HttpResponse.badRequest(new UploadError(languages.vietnamese().t("media.notImage")));
            }
            return HttpResponse.status(HttpStatus.CREATED).body(new Uploaded(Media.imageUrl(saved, 1600)));
        } catch (UserInputException e) {
            var first = e.errors().all().get(0);
            return HttpResponse.badRequest(new UploadError(languages.vietnamese().t(first.key(), first.args().toArray())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record MediaPage(vn.lantoa.shell.Shell shell, java.util.List<NewsroomPages.MediaItem> images, boolean canUpload) {
    }
}
