package vn.lantoa.webhook;

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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A unit's webhooks as JSON: subscribe an integration's address to events, change, pause or remove it, read its deliveries
 * with their attempts, send the test event and a delivery again. For the unit's own admins, as its API keys are.
 */
@Controller("/api/v1/units/{unitId}/webhooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Webhook")
class WebhookApiController {

    @Serdeable
    record WebhookView(long id, String url, String description, List<String> events, boolean active, String secretPrefix, Instant createdAt,
                       Instant updatedAt, long version) implements Versioned {
        static WebhookView of(WebhookSubscription s) {
            return new WebhookView(s.id(), s.url(), s.description(), s.events().stream().map(WebhookEventType::code).toList(), s.active(),
                    s.secretPrefix(), s.createdAt(), s.updatedAt(), s.version());
        }
    }

    @Serdeable
    record CreatedWebhook(WebhookView webhook, String secret) {
    }

    @Serdeable
    record DeliveryView(long id, long eventId, String eventType, String status, int attempts, @Nullable Instant nextAttemptAt,
                        @Nullable Instant lastAttemptAt, @Nullable Integer lastStatusCode, @Nullable Integer lastDurationMs, @Nullable String lastError,
                        @Nullable Instant deliveredAt, Instant createdAt, Instant updatedAt) {
        static DeliveryView of(Deliveries.Row r) {
            return new DeliveryView(r.id(), r.eventId(), r.eventType(), r.status(), r.attempts(), r.nextAttemptAt(), r.lastAttemptAt(),
                    r.lastStatusCode(), r.lastDurationMs(), r.lastError(), r.deliveredAt(), r.createdAt(), r.updatedAt());
        }
    }

    @Serdeable
    record AttemptView(int number, Instant attemptedAt, @Nullable Integer statusCode, int durationMs, @Nullable String error,
                       @Nullable String response, boolean manual) {
    }

    @Serdeable
    record DeliveryDetail(DeliveryView delivery, String payload, List<AttemptView> attempts) {
    }

    private static final Sorting<WebhookView> WEBHOOK_ORDER = Sorting.by(Map.of(
            "createdAt", Comparator.comparing(WebhookView::createdAt),
            "updatedAt", Comparator.comparing(WebhookView::updatedAt),
            "url", Comparator.comparing(WebhookView::url),
            "description", Comparator.comparing(WebhookView::description)));
    private static final Sorting<DeliveryView> DELIVERY_ORDER = Sorting.by(Map.of(
            "createdAt", Comparator.comparing(DeliveryView::createdAt),
            "updatedAt", Comparator.comparing(DeliveryView::updatedAt),
            "status", Comparator.comparing(DeliveryView::status),
            "nextAttemptAt", Sorting.nullsLast(DeliveryView::nextAttemptAt)));
    private static final String EVENTS = "report.submitted, report.returned, report.accepted, report.overdue, incident.opened, article.published, "
            + "case.opened, case.answered";

    private final WebhookSubscriptions subscriptions;
    private final WebhookRepository repository;
    private final Deliveries deliveries;
    private final WebhookDispatcher dispatcher;
    private final WebhookUrls urls;
    private final Access access;

    WebhookApiController(WebhookSubscriptions subscriptions, WebhookRepository repository, Deliveries deliveries, WebhookDispatcher dispatcher,
                         WebhookUrls urls, Access access) {
        this.subscriptions = subscriptions;
        this.repository = repository;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.urls = urls;
        this.access = access;
    }

    @Operation(operationId = "listWebhooks", summary = "Các webhook của đơn vị",
            description = "Mới nhất trước; sort: createdAt, updatedAt, url, description; updatedSince: chỉ webhook sửa từ thời điểm này. "
                    + "Chỉ quản trị viên của chính đơn vị.")
    @Get
    ApiList<WebhookView> list(Actor actor, long unitId, @QueryValue @Nullable String sort, @QueryValue @Nullable String updatedSince,
                              @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer perPage) {
        access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        return paging.slice(WEBHOOK_ORDER.sort(sort, repository.findAllOf(unitId).stream().filter(s -> Since.keeps(since, s.updatedAt()))
                .map(WebhookView::of).toList()));
    }

    @Operation(operationId = "getWebhook", summary = "Một webhook (không có mã bí mật)")
    @Get("/{webhookId}")
    WebhookView get(Actor actor, long unitId, long webhookId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        return WebhookView.of(subscriptions.find(unit, webhookId));
    }

    @Answers(201)
    @Operation(operationId = "createWebhook", summary = "Đăng ký webhook: Lantoa gửi sự kiện tới địa chỉ của hệ thống tích hợp",
            description = "Thân: url (https://...; Lantoa không gửi vào địa chỉ nội bộ), description (hệ thống nào, dùng làm gì), events (các loại "
                    + "sự kiện: " + EVENTS + "), active (mặc định true). Webhook nhận sự kiện về đơn vị và các đơn vị cấp dưới, chỉ những gì đơn "
                    + "vị được đọc (báo cáo đã gửi, tin đã đăng; không bao giờ bản nháp; phản ánh mới đến và đã trả lời chỉ kèm mã, lĩnh vực, hạn xử lý, "
                    + "không kèm nội dung hay thông tin cá nhân). Trả về 201 với secret: mã bí mật chỉ trả về một lần. "
                    + "Mỗi lần gửi là POST JSON {id, type, occurredAt, unit, data} với tiêu đề Lantoa-Event, Lantoa-Delivery và "
                    + "Lantoa-Signature: t=<giây unix>,v1=<HMAC-SHA256 hex của \"t.body\" với khoá là secret>. Trả lời 2xx là đã nhận; "
                    + "không thì Lantoa gửi lại sau 1 phút, 5 phút, 30 phút, 2 giờ, 6 giờ, 12 giờ, 24 giờ rồi thôi. Ít nhất một lần, "
                    + "theo thứ tự với từng đối tượng.")
    @Post
    HttpResponse<CreatedWebhook> create(Actor actor, long unitId, @Body WebhookForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        WebhookSubscriptions.Created created = subscriptions.create(actor, unit, valid(form));
        return HttpResponse.created(new CreatedWebhook(WebhookView.of(created.subscription()), created.secret()),
                URI.create("/api/v1/units/" + unitId + "/webhooks/" + created.subscription().id())).header("Cache-Control", "no-store");
    }

