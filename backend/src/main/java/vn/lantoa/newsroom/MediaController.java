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
import vn.lantoa.files.StoredFile;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;


/** The media library (the unit's images) and the editor's upload of pasted or chosen images. */
@Hidden
@Controller("/admin/u/{unitId}/media")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MediaController {

    /** What TinyMCE expects back from an image upload ({@code location}), and what the editor's cover picker shows. */
    @Serdeable
    record Uploaded(String location, long id, String name, String thumb) {
    }

    @Serdeable
    record UploadError(String error) {
    }

    private final StoredFileRepository files;
    private final CoverUploads uploads;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Languages languages;

    MediaController(StoredFileRepository files, CoverUploads uploads, Access access, ShellFactory shells, Pages pages, Languages languages) {
        this.files = files;
        this.uploads = uploads;
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

    /**
     * TinyMCE posts pasted and chosen images here, and so does the editor's cover picker; an image that is not accepted
     * gets the reason in Vietnamese, and a file that is no image is not kept.
     */
    @Post("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<?> upload(Actor actor, long unitId, @Nullable @Part("file") CompletedFileUpload file) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_FILES);
        FieldErrors errors = new FieldErrors();
        StoredFile saved = uploads.store(actor, unit, file, errors);
        if (saved == null) {
            var first = errors.all().get(0);
            // 422, not 400: the reason is this answer's body, which the global 400 page would replace.
            return HttpResponse.unprocessableEntity().body(new UploadError(languages.vietnamese().t(first.key(), first.args().toArray())));
        }
        return HttpResponse.status(HttpStatus.CREATED).body(new Uploaded(Media.imageUrl(saved, 1600), saved.id(), saved.originalName(),
                Media.imageUrl(saved, 400)));
    }

    public record MediaPage(vn.lantoa.shell.Shell shell, java.util.List<NewsroomPages.MediaItem> images, boolean canUpload) {
    }
}
