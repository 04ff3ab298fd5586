package vn.lantoa.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Preconditions;
import vn.lantoa.platform.api.Since;
import vn.lantoa.platform.api.Versioned;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Units as JSON: read one, list the units below, create, edit and move. */
@Controller("/api/v1/units")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Đơn vị")
class UnitApiController {

    @Serdeable
    record UnitView(long id, @Nullable Long parentId, String path, int depth, String type, @Nullable String schoolLevel, String name, @Nullable String shortName,
                    String slug, @Nullable String hostName, @Nullable String address, @Nullable String phone, @Nullable String email, @Nullable String website,
                    @Nullable String officialEmailDomains, @Nullable LocalDate closedOn, Instant updatedAt, long version, @Nullable Long successorUnitId, boolean hostRedirect) implements Versioned {
        static UnitView of(Unit u) {
            return new UnitView(u.id(), u.parentId(), u.path(), u.depth(), u.type().name(),
                    u.schoolLevel() == null ? null : u.schoolLevel().name(), u.name(), u.shortName(), u.slug(), u.hostName(), u.address(),
                    u.phone(), u.email(), u.website(), u.officialEmailDomains(), u.closedOn(), u.updatedAt(), u.version(), u.successorUnitId(),
                    u.hostRedirect());
        }
    }

    @Serdeable
    record CloseRequest(@Nullable String closedOn, @Nullable Long successorId, @Nullable Boolean hostRedirect) {
    }

    @Serdeable
    record MoveRequest(@Nullable Long parentId, @Nullable String reason) {
    }

    /** The orders the list of units below takes; without one it keeps the tree's (level, then name). */
    private static final java.util.Set<String> SORTS = java.util.Set.of("name", "-name", "updatedAt", "-updatedAt");
    private final UnitRepository units;
    private final UnitService service;
    private final Access access;

    UnitApiController(UnitRepository units, UnitService service, Access access) {
        this.units = units;
        this.service = service;
        this.access = access;
    }

    @Operation(operationId = "getUnit", summary = "Một đơn vị")
    @Get("/{unitId}")
    UnitView get(Actor actor, long unitId) {
        access.require(actor, unitId, Permission.VIEW);
        return UnitView.of(units.findById(unitId).orElseThrow(() -> new NotFoundException("unit")));
    }

    @Operation(operationId = "listUnitsBelow", summary = "Các đơn vị cấp dưới",
            description = "scope=children (mặc định): trực thuộc; scope=all: toàn bộ cây bên dưới. Lọc theo q (không dấu cũng được), type, level. "
                    + "sort: name, updatedAt (thêm - ở đầu để giảm dần; mặc định theo cấp rồi theo tên); updatedSince: chỉ đơn vị sửa từ thời điểm này.")
    @Get("/{unitId}/units")
    ApiList<UnitView> below(Actor actor, long unitId, @Nullable @QueryValue String q, @Nullable @QueryValue String type,
                            @Nullable @QueryValue String level, @Nullable @QueryValue String scope, @Nullable @QueryValue String sort,
                            @Nullable @QueryValue String updatedSince, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        FieldErrors errors = new FieldErrors();
        UnitType typeFilter = UnitType.parse(type);
        if (type != null && !type.isBlank() && typeFilter == null) {
            errors.add("type", "unit.type.required");
        }
        SchoolLevel levelFilter = SchoolLevel.parse(level);
        if (level != null && !level.isBlank() && levelFilter == null) {
            errors.add("level", "unit.schoolLevel.required");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        String order = sort == null || sort.isBlank() ? "" : sort.strip();
        if (!order.isEmpty() && !SORTS.contains(order)) {
            throw UserInputException.of("sort", "api.sort.invalid", "name, updatedAt");
        }
        UnitSearch search = UnitSearch.of(q);
        Integer maxDepth = "all".equals(scope) ? null : unit.depth() + 1;
        String t = typeFilter == null ? null : typeFilter.name();
        String l = levelFilter == null ? null : levelFilter.name();
        long total = units.countListBelow(unit.path(), t, l, maxDepth, search.pattern(), search.joined(), since);
        List<UnitView> items = units.listBelow(unit.path(), t, l, maxDepth, search.pattern(), search.joined(), since, order, paging.perPage(),
                        paging.offset())
                .stream().map(UnitView::of).toList();
        return paging.of(items, total);
    }

    @Answers(201)
    @Operation(operationId = "createUnit", summary = "Tạo đơn vị cấp dưới", description = "type: MINISTRY, PROVINCE_DEPARTMENT, DISTRICT_OFFICE, COMMUNE_OFFICE, SCHOOL, OTHER; "
            + "schoolLevel (bắt buộc với SCHOOL): MN, TH, THCS, THPT, LIEN_CAP, GDTX, OTHER. slug để trống thì tạo từ tên.")
    @Post("/{unitId}/units")
    HttpResponse<UnitView> create(Actor actor, long unitId, @Body UnitForm form) {
        access.require(actor, unitId, Permission.MANAGE_UNIT);
        Unit created = service.create(actor, unitId, valid(form));
        return HttpResponse.status(HttpStatus.CREATED).body(UnitView.of(created)).header("Location", "/api/v1/units/" + created.id());
    }

    @Answers(errors = {412, 428})
    @Operation(operationId = "updateUnit", summary = "Sửa đơn vị", description = "Gửi ETag nhận được từ GET trong If-Match (hoặc version trong nội dung); "
            + "nếu người khác đã sửa trước, trả về 412 STALE_VERSION; không gửi phiên bản: 428 VERSION_REQUIRED.")
    @Put("/{unitId}")
    UnitView update(HttpRequest<?> request, Actor actor, long unitId, @Body UnitForm form) {
        access.require(actor, unitId, Permission.MANAGE_UNIT);
        return UnitView.of(service.update(actor, unitId, valid(form.withVersion(Preconditions.expectedVersion(request, form.version())))));
    }

    @Operation(operationId = "moveUnit", summary = "Chuyển đơn vị sang đơn vị cấp trên khác", description = "Toàn bộ dữ liệu và lịch sử của đơn vị được giữ nguyên.")
    @Post("/{unitId}/move")
    UnitView move(Actor actor, long unitId, @Body MoveRequest body) {
        if (body.parentId() == null) {
            throw UserInputException.of("parentId", "unit.move.chooseTarget");
        }
        service.move(actor, unitId, body.parentId(), body.reason());
        return UnitView.of(units.findById(unitId).orElseThrow());
    }

    @Operation(operationId = "closeUnit", summary = "Sáp nhập hoặc giải thể đơn vị",
            description = "closedOn (yyyy-MM-dd): ngày thôi hoạt động; successorId: đơn vị tiếp nhận (bỏ trống nếu giải thể); hostRedirect: chuyển tên miền "
                    + "riêng sang trang của đơn vị tiếp nhận (301). Đơn vị phải không còn đơn vị trực thuộc đang hoạt động.")
    @Post("/{unitId}/close")
    UnitView close(Actor actor, long unitId, @Body CloseRequest body) {
        FieldErrors errors = new FieldErrors();
        LocalDate day = vn.lantoa.platform.web.Fields.date(errors, "closedOn", body.closedOn());
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return UnitView.of(service.close(actor, unitId, new UnitClosing(day, body.successorId(), Boolean.TRUE.equals(body.hostRedirect()))));
    }

    private static UnitDraft valid(UnitForm form) {
        FieldErrors errors = new FieldErrors();
        UnitDraft draft = form.validate(errors);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return draft;
    }
}
