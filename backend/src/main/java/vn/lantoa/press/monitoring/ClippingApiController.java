package vn.lantoa.press.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import vn.lantoa.desk.Topic;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Preconditions;
import vn.lantoa.platform.api.Versioned;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A unit's media monitoring as JSON: read by its members, written by the desk roles and the hotline officer. */
@Controller("/api/v1/units/{unitId}/press-clippings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Điểm tin báo chí")
class ClippingApiController {

    /**
     * topics: desk topic codes; unitIds: the units it concerns; forwardedFromId: the clipping of the unit below it was
     * copied from; opinionIssueId: the public-opinion register entry opened from it.
     */
    @Serdeable
    record ClippingView(long id, long unitId, @Nullable String url, String outletName, String outletKind, String title, LocalDate publishedOn,
                        String tone, List<String> topics, List<Long> unitIds, @Nullable Integer reach, @Nullable String note,
                        @Nullable Long forwardedFromId, @Nullable Long opinionIssueId, Instant createdAt, Instant updatedAt,
                        long version) implements Versioned {

        static ClippingView of(Clipping c, List<Long> unitIds) {
            return new ClippingView(c.id(), c.unitId(), c.url(), c.outletName(), c.outletKind().name(), c.title(), c.publishedOn(), c.tone().name(),
                    c.topics().isEmpty() ? List.of() : List.of(c.topics().split(",")), unitIds, c.reach(), c.note(), c.forwardedFromId(),
                    c.opinionIssueId(), c.createdAt(), c.updatedAt(), c.version());
        }
    }

    /** A clipping as sent: publishedOn yyyy-MM-dd; version (or If-Match) on update. */
    @Serdeable
    record ClippingRequest(@Nullable String url, @Nullable String outletName, @Nullable String outletKind, @Nullable String title,
                           @Nullable String publishedOn, @Nullable String tone, @Nullable List<String> topics, @Nullable List<Long> unitIds,
                           @Nullable Long reach, @Nullable String note, @Nullable String version) {

        ClippingInput input() {
            return new ClippingInput(url, outletName, outletKind, title, publishedOn, tone, topics == null ? List.of() : topics,
                    unitIds == null ? List.of() : unitIds.stream().map(String::valueOf).toList(), reach == null ? null : String.valueOf(reach), note,
                    version);
        }
    }

    private final Access access;
    private final Clippings clippings;
    private final ClippingSearch search;
    private final ClippingUnits units;

    ClippingApiController(Access access, Clippings clippings, ClippingSearch search, ClippingUnits units) {
        this.access = access;
        this.clippings = clippings;
        this.search = search;
        this.units = units;
    }

    @Operation(operationId = "listPressClippings", summary = "Điểm tin báo chí của đơn vị",
            description = "Mới đăng trước. Lọc: from, to (yyyy-MM-dd, ngày đăng, tính cả hai đầu), tone (POSITIVE, NEUTRAL, NEGATIVE), "
                    + "topic (mã lĩnh vực của bàn tiếp nhận, ví dụ THI_CU), outlet (đúng tên cơ quan báo chí). sort: publishedOn, updatedAt, "
                    + "title (thêm - ở đầu để giảm dần; mặc định -publishedOn). Thành viên của đơn vị; "
                    + "đơn vị cấp trên chỉ thấy những tin, bài được gửi lên (trong danh sách của chính mình).")
    @Get
    ApiList<ClippingView> list(Actor actor, long unitId, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                               @Nullable @QueryValue String tone, @Nullable @QueryValue String topic, @Nullable @QueryValue String outlet,
                               @Nullable @QueryValue String sort, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.READ_DRAFTS);
        FieldErrors errors = new FieldErrors();
        LocalDate f = day(errors, "from", from);
        LocalDate t = day(errors, "to", to);
        Tone tn = Tone.parse(tone);
        if (tone != null && !tone.isBlank() && tn == null) {
            errors.add("tone", "press.clipping.tone.required");
        }
        Topic tp = topic == null || topic.isBlank() ? null : Topic.parse(topic.strip());
        if (topic != null && !topic.isBlank() && tp == null) {
            errors.add("topic", "press.clipping.topics.invalid");
        }
        String order = sort == null || sort.isBlank() ? "-publishedOn" : sort.strip();
        if (!ClippingSearch.ORDERS.containsKey(order)) {
            errors.add("sort", "api.sort.invalid", "publishedOn, updatedAt, title");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Paging paging = Paging.of(page, perPage);
        String o = outlet == null || outlet.isBlank() ? null : outlet.strip();
        ClippingSearch.Found found = search.find(unitId, new ClippingSearch.Filter(f, t, tn, tp, o), order, paging.perPage(),
                paging.offset());
        Map<Long, List<ClippingUnits.Named>> concerned = units.ofAll(unitId, found.clippings().stream().map(Clipping::id).toList());
        return paging.of(found.clippings().stream().map(c -> ClippingView.of(c, ids(concerned.getOrDefault(c.id(), List.of())))).toList(),
                found.total());
    }

