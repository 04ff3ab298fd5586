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
import vn.lantoa.newsroom.Categories;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.CategoryForm;
import vn.lantoa.newsroom.CategoryRepository;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Preconditions;
import vn.lantoa.platform.api.Since;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.platform.api.Versioned;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

/** The categories (chuyên mục) of a unit's site as JSON: anyone who sees the unit reads them; its head or admin changes them. */
@Controller("/api/v1/units/{unitId}/categories")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Chuyên mục")
class CategoryApiController {

    @Serdeable
    record CategoryView(long id, long unitId, String name, String slug, @Nullable String description, int sortOrder, @Nullable String publicUrl,
                        Instant createdAt, Instant updatedAt, long version) implements Versioned {
    }

    @Serdeable
    record CategoryBody(@Nullable String name, @Nullable String slug, @Nullable String description, @Nullable Integer sortOrder,
                        @Nullable Long version) {

        CategoryForm.Draft validate() {
            FieldErrors errors = new FieldErrors();
            CategoryForm.Draft draft = new CategoryForm(name, slug, description, sortOrder == null ? "0" : String.valueOf(sortOrder)).validate(errors);
            if (errors.hasAny()) {
                throw new UserInputException(errors);
            }
            return draft;
        }
    }

    /** The site's own order (sortOrder, then name) unless told otherwise. */
    private static final Sorting<Category> ORDER = Sorting.by(Map.of(
            "sortOrder", Comparator.comparingInt(Category::sortOrder),
            "name", Comparator.comparing(Category::name),
            "updatedAt", Sorting.nullsLast(Category::updatedAt)));

    private final CategoryRepository categories;
    private final Categories service;
    private final Access access;

    CategoryApiController(CategoryRepository categories, Categories service, Access access) {
        this.categories = categories;
        this.service = service;
        this.access = access;
    }

    @Operation(operationId = "listCategories", summary = "Chuyên mục của trang thông tin đơn vị",
            description = "Theo thứ tự trên trang (sortOrder rồi tên). sort: sortOrder, name, updatedAt (thêm - ở đầu để giảm dần); "
                    + "updatedSince: sửa từ thời điểm này. Đọc được từ đơn vị cấp trên.")
    @Get
    ApiList<CategoryView> listCategories(Actor actor, long unitId, @Nullable @QueryValue String sort, @Nullable @QueryValue String updatedSince,
                                         @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        return paging.slice(ORDER.sort(sort, categories.findByUnit(unitId).stream().filter(c -> Since.keeps(since, c.updatedAt())).toList())
                .stream().map(c -> view(unit, c)).toList());
    }

    @Operation(operationId = "getCategory", summary = "Một chuyên mục", description = "ETag là phiên bản: gửi lại trong If-Match khi sửa.")
    @Get("/{categoryId}")
    CategoryView getCategory(Actor actor, long unitId, long categoryId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return view(unit, find(unitId, categoryId));
    }

    @Answers(201)
    @Operation(operationId = "createCategory", summary = "Thêm chuyên mục",
            description = "name bắt buộc; slug để trống thì tạo từ tên (đã có: 400 category.slug.taken); sortOrder: thứ tự trên trang. "
                    + "Trưởng ban hoặc quản trị viên. Gửi kèm Idempotency-Key để gửi lại an toàn.")
    @Post
    HttpResponse<CategoryView> createCategory(Actor actor, long unitId, @Body CategoryBody body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        Category saved = service.create(actor, unit, body.validate());
        return HttpResponse.status(HttpStatus.CREATED).body(view(unit, find(unitId, saved.id())))
                .header("Location", "/api/v1/units/" + unitId + "/categories/" + saved.id());
    }

    @Answers(errors = {412, 428})
    @Operation(operationId = "updateCategory", summary = "Sửa chuyên mục",
            description = "Gửi ETag trong If-Match (hoặc version trong nội dung): 412 STALE_VERSION nếu người khác đã sửa trước, 428 "
                    + "VERSION_REQUIRED nếu không gửi. Đổi slug thì địa chỉ chuyên mục trên trang đổi theo.")
    @Put("/{categoryId}")
    CategoryView updateCategory(HttpRequest<?> request, Actor actor, long unitId, long categoryId, @Body CategoryBody body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        find(unitId, categoryId);
        String version = Preconditions.expectedVersion(request, body.version() == null ? null : String.valueOf(body.version()));
        service.update(actor, unit, categoryId, body.validate(), Long.parseLong(version));
        return view(unit, find(unitId, categoryId));
    }

    @Answers(value = 204, errors = 409)
    @Operation(operationId = "deleteCategory", summary = "Xoá chuyên mục",
            description = "Chỉ chuyên mục không còn bài viết nào; còn bài: 409 CATEGORY_NOT_EMPTY.")
    @Delete("/{categoryId}")
    HttpResponse<?> deleteCategory(Actor actor, long unitId, long categoryId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        service.delete(actor, unit, categoryId);
        return HttpResponse.noContent();
    }

    private Category find(long unitId, long categoryId) {
        return categories.findByUnitIdAndId(unitId, categoryId).orElseThrow(() -> new NotFoundException("category " + categoryId));
    }

    private static CategoryView view(UnitRef unit, Category c) {
        return new CategoryView(c.id(), c.unitId(), c.name(), c.slug(), c.description(), c.sortOrder(), "/" + unit.slug() + "/chuyen-muc/" + c.slug(),
                c.createdAt(), c.updatedAt(), c.version());
    }
}
