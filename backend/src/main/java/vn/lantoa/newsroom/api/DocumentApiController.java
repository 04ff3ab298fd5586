package vn.lantoa.newsroom.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.newsroom.DocumentForm;
import vn.lantoa.newsroom.DocumentService;
import vn.lantoa.newsroom.DocumentType;
import vn.lantoa.newsroom.OfficialDocument;
import vn.lantoa.newsroom.OfficialDocumentRepository;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Preconditions;
import vn.lantoa.platform.api.Since;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * A unit's official documents (văn bản) as JSON, under the pages' rules: editors enter them and send them for approval,
 * the committee head publishes and withdraws them; the units above read the published ones.
 */
@Controller("/api/v1/units/{unitId}/documents")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Văn bản")
class DocumentApiController {

    /** A document as an integration sends it; checked by the page's own form. */
    @Serdeable
    record DocumentBody(@Nullable String number, @Nullable String docDate, @Nullable String issuer, @Nullable String docType,
                        @Nullable String summary, @Nullable Long fileId, @Nullable Long version) {

        DocumentForm.Draft validate(@Nullable String expectedVersion) {
            FieldErrors errors = new FieldErrors();
            DocumentForm.Draft draft = new DocumentForm(number, docDate, issuer, docType, summary, fileId == null ? "" : String.valueOf(fileId),
                    expectedVersion == null ? "" : expectedVersion).validate(errors);
            if (errors.hasAny()) {
                throw new UserInputException(errors);
            }
            return draft;
        }
    }

    private static final Set<String> SORTS = Set.of("docDate", "-docDate", "number", "-number", "updatedAt", "-updatedAt");
    private static final Set<String> STATUSES = Set.of(OfficialDocument.DRAFT, OfficialDocument.IN_REVIEW, OfficialDocument.PUBLISHED);

    private final OfficialDocumentRepository documents;
    private final DocumentService service;
    private final Access access;

    DocumentApiController(OfficialDocumentRepository documents, DocumentService service, Access access) {
        this.documents = documents;
        this.service = service;
        this.access = access;
    }

    @Operation(operationId = "listDocuments", summary = "Văn bản của đơn vị",
            description = "Thành viên của đơn vị thấy mọi trạng thái (DRAFT, IN_REVIEW, PUBLISHED); đơn vị cấp trên chỉ thấy văn bản đã đăng. "
                    + "Lọc: status, docType (KE_HOACH, CONG_VAN, QUYET_DINH, THONG_BAO, CHI_THI, HUONG_DAN, BAO_CAO, GIAY_MOI, NGHI_QUYET, THONG_TU, "
                    + "NGHI_DINH, LUAT, KHAC), year (năm ban hành), q (số ký hiệu, cơ quan ban hành, trích yếu; không dấu cũng được). "
                    + "sort: docDate (mặc định mới nhất trước), number, updatedAt (thêm - ở đầu để giảm dần); updatedSince: sửa từ thời điểm này.")
    @Get
    ApiList<DocumentView> listDocuments(Actor actor, long unitId, @Nullable @QueryValue String status, @Nullable @QueryValue String docType,
                                        @Nullable @QueryValue Integer year, @Nullable @QueryValue String q, @Nullable @QueryValue String sort,
                                        @Nullable @QueryValue String updatedSince, @Nullable @QueryValue Integer page,
                                        @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        FieldErrors errors = new FieldErrors();
        String s = VietnameseText.blankToNull(status) == null ? null : status.strip().toUpperCase(Locale.ROOT);
        if (s != null && !STATUSES.contains(s)) {
            errors.add("status", "error.invalidValue");
        }
        DocumentType type = DocumentType.parse(VietnameseText.blankToNull(docType));
        if (VietnameseText.blankToNull(docType) != null && type == null) {
            errors.add("docType", "document.type.required");
        }
        if (year != null && (year < 1900 || year > 9999)) {
            errors.add("year", "error.invalidValue");
        }
        String order = sort == null || sort.isBlank() ? "" : sort.strip();
        if (!order.isEmpty() && !SORTS.contains(order)) {
            errors.add("sort", "api.sort.invalid", "docDate, number, updatedAt");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        boolean publishedOnly = !access.can(actor, unit, Permission.READ_DRAFTS);
        String pattern = "%" + VietnameseText.fold(q == null ? "" : q.strip()).replaceAll("\\s+", "%") + "%";
        String t = type == null ? null : type.name();
        long total = documents.countForApi(unitId, publishedOnly, s, t, year, pattern, since);
        return paging.of(documents.findForApi(unitId, publishedOnly, s, t, year, pattern, since, order, paging.perPage(), paging.offset())
                .stream().map(d -> DocumentView.of(unit, d)).toList(), total);
    }

    @Operation(operationId = "getDocument", summary = "Một văn bản",
            description = "ETag là phiên bản: gửi lại trong If-Match khi sửa. Đơn vị cấp trên chỉ đọc được văn bản đã đăng (chưa đăng: 404).")
    @Get("/{documentId}")
    DocumentView getDocument(Actor actor, long unitId, long documentId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        OfficialDocument d = documents.findByUnitIdAndId(unitId, documentId).orElseThrow(() -> new NotFoundException("document " + documentId));
        if (!d.published() && !access.can(actor, unit, Permission.READ_DRAFTS)) {
            throw new NotFoundException("document " + documentId);
        }
        return DocumentView.of(unit, d);
    }

    @Answers(201)
    @Operation(operationId = "createDocument", summary = "Nhập văn bản mới (bản nháp)",
            description = "number (số ký hiệu, ví dụ 85/KH-UBND), docDate (ngày ban hành, yyyy-MM-dd hoặc dd/MM/yyyy), issuer (cơ quan ban hành), "
                    + "docType và summary (trích yếu) bắt buộc; fileId: tệp của đơn vị (POST .../files), cần có trước khi gửi duyệt hoặc đăng. "
                    + "Gửi kèm Idempotency-Key để gửi lại an toàn. Trả về 201 với Location.")
    @Post
    HttpResponse<DocumentView> createDocument(Actor actor, long unitId, @Body DocumentBody body) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        OfficialDocument saved = service.create(actor, unit, body.validate(null));
        return HttpResponse.status(HttpStatus.CREATED).body(DocumentView.of(unit, reread(unit, saved.id())))
                .header("Location", "/api/v1/units/" + unitId + "/documents/" + saved.id());
    }

