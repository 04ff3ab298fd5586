package vn.lantoa.press.incidents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import vn.lantoa.platform.api.Versioned;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A unit's incidents as JSON: read by the unit and the units above; opened and worked by its desk. */
@Controller("/api/v1/units/{unitId}/press-incidents")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Sự cố truyền thông")
class IncidentApiController {

    /** statementState: RUNNING, LATE, MADE_ON_TIME, MADE_LATE. */
    @Serdeable
    record IncidentSummary(long id, long unitId, String code, String title, String type, String severity, String status, @Nullable Long ownerId,
                           @Nullable String ownerName, String openedFrom, @Nullable Long sourceId, Instant firstAlertAt, Instant statementDueAt,
                           @Nullable Instant firstStatementAt, String statementState, @Nullable Instant closedAt, Instant updatedAt, long version)
            implements Versioned {

        static IncidentSummary of(Incident i, Instant now) {
            return new IncidentSummary(i.id(), i.unitId(), i.code(), i.title(), i.type().name(), i.severity().name(), i.status(), i.ownerId(),
                    i.ownerName(), i.openedFrom(), i.sourceId(), i.firstAlertAt(), i.statementDueAt(), i.firstStatementAt(),
                    i.clock(now).state().name(), i.closedAt(), i.updatedAt(), i.version());
        }
    }

    @Serdeable
    record TaskView(long id, String title, @Nullable String who, @Nullable Long ownerId, @Nullable String ownerName, @Nullable Instant dueAt,
                    @Nullable Instant doneAt) {
    }

    @Serdeable
    record EventView(String kind, @Nullable String body, @Nullable String actorName, Instant at) {
    }

    @Serdeable
    record LinkView(String kind, long refId, String label, Instant linkedAt) {
    }

    @Serdeable
    record IncidentDetail(IncidentSummary incident, @Nullable String summary, @Nullable String results, @Nullable String lessons, List<TaskView> tasks,
                          List<EventView> timeline, List<LinkView> links, long version) implements Versioned {
    }

    /** firstAlertAt: ISO 8601 with its offset (2024-06-27T07:45:00+07:00); from/ref: RAPID_REPORT, CLIPPING or CASE and its id. */
    @Serdeable
    record IncidentRequest(@Nullable String title, @Nullable String type, @Nullable String severity, @Nullable Long ownerId, @Nullable String summary,
                           @Nullable String firstAlertAt, @Nullable String from, @Nullable Long ref, @Nullable String version) {
    }

    @Serdeable
    record NoteRequest(@Nullable String text) {
    }

    /** dueAt: ISO 8601 with its offset. */
    @Serdeable
    record TaskRequest(@Nullable String title, @Nullable Long ownerId, @Nullable String dueAt) {
    }

    @Serdeable
    record TaskDoneRequest(@Nullable Boolean done) {
    }

    @Serdeable
    record CloseRequest(@Nullable String results, @Nullable String lessons) {
    }

    private final Access access;
    private final IncidentStore store;
    private final IncidentSources sources;
    private final IncidentWork work;

    IncidentApiController(Access access, IncidentStore store, IncidentSources sources, IncidentWork work) {
        this.access = access;
        this.store = store;
        this.sources = sources;
        this.work = work;
    }

