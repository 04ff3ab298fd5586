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
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Preconditions;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.platform.api.Versioned;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The lists a unit mails press releases to, as JSON: its own (read and written here) and those a unit above shares
 * down (read here, with their contacts; written only by their owner, so 404 on a write from below).
 */
@Controller("/api/v1/units/{unitId}/press-lists")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Danh bạ báo chí")
class PressListApiController {

    /** own: false for a list shared from above (ownerUnitId); recipients: members active with an email; version 0 when not own. */
    @Serdeable
    record ListView(long id, long ownerUnitId, String ownerName, String name, @Nullable String description, boolean sharedDown, boolean own,
                    long recipients, List<Member> members, long version) implements Versioned {
    }

    /** A member of a list; receives: active and with an email, so a mail to the list reaches them. */
    @Serdeable
    record Member(long contactId, String fullName, @Nullable String outletName, @Nullable String email, boolean receives) {
    }

    /** A list as sent: contactIds (the unit's own journalists), when sent, become the list's members. */
    @Serdeable
    record ListRequest(@Nullable String name, @Nullable String description, @Nullable Boolean sharedDown, @Nullable List<Long> contactIds,
                       @Nullable String version) {

        ListInput input() {
            return new ListInput(name, description, sharedDown == null ? null : String.valueOf(sharedDown), version);
        }

        List<Long> members() {
            return contactIds == null ? null : List.copyOf(new LinkedHashSet<>(contactIds.stream().filter(java.util.Objects::nonNull).toList()));
        }
    }

    @Serdeable
    record ListSummary(long id, long ownerUnitId, String ownerName, String name, @Nullable String description, boolean sharedDown, boolean own,
                       long recipients) {
    }

    private static final Sorting<ListSummary> ORDER = Sorting.by(java.util.Map.of("name", java.util.Comparator.comparing(ListSummary::name),
            "recipients", java.util.Comparator.comparingLong(ListSummary::recipients)));

    private final Access access;
    private final PressLists lists;
    private final PressListEditor editor;

    PressListApiController(Access access, PressLists lists, PressListEditor editor) {
        this.access = access;
        this.lists = lists;
        this.editor = editor;
    }

    @Operation(operationId = "listPressLists", summary = "Danh sách gửi tin mà đơn vị dùng được",
            description = "Danh sách của đơn vị, rồi danh sách do đơn vị cấp trên chia sẻ xuống (own = false: chỉ xem và gửi tin). "
                    + "shared=false: chỉ danh sách của đơn vị. sort: name, recipients (thêm - ở đầu để giảm dần).")
    @Get
    ApiList<ListSummary> list(Actor actor, long unitId, @Nullable @QueryValue Boolean shared, @Nullable @QueryValue String sort,
                              @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        List<ListSummary> all = lists.mailable(unit).stream().filter(l -> shared == null || shared || l.own())
                .map(l -> new ListSummary(l.id(), l.ownerUnitId(), l.ownerName(), l.name(), l.description(), l.sharedDown(), l.own(), l.recipients()))
                .toList();
        return Paging.of(page, perPage).slice(ORDER.sort(sort, all));
    }

    @Operation(operationId = "getPressList", summary = "Một danh sách gửi tin, với các phóng viên của nó",
            description = "Danh sách của đơn vị hoặc do cấp trên chia sẻ xuống; danh sách khác: 404. Trả về ETag cho danh sách của đơn vị.")
    @Get("/{listId}")
    ListView get(Actor actor, long unitId, long listId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return view(unit, listId);
    }

    @Answers(201)
    @Operation(operationId = "createPressList", summary = "Tạo một danh sách gửi tin của đơn vị",
            description = "name (bắt buộc, không trùng trong đơn vị), description, sharedDown (chỉ đơn vị có cấp dưới), contactIds. "
                    + "Gửi kèm Idempotency-Key để gửi lại an toàn.")
    @Post
    @Transactional
    HttpResponse<ListView> create(Actor actor, long unitId, @Body ListRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        PressList created = editor.create(actor, unit, editor.check(unit, body.input(), null));
        if (body.members() != null && !body.members().isEmpty()) {
            editor.add(actor, unit, created.id(), body.members());
        }
        return HttpResponse.created(view(unit, created.id()), URI.create("/api/v1/units/" + unitId + "/press-lists/" + created.id()));
    }

    @Answers(errors = {412, 428})
    @Operation(operationId = "updatePressList", summary = "Sửa một danh sách gửi tin của đơn vị",
            description = "Cùng các trường như khi tạo; contactIds nếu gửi sẽ thay toàn bộ thành viên. If-Match (hoặc version): cũ thì 412 "
                    + "STALE_VERSION, thiếu thì 428 VERSION_REQUIRED. Danh sách do cấp trên chia sẻ: 404.")
    @Put("/{listId}")
    @Transactional
    ListView update(HttpRequest<?> request, Actor actor, long unitId, long listId, @Body ListRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        editor.own(unit, listId);
        long version = ContactApiController.version(Preconditions.expectedVersion(request, body.version()));
        editor.update(actor, unit, listId, version, editor.check(unit, body.input(), listId));
        if (body.members() != null) {
            editor.replaceMembers(actor, unit, listId, body.members());
        }
        return view(unit, listId);
    }

    @Answers(204)
    @Operation(operationId = "deletePressList", summary = "Xóa một danh sách gửi tin của đơn vị (phóng viên vẫn còn trong danh bạ)")
    @Delete("/{listId}")
    HttpResponse<?> delete(Actor actor, long unitId, long listId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        editor.delete(actor, unit, listId);
        return HttpResponse.noContent();
    }

    private ListView view(UnitRef unit, long listId) {
        PressLists.Mailable l = lists.usable(unit, listId).orElseThrow(() -> new NotFoundException("press list " + listId));
        long version = l.own() ? editor.own(unit, listId).version() : 0;
        List<Member> members = lists.members(unit, listId).stream()
                .map(m -> new Member(m.contactId(), m.fullName(), m.outletName(), m.email(), m.receives())).toList();
        return new ListView(l.id(), l.ownerUnitId(), l.ownerName(), l.name(), l.description(), l.sharedDown(), l.own(), l.recipients(), members,
                version);
    }
}