    @Operation(operationId = "getPressClipping", summary = "Một tin, bài của điểm tin", description = "Trả về ETag; gửi lại trong If-Match khi sửa.")
    @Get("/{clippingId}")
    ClippingView get(Actor actor, long unitId, long clippingId) {
        access.require(actor, unitId, Permission.READ_DRAFTS);
        return view(unitId, clippingId);
    }

    @Answers(201)
    @Operation(operationId = "createPressClipping", summary = "Thêm một tin, bài vào điểm tin của đơn vị",
            description = "url (http/https), outletName, outletKind (PRINT, ONLINE, BROADCAST, MAGAZINE, SOCIAL, OTHER), title, publishedOn "
                    + "(yyyy-MM-dd, không sau hôm nay), tone, topics, unitIds (đơn vị này hoặc cấp dưới), reach, note. Gửi kèm Idempotency-Key để "
                    + "gửi lại an toàn. Trưởng ban, quản trị viên, người phát ngôn, cán bộ đường dây nóng của đơn vị.")
    @Post
    HttpResponse<ClippingView> create(Actor actor, long unitId, @Body ClippingRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        Clipping created = clippings.create(actor, unit, clippings.check(unit, body.input()));
        return HttpResponse.created(view(unitId, created.id()), URI.create("/api/v1/units/" + unitId + "/press-clippings/" + created.id()));
    }

    @Answers(errors = {412, 428})
    @Operation(operationId = "updatePressClipping", summary = "Sửa một tin, bài của điểm tin",
            description = "Cùng các trường như khi thêm. Gửi ETag nhận được từ GET trong If-Match (hoặc version trong nội dung); người khác đã sửa "
                    + "trước: 412 STALE_VERSION; không gửi phiên bản: 428 VERSION_REQUIRED.")
    @Put("/{clippingId}")
    ClippingView update(HttpRequest<?> request, Actor actor, long unitId, long clippingId, @Body ClippingRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        clippings.find(unitId, clippingId);
        clippings.update(actor, unit, clippingId, version(Preconditions.expectedVersion(request, body.version())), clippings.check(unit, body.input()));
        return view(unitId, clippingId);
    }

    @Answers(value = 204, errors = 412)
    @Operation(operationId = "deletePressClipping", summary = "Xoá một tin, bài của điểm tin",
            description = "If-Match tuỳ chọn: nếu gửi mà người khác đã sửa trước, 412 STALE_VERSION và không xoá. Bản đã gửi lên cấp trên vẫn là "
                    + "của đơn vị cấp trên.")
    @Delete("/{clippingId}")
    HttpResponse<?> delete(HttpRequest<?> request, Actor actor, long unitId, long clippingId) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        Clipping c = clippings.find(unitId, clippingId);
        if (request.getHeaders().get("If-Match") != null && version(Preconditions.expectedVersion(request, null)) != c.version()) {
            throw new StaleVersionException();
        }
        clippings.delete(actor, unit, clippingId);
        return HttpResponse.noContent();
    }

    @Answers(value = 201, also = 200, errors = 409)
    @Operation(operationId = "forwardPressClippingUp", summary = "Gửi một tin, bài lên đơn vị cấp trên",
            description = "Chép tin, bài vào điểm tin của đơn vị cấp trên trực tiếp, với đơn vị này là đơn vị liên quan; trả về bản chép (201). "
                    + "Đã gửi rồi: trả lại bản chép cũ (200). Đơn vị không có cấp trên: 409 NO_PARENT.")
    @Post("/{clippingId}/forward")
    HttpResponse<ClippingView> forward(Actor actor, long unitId, long clippingId) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        clippings.find(unitId, clippingId);
        if (unit.parentId() == null) {
            throw new ConflictException("NO_PARENT", "press.clipping.api.noParent");
        }
        boolean already = clippings.forwarded(unit, clippingId).isPresent();
        Clipping copy = clippings.forwardUp(actor, unit, clippingId);
        ClippingView view = ClippingView.of(copy, ids(units.of(copy.unitId(), copy.id())));
        return already ? HttpResponse.ok(view)
                : HttpResponse.created(view, URI.create("/api/v1/units/" + copy.unitId() + "/press-clippings/" + copy.id()));
    }

    private ClippingView view(long unitId, long clippingId) {
        return ClippingView.of(clippings.find(unitId, clippingId), ids(units.of(unitId, clippingId)));
    }

    private static List<Long> ids(List<ClippingUnits.Named> named) {
        return named.stream().map(ClippingUnits.Named::id).toList();
    }

    private static long version(String expected) {
        try {
            return Long.parseLong(expected.strip());
        } catch (NumberFormatException e) {
            throw UserInputException.of("version", "error.invalidValue");
        }
    }

    private static LocalDate day(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate d = value.length() > 20 ? null : VietnamTime.parseDate(value.strip());
        if (d == null) {
            errors.add(field, "field.date.invalid");
        }
        return d;
    }
}
