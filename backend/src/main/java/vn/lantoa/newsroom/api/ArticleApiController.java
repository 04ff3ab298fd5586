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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.newsroom.ArticleStatus;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Preconditions;
import vn.lantoa.platform.api.Since;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * A unit's articles (news, press releases and pages) as JSON: the newsroom's list, one article, writing a draft and
 * changing it. Its workflow steps are {@link ArticleStepApiController}'s.
 */
@Controller("/api/v1/units/{unitId}/articles")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tin bài")
class ArticleApiController {

    /** The orders the list takes; without one, last changed first. */
    private static final Set<String> SORTS = Set.of("title", "-title", "publishedAt", "-publishedAt", "createdAt", "-createdAt", "updatedAt",
            "-updatedAt");

    private final ArticleRepository articles;
    private final ArticleService service;
    private final ArticleViews views;
    private final Access access;

    ArticleApiController(ArticleRepository articles, ArticleService service, ArticleViews views, Access access) {
        this.articles = articles;
        this.service = service;
        this.views = views;
        this.access = access;
    }

    @Operation(operationId = "listArticles", summary = "Tin bài, thông cáo báo chí và trang của đơn vị",
            description = "Thành viên của đơn vị thấy mọi trạng thái; đơn vị cấp trên (giám sát, chỉ đọc) chỉ thấy bài đã đăng. "
                    + "Lọc: status (DRAFT, IN_REVIEW, APPROVED, SCHEDULED, PUBLISHED, ARCHIVED), kind (NEWS, PRESS_RELEASE, PAGE), categoryId, "
                    + "q (tìm trong tiêu đề, tóm tắt, thẻ và nội dung; không dấu cũng được). sort: title, publishedAt, createdAt, updatedAt "
                    + "(thêm - ở đầu để giảm dần; mặc định sửa gần nhất trước); updatedSince: chỉ bài sửa hoặc chuyển trạng thái từ thời điểm này. "
                    + "Danh sách không có nội dung bài: đọc từng bài để lấy bodyHtml, thẻ và tệp đính kèm.")
    @Get
    ApiList<ArticleSummary> listArticles(Actor actor, long unitId, @Nullable @QueryValue String status, @Nullable @QueryValue String kind,
                                         @Nullable @QueryValue Long categoryId, @Nullable @QueryValue String q, @Nullable @QueryValue String sort,
                                         @Nullable @QueryValue String updatedSince, @Nullable @QueryValue Integer page,
                                         @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        FieldErrors errors = new FieldErrors();
        ArticleStatus statusFilter = parseStatus(errors, status);
        ArticleKind kindFilter = ArticleKind.parse(VietnameseText.blankToNull(kind));
        if (VietnameseText.blankToNull(kind) != null && kindFilter == null) {
            errors.add("kind", "article.kind.required");
        }
        String order = sort == null || sort.isBlank() ? "" : sort.strip();
        if (!order.isEmpty() && !SORTS.contains(order)) {
            errors.add("sort", "api.sort.invalid", "title, publishedAt, createdAt, updatedAt");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        boolean publishedOnly = !views.readsDrafts(actor, unit);
        String pattern = "%" + VietnameseText.fold(q == null ? "" : q.strip()).replaceAll("\\s+", "%") + "%";
        String s = statusFilter == null ? null : statusFilter.name();
        String k = kindFilter == null ? null : kindFilter.name();
        long total = articles.countForApi(unitId, publishedOnly, s, k, categoryId, pattern, since);
        return paging.of(articles.findForApi(unitId, publishedOnly, s, k, categoryId, pattern, since, order, paging.perPage(), paging.offset())
                .stream().map(a -> ArticleViews.summary(unit, a)).toList(), total);
    }

    @Operation(operationId = "getArticle", summary = "Một bài viết với nội dung, thẻ, tệp đính kèm và các bước người gọi làm được",
            description = "ETag là phiên bản của bài: gửi lại trong If-Match khi sửa. actions: các bước người gọi làm được lúc này "
                    + "(edit, submit, approve, return, publish, unschedule, archive, republish, delete). Đơn vị cấp trên chỉ đọc được bài đã đăng "
                    + "(bài chưa đăng: 404).")
    @Get("/{articleId}")
    ArticleView getArticle(Actor actor, long unitId, long articleId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return views.view(actor, unit, views.readable(actor, unit, articleId));
    }

    @Answers(201)
    @Operation(operationId = "createArticle", summary = "Viết bài mới (bản nháp)",
            description = "kind (NEWS, PRESS_RELEASE hoặc PAGE) và title bắt buộc. bodyHtml được làm sạch như trong trình soạn thảo (chỉ giữ "
                    + "định dạng, ảnh, bảng, liên kết; khung nhúng chỉ YouTube). Ảnh trong bài: tải lên thư viện ảnh (POST .../media) rồi chèn "
                    + "<img src=\"url\" alt=\"mô tả\">; ảnh đại diện: coverFileId (một ảnh của đơn vị) với coverAlt; tệp đính kèm: attachmentIds "
                    + "(tệp của đơn vị). slug để trống thì tạo từ tiêu đề. Bài mới là bản nháp: gửi duyệt bằng POST .../submit. "
                    + "Gửi kèm Idempotency-Key để gửi lại an toàn. Trả về 201 với Location của bài.")
    @Post
    HttpResponse<ArticleView> createArticle(Actor actor, long unitId, @Body ArticleBody body) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        Article created = service.create(actor, unit, body.validate(null));
        return HttpResponse.status(HttpStatus.CREATED).body(views.view(actor, unit, reread(unit, created.id())))
                .header("Location", "/api/v1/units/" + unitId + "/articles/" + created.id());
    }