    @Answers(errors = {412, 428})
    @Operation(operationId = "updateWebhook", summary = "Sửa webhook: địa chỉ, mô tả, sự kiện, tạm dừng (active=false) hoặc tiếp tục",
            description = "Gửi ETag nhận được từ GET trong If-Match (hoặc version trong nội dung); người khác đã sửa trước: 412 STALE_VERSION; "
                    + "không gửi phiên bản: 428 VERSION_REQUIRED. Tạm dừng: không nhận sự kiện mới, những lần gửi đang chờ được giữ đến khi tiếp tục.")
    @Put("/{webhookId}")
    WebhookView update(HttpRequest<?> request, Actor actor, long unitId, long webhookId, @Body WebhookForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        subscriptions.find(unit, webhookId);
        String expected = Preconditions.expectedVersion(request, form.version());
        long version;
        try {
            version = Long.parseLong(expected.strip());
        } catch (NumberFormatException e) {
            throw UserInputException.of("version", "api.ifMatch.invalid");
        }
        return WebhookView.of(subscriptions.update(actor, unit, webhookId, valid(form), version));
    }

    @Answers(204)
    @Operation(operationId = "deleteWebhook", summary = "Xoá webhook cùng nhật ký gửi của nó")
    @Delete("/{webhookId}")
    HttpResponse<?> delete(Actor actor, long unitId, long webhookId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        subscriptions.delete(actor, unit, webhookId);
        return HttpResponse.noContent();
    }

    @Operation(operationId = "pingWebhook", summary = "Gửi thử: một sự kiện ping tới webhook, ngay lập tức",
            description = "Trả về lần gửi với kết quả (DELIVERED hoặc FAILED, mã trả lời, thời gian). Lần gửi thử không được gửi lại tự động.")
    @Post("/{webhookId}/ping")
    DeliveryView ping(Actor actor, long unitId, long webhookId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        return DeliveryView.of(subscriptions.ping(unit, webhookId));
    }

    @Operation(operationId = "listWebhookDeliveries", summary = "Các lần gửi sự kiện tới webhook",
            description = "Mới nhất trước (1000 lần gần nhất, giữ 30 ngày). status: PENDING (đang chờ, nextAttemptAt là lần thử tới), DELIVERED, "
                    + "FAILED. sort: createdAt, updatedAt, status, nextAttemptAt; updatedSince: chỉ lần gửi thay đổi từ thời điểm này.")
    @Get("/{webhookId}/deliveries")
    ApiList<DeliveryView> deliveries(Actor actor, long unitId, long webhookId, @QueryValue @Nullable String sort,
                                     @QueryValue @Nullable String updatedSince, @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        subscriptions.find(unit, webhookId);
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        return paging.slice(DELIVERY_ORDER.sort(sort, deliveries.list(unitId, webhookId, since).stream().map(DeliveryView::of).toList()));
    }

    @Operation(operationId = "getWebhookDelivery", summary = "Một lần gửi: nội dung đã gửi và từng lần thử",
            description = "payload là đúng nội dung JSON Lantoa gửi (chữ ký tính trên nội dung này). attempts: từng lần thử với mã trả lời, "
                    + "thời gian (ms), lỗi hoặc phần đầu câu trả lời.")
    @Get("/{webhookId}/deliveries/{deliveryId}")
    DeliveryDetail delivery(Actor actor, long unitId, long webhookId, long deliveryId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        subscriptions.find(unit, webhookId);
        Deliveries.Row row = deliveries.row(unitId, webhookId, deliveryId).orElseThrow(() -> new NotFoundException("delivery " + deliveryId));
        Deliveries.Due due = deliveries.one(unitId, webhookId, deliveryId).orElseThrow();
        List<AttemptView> attempts = deliveries.attempts(unitId, webhookId, deliveryId, 100).stream()
                .map(a -> new AttemptView(a.number(), a.attemptedAt(), a.statusCode(), a.durationMs(), a.error(), a.response(), a.manual())).toList();
        return new DeliveryDetail(DeliveryView.of(row), new String(dispatcher.body(due), StandardCharsets.UTF_8), attempts);
    }

    @Answers(errors = 409)
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Gửi lại một lần gửi, ngay lập tức",
            description = "Cho lần gửi đã thất bại (FAILED) hoặc đã nhận (DELIVERED) mà hệ thống tích hợp muốn nhận lại; gửi một lần, cùng id sự "
                    + "kiện. Lần gửi còn đang chờ (PENDING): 409 CONFLICT. Trả về lần gửi với kết quả.")
    @Post("/{webhookId}/deliveries/{deliveryId}/redeliver")
    DeliveryView redeliver(Actor actor, long unitId, long webhookId, long deliveryId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        return DeliveryView.of(subscriptions.redeliver(unit, webhookId, deliveryId));
    }

    private WebhookForm.Valid valid(WebhookForm form) {
        FieldErrors errors = new FieldErrors();
        WebhookForm.Valid valid = form.validate(errors, urls);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return valid;
    }
}
