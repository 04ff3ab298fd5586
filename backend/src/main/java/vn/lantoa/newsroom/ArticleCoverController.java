package vn.lantoa.newsroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.files.StoredFile;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

/**
 * A cover photo uploaded from the editor without JavaScript: the editor's whole form comes here as multipart with the
 * image, the image joins the media library (checked as every upload is) and the editor is shown again with what was
 * typed, not saved, and the new image chosen as its cover. With JavaScript the editor uploads the image on its own and
 * never leaves the page.
 */
@Hidden
@Controller("/admin/u/{unitId}/articles")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ArticleCoverController {

    private final ArticleService service;
    private final ArticleEditor editor;
    private final CoverUploads uploads;
    private final Access access;

    ArticleCoverController(ArticleService service, ArticleEditor editor, CoverUploads uploads, Access access) {
        this.service = service;
        this.editor = editor;
        this.uploads = uploads;
        this.access = access;
    }

    /**
     * The editor's fields come as parts (Micronaut binds no record from multipart); {@code article} names the article
     * being edited, absent for a new one.
     */
    @Post(value = "/cover", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> cover(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue Long article,
                          @Nullable @Part("coverUpload") CompletedFileUpload coverUpload,
                          @Nullable @Part("kind") String kind, @Nullable @Part("title") String title, @Nullable @Part("slug") String slug,
                          @Nullable @Part("summary") String summary, @Nullable @Part("bodyHtml") String bodyHtml,
                          @Nullable @Part("categoryId") String categoryId, @Nullable @Part("tags") String tags,
                          @Nullable @Part("coverFileId") String coverFileId, @Nullable @Part("coverAlt") String coverAlt,
                          @Nullable @Part("featured") String featured, @Nullable @Part("attachmentIds") String attachmentIds,
                          @Nullable @Part("publishAt") String publishAt, @Nullable @Part("note") String note,
                          @Nullable @Part("version") String version) {
        ArticleForm form = new ArticleForm(kind, title, slug, summary, bodyHtml, categoryId, tags, coverFileId, coverAlt, featured,
                attachmentIds, publishAt, note, version, null);
        if (article == null) {
            return upload(request, actor, access.require(actor, unitId, Permission.WRITE_CONTENT), null, form, coverUpload);
        }
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        return upload(request, actor, unit, service.load(actor, unit, article), form, coverUpload);
    }

    private HttpResponse<?> upload(HttpRequest<?> request, Actor actor, UnitRef unit, Article article, ArticleForm form,
                                   CompletedFileUpload file) {
        FieldErrors errors = new FieldErrors();
        StoredFile image = uploads.store(actor, unit, file, errors);
        if (image == null) {
            return editor.page(request, actor, unit, article, form, errors, HttpStatus.UNPROCESSABLE_ENTITY, true);
        }
        return editor.page(request, actor, unit, article, form.withCover(image.id()), errors, HttpStatus.OK, true);
    }
}
