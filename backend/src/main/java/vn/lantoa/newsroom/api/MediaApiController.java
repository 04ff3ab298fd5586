package vn.lantoa.newsroom.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.files.FileService;
import vn.lantoa.files.StoredFile;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.newsroom.CoverUploads;
import vn.lantoa.newsroom.Media;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Since;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.util.Set;

/**
 * The unit's media library (its images) as JSON: the images an article shows, uploaded with the checks every upload gets
 * (size, type by content, resized copies) as the editor's own upload does.
 */
@Controller("/api/v1/units/{unitId}/media")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Thư viện ảnh")
class MediaApiController {

    /** An image; url and thumbUrl are its public addresses (1600 and 400 pixels wide), for an article's body. */
    @Serdeable
    record MediaView(long id, long unitId, String name, String contentType, long sizeBytes, String url, String thumbUrl, Instant createdAt) {
    }

    private static final Set<String> SORTS = Set.of("name", "-name", "createdAt", "-createdAt");
    private final MediaQueries media;
    private final StoredFileRepository files;
    private final CoverUploads uploads;
    private final FileService fileService;
    private final Access access;

    MediaApiController(MediaQueries media, StoredFileRepository files, CoverUploads uploads, FileService fileService, Access access) {
        this.media = media;
        this.files = files;
        this.uploads = uploads;
        this.fileService = fileService;
        this.access = access;
    }

    @Operation(operationId = "listMedia", summary = "Ảnh trong thư viện ảnh của đơn vị, mới nhất trước",
            description = "sort: name, createdAt (thêm - ở đầu để giảm dần); updatedSince: tải lên từ thời điểm này (ảnh không đổi sau khi lưu). "
                    + "Chỉ thành viên của đơn vị.")
    @Get
    ApiList<MediaView> listMedia(Actor actor, long unitId, @Nullable @QueryValue String sort, @Nullable @QueryValue String updatedSince,
                                 @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.READ_DRAFTS);
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        String order = sort == null || sort.isBlank() ? "" : sort.strip();
        if (!order.isEmpty() && !SORTS.contains(order)) {
            throw UserInputException.of("sort", "api.sort.invalid", "name, createdAt");
        }
        return paging.of(media.images(unitId, since, order, paging.perPage(), paging.offset()).stream().map(MediaApiController::view).toList(),
                media.countImages(unitId, since));
    }

    @Operation(operationId = "getMedia", summary = "Một ảnh của thư viện ảnh")
    @Get("/{mediaId}")
    MediaView getMedia(Actor actor, long unitId, long mediaId) {
        access.require(actor, unitId, Permission.READ_DRAFTS);
        return view(image(unitId, mediaId));
    }

    @Answers(201)
    @Operation(operationId = "uploadMedia", summary = "Tải một ảnh lên thư viện ảnh (multipart, trường file)",
            description = "Chỉ ảnh JPEG, PNG, GIF, WebP, xác định theo nội dung tệp, trong giới hạn dung lượng như mọi tệp; tệp khác bị từ chối "
                    + "(400 VALIDATION_FAILED: media.notImage, file.typeNotAllowed, file.tooLarge, file.empty) và không được giữ lại. "
                    + "Dùng trong bài: chèn <img src=\"url\" alt=\"mô tả\"> vào bodyHtml, hoặc đặt coverFileId = id (kèm coverAlt). "
                    + "Trả về 201 với Location.")
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<MediaView> uploadMedia(Actor actor, long unitId, @Nullable @Part("file") CompletedFileUpload file) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_FILES);
        FieldErrors errors = new FieldErrors();
        StoredFile saved = uploads.store(actor, unit, file, errors, "file");
        if (saved == null) {
            throw new UserInputException(errors);
        }
        return HttpResponse.status(HttpStatus.CREATED).body(view(saved)).header("Location", "/api/v1/units/" + unitId + "/media/" + saved.id());
    }

    @Answers(value = 204, errors = 409)
    @Operation(operationId = "deleteMedia", summary = "Xoá một ảnh khỏi thư viện ảnh",
            description = "Ảnh còn được dùng (ảnh đại diện, tệp đính kèm hay trong nội dung một bài, văn bản, mục công khai): 409 MEDIA_IN_USE.")
    @Delete("/{mediaId}")
    HttpResponse<?> deleteMedia(Actor actor, long unitId, long mediaId) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_FILES);
        StoredFile file = image(unitId, mediaId);
        String key = file.objectKey();
        if (media.inUse(unitId, mediaId, "%" + key.substring(key.lastIndexOf('/') + 1) + "%")) {
            throw new ConflictException("MEDIA_IN_USE", "media.inUse");
        }
        fileService.delete(actor, unit, mediaId);
        return HttpResponse.noContent();
    }

    private StoredFile image(long unitId, long mediaId) {
        return files.findByUnitIdAndId(unitId, mediaId).filter(StoredFile::isImage)
                .orElseThrow(() -> new NotFoundException("media " + mediaId));
    }

    private static MediaView view(StoredFile f) {
        return new MediaView(f.id(), f.unitId(), f.originalName(), f.contentType(), f.sizeBytes(), Media.imageUrl(f, 1600), Media.imageUrl(f, 400),
                f.createdAt());
    }
}
