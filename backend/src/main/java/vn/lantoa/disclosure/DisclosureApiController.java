package vn.lantoa.disclosure;

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
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitType;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Công khai as JSON: what a school must publish and where it stands, what it published (the archive, replaced items
 * included), publishing an item, and for a unit above, which schools below are missing or late with which items, in
 * one list. Items are published at once (there are no drafts), so the level above reads them all.
 */
@Controller("/api/v1/units/{unitId}/disclosure")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Công khai")
class DisclosureApiController {

    @Serdeable
    record RequirementStandingView(String requirement, String label, String section, String sectionLabel, String frequency, String rule,
                                   String previousPeriod, LocalDate previousDueDate, String previousState, @Nullable Long previousItemId,
                                   @Nullable Instant previousPublishedAt, String currentPeriod, LocalDate currentDueDate,
                                   @Nullable Long currentItemId, @Nullable Instant currentPublishedAt) {
    }

    @Serdeable
    record DisclosureItemView(long id, String requirement, String label, String period, String title, @Nullable String body, @Nullable Long fileId,
                              Instant publishedAt, LocalDate dueDate, boolean late, boolean current, @Nullable Long replacedBy, Instant updatedAt) {
    }

    @Serdeable
    record DisclosureRequest(@Nullable String requirement, @Nullable String period, @Nullable String title, @Nullable String body,
                             @Nullable Long fileId) {
    }

    @Serdeable
    record DisclosureMissingView(String requirement, String label, String period, LocalDate dueDate) {
    }

    @Serdeable
    record DisclosureLateView(String requirement, String label, String period, LocalDate dueDate, Instant publishedAt, long daysLate) {
    }

    @Serdeable
    record SchoolDisclosureView(long schoolId, String schoolName, String schoolSlug, @Nullable String schoolLevel,
                                List<DisclosureMissingView> missing, List<DisclosureLateView> late) {
    }

    private static final Sorting<RequirementStandingView> REQUIREMENT_ORDER = Sorting.by(Map.of(
            "requirement", Comparator.comparing(RequirementStandingView::requirement),
            "previousDueDate", Comparator.comparing(RequirementStandingView::previousDueDate),
            "currentDueDate", Comparator.comparing(RequirementStandingView::currentDueDate)));

    private static final Sorting<DisclosureItemView> ITEM_ORDER = Sorting.by(Map.of(
            "publishedAt", Comparator.comparing(DisclosureItemView::publishedAt).thenComparingLong(DisclosureItemView::id),
            "updatedAt", Comparator.comparing(DisclosureItemView::updatedAt),
            "requirement", Comparator.comparing(DisclosureItemView::requirement),
            "period", Comparator.comparing(DisclosureItemView::period)));

    private static final Sorting<SchoolDisclosureView> SCHOOL_ORDER = Sorting.by(Map.of(
            "schoolName", Comparator.comparing(SchoolDisclosureView::schoolName),
            "missing", Comparator.comparingInt(v -> v.missing().size()),
            "late", Comparator.comparingInt(v -> v.late().size())));

    private final DisclosureTracking tracking;
    private final DisclosureService service;
    private final DisclosureItemRepository items;
    private final Access access;
    private final Translator vi;

    DisclosureApiController(DisclosureTracking tracking, DisclosureService service, DisclosureItemRepository items, Access access, Languages languages) {
        this.tracking = tracking;
        this.service = service;
        this.items = items;
        this.access = access;
        this.vi = languages.vietnamese();
    }

    @Operation(operationId = "listDisclosureRequirements", summary = "Các nội dung trường phải công khai, với hạn và tình trạng từng kỳ",
            description = "Theo Thông tư 09/2024/TT-BGDĐT và cấp học của trường (mầm non thêm kế hoạch tháng và thực đơn tuần). previous: kỳ đã "
                    + "đến hạn, previousState: MISSING (chưa công khai, đã quá hạn), LATE (công khai sau hạn), ON_TIME; current: kỳ đến hạn tiếp "
                    + "theo. Ngày theo giờ Việt Nam. Chỉ trường học phải công khai: đơn vị khác nhận danh sách rỗng (xem .../disclosure/"
                    + "schools-below). sort: requirement, previousDueDate, currentDueDate; mặc định theo thứ tự của thông tư.")
    @Get("/requirements")
    ApiList<RequirementStandingView> listDisclosureRequirements(Actor actor, long unitId, @Nullable @QueryValue String sort,
                                                                @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Paging paging = Paging.of(page, perPage);
        List<DisclosureStatus> statuses = unit.type() == UnitType.SCHOOL ? tracking.of(unit) : List.of();
        return paging.slice(REQUIREMENT_ORDER.sort(sort, statuses.stream().map(this::standing).toList()));
    }

