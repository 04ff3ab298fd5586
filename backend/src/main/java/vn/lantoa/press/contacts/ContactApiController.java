package vn.lantoa.press.contacts;

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
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Preconditions;
import vn.lantoa.platform.api.Versioned;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The unit's journalists as JSON: personal data, for the unit's press desk only (403 for a viewer and for the units above). */
@Controller("/api/v1/units/{unitId}/press-contacts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Danh bạ báo chí")
class ContactApiController {

    /** outletId: one of the unit's outlets; listIds: the unit's own lists the journalist is on. */
    @Serdeable
    record ContactView(long id, long unitId, @Nullable Long outletId, @Nullable String outletName, String fullName, @Nullable String beat,
                       @Nullable String position, @Nullable String phone, @Nullable String email, @Nullable String note, boolean active,
                       List<Long> listIds, Instant createdAt, Instant updatedAt, long version) implements Versioned {

        static ContactView of(ContactSearch.Line l, List<Long> listIds) {
            return new ContactView(l.id(), l.unitId(), l.outletId(), l.outletName(), l.fullName(), l.beat(), l.position(), l.phone(), l.email(),
                    l.note(), l.active(), listIds, l.createdAt(), l.updatedAt(), l.version());
        }
    }

    /** A journalist as sent; active defaults to true; version (or If-Match) on update. */
    @Serdeable
    record ContactRequest(@Nullable Long outletId, @Nullable String fullName, @Nullable String beat, @Nullable String position,
                          @Nullable String phone, @Nullable String email, @Nullable String note, @Nullable Boolean active, @Nullable String version) {

        ContactInput input() {
            return new ContactInput(outletId == null ? null : String.valueOf(outletId), fullName, beat, position, phone, email, note,
                    active == null ? null : String.valueOf(active), version);
        }
    }

    private final Access access;
    private final PressContacts writes;
    private final ContactSearch search;

    ContactApiController(Access access, PressContacts writes, ContactSearch search) {
        this.access = access;
        this.writes = writes;
        this.search = search;
    }

    @Operation(operationId = "listPressContacts", summary = "Phóng viên trong danh bạ báo chí của đơn vị",
            description = "Theo họ tên. Lọc: q (họ tên, email, chuyên mục, tên cơ quan báo chí), outletId, listId (danh sách của đơn vị). "
                    + "sort: fullName, updatedAt, createdAt (thêm - ở đầu để giảm dần). Chỉ người phát ngôn, trưởng ban và quản trị viên của đơn vị.")
    @Get
    ApiList<ContactView> list(Actor actor, long unitId, @Nullable @QueryValue String q, @Nullable @QueryValue Long outletId,
                              @Nullable @QueryValue Long listId, @Nullable @QueryValue String sort, @Nullable @QueryValue Integer page,
                              @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.HANDLE_PRESS);
        String order = sort == null || sort.isBlank() ? "fullName" : sort.strip();
        if (!ContactSearch.ORDERS.containsKey(order)) {
            throw UserInputException.of("sort", "api.sort.invalid", "fullName, updatedAt, createdAt");
        }
        Paging paging = Paging.of(page, perPage);
        String query = VietnameseText.squish(q == null ? "" : q);
        query = query.length() > 200 ? query.substring(0, 200) : query;
        ContactSearch.Found found = search.find(unitId, new ContactSearch.Filter(query, outletId, listId), order, paging.perPage(), paging.offset());
        Map<Long, List<Long>> lists = search.listsOf(unitId, found.lines().stream().map(ContactSearch.Line::id).toList());
        return paging.of(found.lines().stream().map(l -> ContactView.of(l, lists.getOrDefault(l.id(), List.of()))).toList(), found.total());
    }

    @Operation(operationId = "getPressContact", summary = "Một phóng viên trong danh bạ của đơn vị", description = "Trả về ETag; gửi lại trong If-Match khi sửa.")
    @Get("/{contactId}")
    ContactView get(Actor actor, long unitId, long contactId) {
        access.require(actor, unitId, Permission.HANDLE_PRESS);
        return view(unitId, contactId);
    }

    @Answers(201)
    @Operation(operationId = "createPressContact", summary = "Thêm một phóng viên vào danh bạ của đơn vị",
            description = "fullName (bắt buộc), outletId, beat, position, phone, email (mỗi email chỉ một người trong đơn vị: trùng thì 400 với lỗi ở "
                    + "trường email), note, active. Gửi kèm Idempotency-Key để gửi lại an toàn.")
    @Post
    HttpResponse<ContactView> create(Actor actor, long unitId, @Body ContactRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        Contact created = writes.create(actor, unit, writes.check(unit, body.input(), null));
        return HttpResponse.created(view(unitId, created.id()), URI.create("/api/v1/units/" + unitId + "/press-contacts/" + created.id()));
    }

    @Answers(errors = {412, 428})
    @Operation(operationId = "updatePressContact", summary = "Sửa một phóng viên trong danh bạ của đơn vị",
            description = "Cùng các trường như khi thêm. Gửi ETag nhận được từ GET trong If-Match (hoặc version trong nội dung); người khác đã sửa "
                    + "trước: 412 STALE_VERSION; không gửi phiên bản: 428 VERSION_REQUIRED.")
    @Put("/{contactId}")
    ContactView update(HttpRequest<?> request, Actor actor, long unitId, long contactId, @Body ContactRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        view(unitId, contactId);
        long version = version(Preconditions.expectedVersion(request, body.version()));
        writes.update(actor, unit, contactId, version, writes.check(unit, body.input(), contactId));
        return view(unitId, contactId);
    }

    @Answers(204)
    @Operation(operationId = "deletePressContact", summary = "Xóa một phóng viên khỏi danh bạ (và khỏi mọi danh sách của đơn vị)")
    @Delete("/{contactId}")
    HttpResponse<?> delete(Actor actor, long unitId, long contactId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        writes.delete(actor, unit, contactId);
        return HttpResponse.noContent();
    }

    static long version(String expected) {
        try {
            return Long.parseLong(expected.strip());
        } catch (NumberFormatException e) {
            throw UserInputException.of("version", "error.invalidValue");
        }
    }

    private ContactView view(long unitId, long contactId) {
        ContactSearch.Line l = search.one(unitId, contactId).orElseThrow(() -> new NotFoundException("contact " + contactId));
        return ContactView.of(l, search.listsOf(unitId, List.of(contactId)).getOrDefault(contactId, List.of()));
    }
}
