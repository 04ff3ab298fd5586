package vn.lantoa.sharing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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
import vn.lantoa.platform.api.Since;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

/**
 * Sharing down the tree as JSON: what a unit shared, to whom and who acknowledged; sharing a published article or
 * document; what a unit received from above, and acknowledging it. The same service as the pages, so the same rules.
 */
@Controller("/api/v1/units/{unitId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Chia sẻ và xác nhận")
class ShareApiController {

    @Serdeable
    record SentShareView(long id, String itemType, long itemId, @Nullable String title, String audience, boolean requiresAck, Instant createdAt,
                         long recipients, long acknowledged, long notAcknowledged, Instant updatedAt) {
        static SentShareView of(SentShare s) {
            return new SentShareView(s.id(), s.itemType(), s.itemId(), s.title(), s.audience(), s.requiresAck(), s.createdAt(), s.recipients(),
                    s.acknowledged(), s.requiresAck() ? s.recipients() - s.acknowledged() : 0, s.updatedAt());
        }
    }

    @Serdeable
    record ShareRecipientView(long unitId, String unitName, boolean acknowledged, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedByName) {
        static ShareRecipientView of(Acknowledgement a) {
            return new ShareRecipientView(a.unitId(), a.unitName(), a.acknowledgedAt() != null, a.acknowledgedAt(), a.acknowledgedByName());
        }
    }

    @Serdeable
    record ReceivedShareView(long id, String itemType, long itemId, String title, @Nullable String number, String url, long fromUnitId,
                             String fromUnitName, Instant sharedAt, boolean requiresAck, boolean acknowledged, @Nullable Instant acknowledgedAt,
                             Instant updatedAt) {
        static ReceivedShareView of(ReceivedItem r) {
            return new ReceivedShareView(r.shareId(), r.itemType(), r.itemId(), r.title(), r.number(), r.url(), r.fromUnitId(), r.fromUnitName(),
                    r.sharedAt(), r.requiresAck(), r.acknowledgedAt() != null, r.acknowledgedAt(),
                    r.acknowledgedAt() == null ? r.sharedAt() : r.acknowledgedAt());
        }
    }

    @Serdeable
    record ShareRequest(@Nullable String itemType, @Nullable Long itemId, @Nullable String audience, @Nullable Boolean requiresAck) {
    }

    private static final Sorting<SentShareView> SENT_ORDER = Sorting.by(Map.of(
            "createdAt", Comparator.comparing(SentShareView::createdAt).thenComparingLong(SentShareView::id),
            "updatedAt", Comparator.comparing(SentShareView::updatedAt),
            "title", Sorting.nullsLast(SentShareView::title),
            "notAcknowledged", Comparator.comparingLong(SentShareView::notAcknowledged)));

    private static final Sorting<ShareRecipientView> RECIPIENT_ORDER = Sorting.by(Map.of(
            "unitName", Comparator.comparing(ShareRecipientView::unitName),
            "acknowledgedAt", Sorting.nullsLast(ShareRecipientView::acknowledgedAt)));

    private static final Sorting<ReceivedShareView> RECEIVED_ORDER = Sorting.by(Map.of(
            "sharedAt", Comparator.comparing(ReceivedShareView::sharedAt).thenComparingLong(ReceivedShareView::id),
            "updatedAt", Comparator.comparing(ReceivedShareView::updatedAt),
            "title", Comparator.comparing(ReceivedShareView::title),
            "fromUnitName", Comparator.comparing(ReceivedShareView::fromUnitName),
            "acknowledgedAt", Sorting.nullsLast(ReceivedShareView::acknowledgedAt)));

    private final SharingService service;
    private final ShareRepository shares;
    private final Access access;

    ShareApiController(SharingService service, ShareRepository shares, Access access) {
        this.service = service;
        this.shares = shares;
        this.access = access;
    }