    @Operation(operationId = "listDisclosureItems", summary = "Các nội dung đơn vị đã công khai, kể cả bản đã được thay",
            description = "Mới nhất trước. Công khai lại cùng nội dung và kỳ thì bản mới thay bản cũ (current=false, replacedBy), bản cũ vẫn được "
                    + "lưu. Lọc: requirement, period, current (true hoặc false). sort: publishedAt, updatedAt, requirement, period. updatedSince: chỉ "
                    + "các mục công khai hoặc bị thay từ thời điểm này (updatedAt). late: công khai sau hạn của kỳ (dueDate).")
    @Get("/items")
    ApiList<DisclosureItemView> listDisclosureItems(Actor actor, long unitId, @Nullable @QueryValue String requirement,
                                                    @Nullable @QueryValue String period, @Nullable @QueryValue String current,
                                                    @Nullable @QueryValue String sort, @Nullable @QueryValue String updatedSince,
                                                    @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.VIEW);
        Requirement wanted = Requirement.parse(requirement);
        if (requirement != null && !requirement.isBlank() && wanted == null) {
            throw UserInputException.of("requirement", "disclosure.requirement.unknown");
        }
        Boolean currentOnly = flag(current);
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        List<DisclosureItem> all = items.findAllOf(unitId);
        Map<Long, DisclosureItem> byId = all.stream().collect(Collectors.toMap(DisclosureItem::id, Function.identity()));
        return paging.slice(ITEM_ORDER.sort(sort, all.stream()
                .filter(i -> wanted == null || i.requirement() == wanted)
                .filter(i -> period == null || period.isBlank() || i.period().equals(period.strip()))
                .filter(i -> currentOnly == null || i.current() == currentOnly)
                .map(i -> view(i, byId.get(i.replacedBy())))
                .filter(v -> Since.keeps(since, v.updatedAt()))
                .toList()));
    }

    @Operation(operationId = "getDisclosureItem", summary = "Một nội dung đơn vị đã công khai")
    @Get("/items/{itemId}")
    DisclosureItemView getDisclosureItem(Actor actor, long unitId, long itemId) {
        access.require(actor, unitId, Permission.VIEW);
        return view(item(unitId, itemId));
    }

    @Answers(201)
    @Operation(operationId = "publishDisclosureItem", summary = "Công khai một nội dung của trường",
            description = "Thân: requirement (GENERAL_INFO, ORGANISATION, FEES, BUDGET, STAFF, FACILITIES, ENROLMENT_PLAN, EDUCATION_RESULTS, "
                    + "MONTHLY_PLAN, WEEKLY_MENU, ANNUAL_REPORT; xem GET .../disclosure/requirements), period (năm 2026, tháng 2026-12 hoặc tuần "
                    + "2026-W49, theo loại nội dung), title, body (tối đa 4000 ký tự) và/hoặc fileId (tệp của đơn vị; bắt buộc với ANNUAL_REPORT). "
                    + "Đăng ngay lên trang công khai của trường. Nội dung không sửa được: công khai lại cùng requirement và period tạo bản mới "
                    + "thay bản cũ, bản cũ vẫn lưu trong kho ít nhất 5 năm, nên hai người cùng công khai không ghi đè mất của nhau.")
    @Post("/items")
    HttpResponse<DisclosureItemView> publishDisclosureItem(Actor actor, long unitId, @Nullable @Body DisclosureRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        DisclosureRequest r = body == null ? new DisclosureRequest(null, null, null, null, null) : body;
        DisclosureItem saved = service.publish(actor, unit, new DisclosureService.Form(r.requirement(), r.period(), r.title(), r.body(),
                r.fileId() == null ? null : String.valueOf(r.fileId())));
        // Read back as stored, so the answer carries the time as every later read gives it.
        return HttpResponse.created(view(item(unitId, saved.id())), URI.create("/api/v1/units/" + unitId + "/disclosure/items/" + saved.id()));
    }

    @Operation(operationId = "listDisclosureBelow", summary = "Các trường cấp dưới còn thiếu hoặc công khai muộn nội dung nào",
            description = "Mọi trường đang hoạt động bên dưới đơn vị (mọi cấp), mỗi trường với missing: nội dung chưa công khai của kỳ đã đến hạn, "
                    + "và late: nội dung của kỳ đó công khai sau hạn, kèm số ngày muộn. status=gaps (mặc định): trường còn thiếu hoặc muộn; "
                    + "missing: chỉ trường còn thiếu; late: trường có nội dung muộn; all: mọi trường. Mặc định theo cây đơn vị; sort: schoolName, "
                    + "missing, late (số nội dung). Cấp trên chỉ đọc những gì các trường đã công khai.")
    @Get("/schools-below")
    ApiList<SchoolDisclosureView> listDisclosureBelow(Actor actor, long unitId, @Nullable @QueryValue String status,
                                                      @Nullable @QueryValue String sort, @Nullable @QueryValue Integer page,
                                                      @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        String filter = status == null || status.isBlank() ? "gaps" : status.strip();
        if (!List.of("gaps", "missing", "late", "all").contains(filter)) {
            throw UserInputException.of("status", "disclosure.belowStatus.invalid");
        }
        Paging paging = Paging.of(page, perPage);
        List<SchoolDisclosureView> schools = tracking.standingBelow(unit).stream()
                .filter(s -> switch (filter) {
                    case "missing" -> !s.missing().isEmpty();
                    case "late" -> !s.late().isEmpty();
                    case "all" -> true;
                    default -> !s.missing().isEmpty() || !s.late().isEmpty();
                })
                .map(this::school).toList();
        return paging.slice(SCHOOL_ORDER.sort(sort, schools));
    }

    private DisclosureItem item(long unitId, long itemId) {
        return items.findByUnitIdAndId(unitId, itemId).orElseThrow(() -> new NotFoundException("disclosure item " + itemId));
    }

    private DisclosureItemView view(DisclosureItem i) {
        return view(i, i.replacedBy() == null ? null : items.findByUnitIdAndId(i.unitId(), i.replacedBy()).orElse(null));
    }

    /** updatedAt: when it was published, or when a newer item replaced it. */
    private DisclosureItemView view(DisclosureItem i, @Nullable DisclosureItem replacement) {
        LocalDate due = i.requirement().dueDate(i.period());
        return new DisclosureItemView(i.id(), i.requirement().name(), vi.t(i.requirement().labelKey()), i.period(), i.title(), i.body(), i.fileId(),
                i.publishedAt(), due, i.publishedAt().atZone(DisclosureTracking.VIETNAM).toLocalDate().isAfter(due), i.current(), i.replacedBy(),
                replacement == null ? i.publishedAt() : replacement.publishedAt());
    }

    private RequirementStandingView standing(DisclosureStatus s) {
        Requirement r = s.requirement();
        String state = s.overdue() ? "MISSING" : s.previousLate() ? "LATE" : "ON_TIME";
        return new RequirementStandingView(r.name(), vi.t(r.labelKey()), r.section().name(), vi.t(r.section().labelKey()), r.frequency().name(),
                vi.t(r.ruleKey()), s.previousPeriod(), s.previousDue(), state, s.previousItem() == null ? null : s.previousItem().id(),
                s.previousItem() == null ? null : s.previousItem().publishedAt(), s.currentPeriod(), s.currentDue(),
                s.currentItem() == null ? null : s.currentItem().id(), s.currentItem() == null ? null : s.currentItem().publishedAt());
    }

    private SchoolDisclosureView school(DisclosureTracking.Standing s) {
        return new SchoolDisclosureView(s.school().id(), s.school().name(), s.school().slug(),
                s.school().schoolLevel() == null ? null : s.school().schoolLevel().name(),
                s.missing().stream().map(m -> new DisclosureMissingView(m.requirement().name(), vi.t(m.requirement().labelKey()), m.period(),
                        m.requirement().dueDate(m.period()))).toList(),
                s.late().stream().map(l -> new DisclosureLateView(l.requirement().name(), vi.t(l.requirement().labelKey()), l.period(), l.dueDate(),
                        l.publishedAt(), l.daysLate())).toList());
    }

    @Nullable
    private static Boolean flag(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw UserInputException.of("current", "api.boolean.invalid");
        };
    }
}
