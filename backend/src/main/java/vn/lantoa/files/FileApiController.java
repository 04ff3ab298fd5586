package vn.lantoa.files;

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
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Since;
import vn.lantoa.platform.storage.ObjectStorage;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** A unit's files as JSON; the content itself by streaming or a presigned URL. */
@Controller("/api/v1/units/{unitId}/files")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tệp tin")
class FileApiController {

    @Serdeable
    record FileView(long id, long unitId, String name, String contentType, long sizeBytes, String sha256, Instant createdAt,
                    @Nullable String downloadUrl) {
    }

    /** The orders the files list takes; without one, newest first. */
    private static final java.util.Set<String> SORTS = java.util.Set.of("name", "-name", "createdAt", "-createdAt");
    private final StoredFileRepository files;
    private final FileService service;
    private final FileDownloads downloads;
    private final ObjectStorage storage;
    private final Access access;

    FileApiController(StoredFileRepository files, FileService service, FileDownloads downloads, ObjectStorage storage, Access access) {
        this.files = files;
        this.service = service;
        this.downloads = downloads;
        this.storage = storage;
        this.access = access;
    }

    @Operation(operationId = "listFiles", summary = "Danh sách tệp của đơn vị, mới nhất trước",
            description = "sort: name, createdAt (thêm - ở đầu để giảm dần); updatedSince: tải lên từ thời điểm này (tệp không đổi sau khi lưu).")
    @Get
    ApiList<FileView> list(Actor actor, long unitId, @Nullable @QueryValue String sort, @Nullable @QueryValue String updatedSince,
                           @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.READ_DRAFTS);
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        String order = sort == null || sort.isBlank() ? "" : sort.strip();
        if (!order.isEmpty() && !SORTS.contains(order)) {
            throw UserInputException.of("sort", "api.sort.invalid", "name, createdAt");
        }
        return paging.of(files.listOfUnit(unitId, since, order, paging.perPage(), paging.offset()).stream().map(f -> view(f, null)).toList(),
                files.countOfUnit(unitId, since));
    }

    @Answers(201)
    @Operation(operationId = "uploadFile", summary = "Tải lên một tệp (multipart, trường file)",
            description = "Chỉ nhận ảnh (JPEG, PNG, GIF, WebP), PDF và tài liệu Office/OpenDocument, xác định theo nội dung tệp. "
                    + "Lỗi: VALIDATION_FAILED với file.typeNotAllowed, file.tooLarge, file.empty.")
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<FileView> upload(Actor actor, long unitId, @Nullable @Part("file") CompletedFileUpload file) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_FILES);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            throw UserInputException.of("file", "file.required");
        }
        try (InputStream in = file.getInputStream()) {
            StoredFile saved = service.upload(actor, unit, file.getFilename(), in);
            return HttpResponse.status(HttpStatus.CREATED).body(view(saved, null)).header("Location", "/api/v1/units/" + unitId + "/files/" + saved.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(operationId = "getFile", summary = "Thông tin một tệp, kèm liên kết tải xuống có hạn vài phút (presigned URL)")
    @Get("/{fileId}")
    FileView get(Actor actor, long unitId, long fileId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        StoredFile file = service.readable(actor, unit, fileId);
        return view(file, storage.presignedDownload(file.objectKey(), file.originalName(), file.contentType()).toString());
    }

    @Operation(operationId = "downloadFile", summary = "Nội dung tệp", description = "Trả về nội dung tệp với đúng kiểu của nó (ảnh, PDF...).",
            responses = @ApiResponse(responseCode = "200", description = "Nội dung tệp",
                    content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))))
    @Get("/{fileId}/content")
    // JSON too, so that a client asking for JSON gets its 404 or 403 as JSON rather than 406.
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    HttpResponse<?> content(Actor actor, long unitId, long fileId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        return downloads.stream(service.readable(actor, unit, fileId), false);
    }

    @Answers(204)
    @Operation(operationId = "deleteFile", summary = "Xóa tệp")
    @Delete("/{fileId}")
    HttpResponse<?> delete(Actor actor, long unitId, long fileId) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_FILES);
        service.delete(actor, unit, fileId);
        return HttpResponse.noContent();
    }

    private static FileView view(StoredFile f, String url) {
        return new FileView(f.id(), f.unitId(), f.originalName(), f.contentType(), f.sizeBytes(), f.sha256(), f.createdAt(), url);
    }
}