    @Operation(operationId = "listPressIncidents", summary = "Sự cố truyền thông của đơn vị",
            description = "Mặc định sự cố đang mở trước: nghiêm trọng nhất, rồi tin báo sớm nhất. sort: firstAlertAt, updatedAt, severity (thêm - ở "
                    + "đầu để giảm dần). Đơn vị cấp trên xem được (chỉ xem).")
    @Get
    ApiList<IncidentSummary> list(Actor actor, long unitId, @Nullable @QueryValue String sort, @Nullable @QueryValue Integer page,
                                  @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.VIEW);
        String order = IncidentStore.ORDER;
        if (sort != null && !sort.isBlank()) {
            order = IncidentStore.ORDERS.get(sort.strip());
            if (order == null) {
                throw UserInputException.of("sort", "api.sort.invalid", "firstAlertAt, updatedAt, severity");
            }
        }
        Paging paging = Paging.of(page, perPage);
        Instant now = work.now();
        return paging.of(store.list(unitId, order, paging.perPage(), paging.offset()).stream().map(i -> IncidentSummary.of(i, now)).toList(),
                store.count(unitId));
    }

    @Operation(operationId = "getPressIncident", summary = "Một sự cố: việc cần làm, diễn biến, liên kết",
            description = "Trả về ETag; gửi lại trong If-Match khi sửa.")
    @Get("/{incidentId}")
    IncidentDetail get(Actor actor, long unitId, long incidentId) {
        access.require(actor, unitId, Permission.VIEW);
        return detail(unitId, incidentId);
    }

    @Answers(201)
    @Operation(operationId = "createPressIncident", summary = "Mở một sự cố",
            description = "title, type (SCHOOL_VIOLENCE, FOOD_POISONING, EXAM_LEAK, EXAM_SITE, ACCIDENT, FAKE_NEWS, OTHER), severity (MINOR, SERIOUS, "
                    + "GRAVE, CRITICAL: SERIOUS báo ngay cấp trên trực tiếp, GRAVE hai cấp, CRITICAL mọi cấp), ownerId (thành viên đơn vị), summary, "
                    + "firstAlertAt (ISO 8601; bỏ trống: thời điểm của nguồn hoặc bây giờ), from/ref (RAPID_REPORT, CLIPPING, CASE và mã số: liên kết "
                    + "nguồn). Các bước của kịch bản gần nhất cùng loại thành việc cần làm. Gửi kèm Idempotency-Key để gửi lại an toàn.")
    @Post
    HttpResponse<IncidentDetail> create(Actor actor, long unitId, @Body IncidentRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        IncidentSources.Source source = null;
        if (body.from() != null && !body.from().isBlank()) {
            LinkKind kind = LinkKind.parse(body.from());
            if (kind == null || body.ref() == null || kind == LinkKind.ARTICLE || kind == LinkKind.QUESTION) {
                throw UserInputException.of("from", "press.incident.link.invalid");
            }
            source = sources.source(unit, kind, body.ref()).orElseThrow(() -> UserInputException.of("ref", "press.incident.link.invalid"));
        }
        String alert = body.firstAlertAt() == null || body.firstAlertAt().isBlank()
                ? IncidentInput.show(source == null || source.at() == null ? work.now() : source.at()) : local(body.firstAlertAt(), "firstAlertAt");
        IncidentInput input = new IncidentInput(body.title(), body.type(), body.severity(), body.ownerId() == null ? null : String.valueOf(body.ownerId()),
                body.summary(), alert, null, null);
        Incident opened = work.open(actor, unit, work.check(unit, input), source);
        return HttpResponse.created(detail(unitId, opened.id()), URI.create("/api/v1/units/" + unitId + "/press-incidents/" + opened.id()));
    }

    @Answers(errors = {409, 412, 428})
    @Operation(operationId = "updatePressIncident", summary = "Sửa tên, loại, mức độ, người phụ trách, tóm tắt của sự cố",
            description = "Gửi ETag trong If-Match (hoặc version); người khác đã sửa trước: 412 STALE_VERSION; không gửi: 428 VERSION_REQUIRED. "
                    + "Nâng mức độ báo ngay các cấp trên mới tới. Sự cố đã kết thúc: 409 INCIDENT_CLOSED.")
    @Put("/{incidentId}")
    IncidentDetail update(HttpRequest<?> request, Actor actor, long unitId, long incidentId, @Body IncidentRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        Incident current = store.find(unitId, incidentId).orElseThrow(() -> new NotFoundException("incident " + incidentId));
        String expected = Preconditions.expectedVersion(request, body.version());
        long version;
        try {
            version = Long.parseLong(expected.strip());
        } catch (NumberFormatException e) {
            throw UserInputException.of("version", "error.invalidValue");
        }
        IncidentInput input = new IncidentInput(body.title(), body.type(), body.severity(), body.ownerId() == null ? null : String.valueOf(body.ownerId()),
                body.summary(), IncidentInput.show(current.firstAlertAt()), null, null);
        work.update(actor, unit, incidentId, version, work.check(unit, input));
        return detail(unitId, incidentId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "addPressIncidentNote", summary = "Ghi vào diễn biến của sự cố", description = "text bắt buộc, tối đa 5000 ký tự.")
    @Post("/{incidentId}/notes")
    IncidentDetail note(Actor actor, long unitId, long incidentId, @Body NoteRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        work.note(actor, unit, incidentId, body.text());
        return detail(unitId, incidentId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "addPressIncidentTask", summary = "Thêm việc cần làm", description = "title bắt buộc; ownerId (thành viên đơn vị), dueAt (ISO 8601).")
    @Post("/{incidentId}/tasks")
    IncidentDetail task(Actor actor, long unitId, long incidentId, @Body TaskRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        String due = body.dueAt() == null || body.dueAt().isBlank() ? null : local(body.dueAt(), "taskDueAt");
        work.addTask(actor, unit, incidentId, body.title(), body.ownerId() == null ? null : String.valueOf(body.ownerId()), due);
        return detail(unitId, incidentId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "setPressIncidentTaskDone", summary = "Đánh dấu việc đã xong (done=true) hoặc chưa xong (done=false)")
    @Post("/{incidentId}/tasks/{taskId}/done")
    IncidentDetail taskDone(Actor actor, long unitId, long incidentId, long taskId, @Body TaskDoneRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        work.taskDone(actor, unit, incidentId, taskId, body.done() == null || body.done());
        return detail(unitId, incidentId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "closePressIncident", summary = "Kết thúc sự cố với kết quả và bài học kinh nghiệm",
            description = "results và lessons bắt buộc. Người phát ngôn, trưởng ban, quản trị viên. Đã kết thúc: 409 INCIDENT_CLOSED.")
    @Post("/{incidentId}/close")
    IncidentDetail close(Actor actor, long unitId, long incidentId, @Body CloseRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        work.close(actor, unit, incidentId, body.results(), body.lessons());
        return detail(unitId, incidentId);
    }

    private IncidentDetail detail(long unitId, long incidentId) {
        Incident i = store.find(unitId, incidentId).orElseThrow(() -> new NotFoundException("incident " + incidentId));
        List<TaskView> tasks = store.tasks(unitId, incidentId).stream().map(t -> new TaskView(t.id(), t.title(), t.who(), t.ownerId(), t.ownerName(),
                t.dueAt(), t.doneAt())).toList();
        List<EventView> events = store.events(unitId, incidentId).stream().map(e -> new EventView(e.kind(), e.body(), e.actorName(), e.at())).toList();
        List<LinkView> links = sources.links(unitId, incidentId).stream().map(l -> new LinkView(l.kind(), l.refId(), l.label(), l.linkedAt())).toList();
        return new IncidentDetail(IncidentSummary.of(i, work.now()), i.summary(), i.results(), i.lessons(), tasks, events, links, i.version());
    }

    /** An ISO 8601 time with its offset, as the form's Vietnam time. */
    private static String local(String iso, String field) {
        try {
            return IncidentInput.show(OffsetDateTime.parse(iso.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw UserInputException.of(field, "press.incident.firstAlertAt.invalid");
        }
    }
}