    @Answers(errors = {412, 428})
    @Operation(operationId = "updateDocument", summary = "Sửa văn bản",
            description = "Gửi ETag trong If-Match (hoặc version trong nội dung): người khác đã sửa trước thì 412 STALE_VERSION, không gửi phiên bản "
                    + "thì 428 VERSION_REQUIRED. Văn bản đã đăng chỉ Trưởng ban sửa được (403), thay đổi hiện trên trang ngay.")
    @Put("/{documentId}")
    DocumentView updateDocument(HttpRequest<?> request, Actor actor, long unitId, long documentId, @Body DocumentBody body) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        service.load(actor, unit, documentId);
        String version = Preconditions.expectedVersion(request, body.version() == null ? null : String.valueOf(body.version()));
        service.update(actor, unit, documentId, body.validate(version));
        return DocumentView.of(unit, reread(unit, documentId));
    }

    @Answers(value = 204, errors = 409)
    @Operation(operationId = "deleteDocument", summary = "Xoá văn bản chưa từng đăng",
            description = "Văn bản đã từng đăng thì gỡ xuống (POST .../withdraw), không xoá: 409 DOCUMENT_STATE_CONFLICT.")
    @Delete("/{documentId}")
    HttpResponse<?> deleteDocument(Actor actor, long unitId, long documentId) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        service.delete(actor, unit, documentId);
        return HttpResponse.noContent();
    }

    @Answers(errors = 409)
    @Operation(operationId = "submitDocument", summary = "Gửi văn bản cho Trưởng ban duyệt",
            description = "Từ bản nháp; văn bản phải có tệp (400 VALIDATION_FAILED). Trưởng ban nhận thư báo. Không phải bản nháp: 409 "
                    + "DOCUMENT_STATE_CONFLICT. Trạng thái mới: IN_REVIEW.")
    @Post("/{documentId}/submit")
    DocumentView submitDocument(Actor actor, long unitId, long documentId) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        service.submit(actor, unit, documentId);
        return DocumentView.of(unit, reread(unit, documentId));
    }

    @Operation(operationId = "publishDocument", summary = "Đăng văn bản lên trang thông tin",
            description = "Trưởng ban hoặc quản trị viên (biên tập viên: 403); văn bản phải có tệp. Trạng thái mới: PUBLISHED.")
    @Post("/{documentId}/publish")
    DocumentView publishDocument(Actor actor, long unitId, long documentId) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        service.publish(actor, unit, documentId, true);
        return DocumentView.of(unit, reread(unit, documentId));
    }

    @Operation(operationId = "withdrawDocument", summary = "Gỡ văn bản khỏi trang thông tin (hoặc trả văn bản chờ duyệt về bản nháp)",
            description = "Trưởng ban hoặc quản trị viên. Trạng thái mới: DRAFT.")
    @Post("/{documentId}/withdraw")
    DocumentView withdrawDocument(Actor actor, long unitId, long documentId) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        service.publish(actor, unit, documentId, false);
        return DocumentView.of(unit, reread(unit, documentId));
    }

    private OfficialDocument reread(UnitRef unit, long documentId) {
        return documents.findByUnitIdAndId(unit.id(), documentId).orElseThrow();
    }
}