    @Answers(errors = {409, 412, 428})
    @Operation(operationId = "updateArticle", summary = "Sửa nội dung bài (thay toàn bộ nội dung; trạng thái giữ nguyên)",
            description = "Gửi ETag nhận được từ GET trong If-Match (hoặc version trong nội dung): người khác đã sửa trước thì 412 STALE_VERSION, "
                    + "không gửi phiên bản thì 428 VERSION_REQUIRED. Các trường như khi tạo; trường bỏ trống (thẻ, tệp đính kèm, ảnh đại diện) "
                    + "bị xoá khỏi bài. Mỗi lần sửa là một phiên bản mới (GET .../revisions). Bài đã duyệt, đã hẹn giờ hoặc đã đăng chỉ Trưởng ban "
                    + "sửa được (403); bài đang đăng thay đổi trên trang ngay.")
    @Put("/{articleId}")
    ArticleView updateArticle(HttpRequest<?> request, Actor actor, long unitId, long articleId, @Body ArticleBody body) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        service.load(actor, unit, articleId);
        String version = Preconditions.expectedVersion(request, body.version() == null ? null : String.valueOf(body.version()));
        service.update(actor, unit, articleId, body.validate(version));
        return views.view(actor, unit, reread(unit, articleId));
    }

    @Answers(value = 204, errors = 409)
    @Operation(operationId = "deleteArticle", summary = "Xoá bản nháp chưa từng đăng",
            description = "Như trang Tin bài: chỉ bản nháp chưa từng đăng mới xoá được; bài đã đăng thì đưa vào lưu trữ "
                    + "(POST .../archive). Bài ở trạng thái khác: 409 ARTICLE_STATE_CONFLICT.")
    @Delete("/{articleId}")
    HttpResponse<?> deleteArticle(Actor actor, long unitId, long articleId) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        service.delete(actor, unit, articleId);
        return HttpResponse.noContent();
    }

    private Article reread(UnitRef unit, long articleId) {
        return articles.findByUnitIdAndId(unit.id(), articleId).orElseThrow();
    }

    private static ArticleStatus parseStatus(FieldErrors errors, @Nullable String value) {
        String v = VietnameseText.blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("status", "error.invalidValue");
            return null;
        }
    }
}