    @Operation(operationId = "listSentShares", summary = "Tin bài, văn bản đơn vị đã chia sẻ xuống cấp dưới",
            description = "Mới nhất trước; mỗi mục có số đơn vị nhận, đã xác nhận và chưa xác nhận (notAcknowledged, 0 khi không yêu cầu "
                    + "xác nhận). sort: createdAt, updatedAt, title, notAcknowledged (thêm - ở đầu để giảm dần). updatedSince: chỉ các mục được "
                    + "chia sẻ hoặc có đơn vị xác nhận từ thời điểm này (ISO-8601 có múi giờ). Cấp trên của đơn vị cũng đọc được.")
    @Get("/shares")
    ApiList<SentShareView> listSentShares(Actor actor, long unitId, @Nullable @QueryValue String sort, @Nullable @QueryValue String updatedSince,
                                          @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.VIEW);
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        return paging.slice(SENT_ORDER.sort(sort, shares.findAllSent(unitId).stream().map(SentShareView::of)
                .filter(s -> Since.keeps(since, s.updatedAt())).toList()));
    }

    @Operation(operationId = "getSentShare", summary = "Một lần chia sẻ xuống cấp dưới, với số đơn vị đã và chưa xác nhận",
            description = "Danh sách từng đơn vị nhận, ai đã xác nhận và lúc nào: GET .../shares/{shareId}/recipients.")
    @Get("/shares/{shareId}")
    SentShareView getSentShare(Actor actor, long unitId, long shareId) {
        access.require(actor, unitId, Permission.VIEW);
        return SentShareView.of(sent(unitId, shareId));
    }

    @Operation(operationId = "listShareRecipients", summary = "Các đơn vị nhận một lần chia sẻ: ai đã xác nhận, ai chưa",
            description = "acknowledged=false: chỉ các đơn vị chưa xác nhận (để nhắc); acknowledged=true: chỉ các đơn vị đã xác nhận. Mặc định đơn vị "
                    + "chưa xác nhận trước, rồi theo tên. sort: unitName, acknowledgedAt. updatedSince: chỉ các đơn vị xác nhận từ thời điểm này. "
                    + "Danh sách đơn vị nhận được chốt khi chia sẻ.")
    @Get("/shares/{shareId}/recipients")
    ApiList<ShareRecipientView> listShareRecipients(Actor actor, long unitId, long shareId, @Nullable @QueryValue String acknowledged,
                                                    @Nullable @QueryValue String sort, @Nullable @QueryValue String updatedSince,
                                                    @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.VIEW);
        Boolean wanted = flag("acknowledged", acknowledged);
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        sent(unitId, shareId);
        return paging.slice(RECIPIENT_ORDER.sort(sort, shares.acknowledgements(shareId).stream().map(ShareRecipientView::of)
                .filter(r -> wanted == null || r.acknowledged() == wanted)
                .filter(r -> since == null || Since.keeps(since, r.acknowledgedAt()))
                .toList()));
    }

    @Answers(201)
    @Operation(operationId = "createShare", summary = "Chia sẻ một tin bài hoặc văn bản đã đăng xuống các đơn vị cấp dưới",
            description = "Thân: itemType (ARTICLE hoặc DOCUMENT), itemId (tin bài hoặc văn bản đã đăng của chính đơn vị), audience: ALL (mọi "
                    + "đơn vị bên dưới), CHILDREN (chỉ trực thuộc), TYPE:DISTRICT_OFFICE, TYPE:COMMUNE_OFFICE, TYPE:SCHOOL, hoặc LEVEL:MN, "
                    + "LEVEL:TH, LEVEL:THCS, LEVEL:THPT, LEVEL:LIEN_CAP, LEVEL:GDTX; requiresAck: yêu cầu đơn vị nhận xác nhận. Danh sách đơn vị "
                    + "nhận được chốt lúc chia sẻ. Không có đơn vị nào phù hợp: 400 (audience). Cần quyền duyệt nội dung của đơn vị.")
    @Post("/shares")
    HttpResponse<SentShareView> createShare(Actor actor, long unitId, @Nullable @Body ShareRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        ShareRequest request = body == null ? new ShareRequest(null, null, null, null) : body;
        FieldErrors errors = new FieldErrors();
        Share.ItemType type = null;
        try {
            type = Share.ItemType.valueOf(request.itemType() == null ? "" : request.itemType().strip());
        } catch (IllegalArgumentException e) {
            errors.add("itemType", "share.itemType.invalid");
        }
        if (request.itemId() == null) {
            errors.add("itemId", "share.itemId.required");
        } else if (type != null && !published(unit, type, request.itemId())) {
            errors.add("itemId", "share.item.notPublished");
        }
        Audience audience = Audience.parse(request.audience());
        if (audience == null) {
            errors.add("audience", "share.audience.required");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Share share = service.share(actor, unit, type, request.itemId(), audience, Boolean.TRUE.equals(request.requiresAck()));
        return HttpResponse.created(SentShareView.of(sent(unitId, share.id())), URI.create("/api/v1/units/" + unitId + "/shares/" + share.id()));
    }

    @Operation(operationId = "listReceivedShares", summary = "Tin bài, văn bản cấp trên chia sẻ cho đơn vị",
            description = "Chỉ những mục bản gốc còn đăng; mới nhất trước. acknowledged=false: các mục chưa xác nhận (kể cả mục không yêu cầu "
                    + "xác nhận; lọc thêm theo requiresAck trong kết quả). sort: sharedAt, updatedAt, title, fromUnitName, acknowledgedAt. "
                    + "updatedSince: chỉ các mục được chia sẻ hoặc xác nhận từ thời điểm này. url: bản gốc trên trang của đơn vị gửi.")
    @Get("/received-shares")
    ApiList<ReceivedShareView> listReceivedShares(Actor actor, long unitId, @Nullable @QueryValue String acknowledged,
                                                  @Nullable @QueryValue String sort, @Nullable @QueryValue String updatedSince,
                                                  @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.VIEW);
        Boolean wanted = flag("acknowledged", acknowledged);
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        return paging.slice(RECEIVED_ORDER.sort(sort, shares.findAllReceived(unitId).stream().map(ReceivedShareView::of)
                .filter(r -> wanted == null || r.acknowledged() == wanted)
                .filter(r -> Since.keeps(since, r.updatedAt()))
                .toList()));
    }

    @Operation(operationId = "getReceivedShare", summary = "Một tin bài, văn bản cấp trên chia sẻ cho đơn vị")
    @Get("/received-shares/{shareId}")
    ReceivedShareView getReceivedShare(Actor actor, long unitId, long shareId) {
        access.require(actor, unitId, Permission.VIEW);
        return ReceivedShareView.of(received(unitId, shareId));
    }

    @Answers(errors = 409)
    @Operation(operationId = "acknowledgeReceivedShare", summary = "Xác nhận đã nhận một văn bản, tin bài từ cấp trên",
            description = "Lũy đẳng: xác nhận lại trả về 200 với lần xác nhận đầu tiên (thời điểm và người xác nhận không đổi), nên gọi lại "
                    + "khi mất kết nối là an toàn. Mục không yêu cầu xác nhận: 409 CONFLICT. Cần quyền viết nội dung của đơn vị; cấp trên chỉ đọc.")
    @Post("/received-shares/{shareId}/acknowledge")
    ReceivedShareView acknowledgeReceivedShare(Actor actor, long unitId, long shareId) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        received(unitId, shareId);
        service.acknowledge(actor, unit, shareId);
        return ReceivedShareView.of(received(unitId, shareId));
    }

    private SentShare sent(long unitId, long shareId) {
        return shares.findSentOne(unitId, shareId).orElseThrow(() -> new NotFoundException("share " + shareId));
    }

    private ReceivedItem received(long unitId, long shareId) {
        return shares.findReceivedOne(unitId, shareId).orElseThrow(() -> new NotFoundException("received share " + shareId));
    }

    private boolean published(UnitRef unit, Share.ItemType type, long itemId) {
        try {
            service.publishedTitle(unit, type, itemId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** true or false, or null when not asked; anything else is refused. */
    @Nullable
    static Boolean flag(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw UserInputException.of(field, "api.boolean.invalid");
        };
    }
}
