package vn.lantoa.reporting.deadline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.form.CurrentForms;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A unit's obligations as JSON: those it issues to the units below, those it owes upward, and those whose reports come
 * to it or roll up through it; one with its form and schedule; its periods with their deadlines.
 */
@Controller("/api/v1/units/{unitId}/obligations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Nghĩa vụ báo cáo")
class ObligationApiController {

    /** The unit's relations to the obligation: it issued it, owes it, receives its reports, sees them roll up through it. */
    @Serdeable
    record ObligationView(long id, String title, long issuerUnitId, String issuerName, long formId, String periodType, String recipient,
                          String audience, String audienceWords, boolean active, boolean issued, boolean owed, boolean receives, boolean rollsUp) {
    }

    @Serdeable
    record ScheduleView(String periodType, String dueRule, String dueRuleWords, boolean moveOffDaysOff, @Nullable Integer opensDaysBefore,
                        List<Integer> reminderDays, @Nullable Integer lockDays, @Nullable Integer escalateDays, boolean requiresSignoff,
                        LocalDate startsOn) {
    }

    @Serdeable
    record ObligationDetail(ObligationView obligation, ScheduleView schedule, FormDefinition form) {
    }

    @Serdeable
    record PeriodView(String code, String label, LocalDate start, LocalDate end, LocalDate opensOn, LocalDate dueDate, Instant lateFrom,
                      @Nullable Instant lockedFrom, boolean open, boolean due, boolean latestDue) {
    }

    /** Orders an integration may ask of the obligations and of their periods (newest period first unless told otherwise). */
    private static final Sorting<ObligationView> OBLIGATION_ORDER = Sorting.by(Map.of(
            "title", Comparator.comparing(ObligationView::title),
            "id", Comparator.comparingLong(ObligationView::id)));
    private static final Sorting<PeriodView> PERIOD_ORDER = Sorting.by(Map.of(
            "start", Comparator.comparing(PeriodView::start),
            "dueDate", Comparator.comparing(PeriodView::dueDate)));

    private final UnitObligations obligations;
    private final Received received;
    private final CurrentForms forms;
    private final Access access;
    private final Languages languages;
    private final java.time.Clock clock;

    ObligationApiController(UnitObligations obligations, Received received, CurrentForms forms, Access access, Languages languages,
                            java.time.Clock clock) {
        this.clock = clock;
        this.obligations = obligations;
        this.received = received;
        this.forms = forms;
        this.access = access;
        this.languages = languages;
    }

    @Operation(operationId = "listObligations", summary = "Các nghĩa vụ báo cáo của đơn vị",
            description = "direction=issued: đơn vị giao cho cấp dưới; owed: đơn vị phải báo cáo lên (theo cơ cấu hiện nay); received: báo cáo "
                    + "gửi về đơn vị hoặc được tổng hợp qua đơn vị (dùng cho danh sách báo cáo nhận được, tổng hợp số liệu, tiến độ). "
                    + "Bỏ trống: tất cả. Mỗi mục cho biết quan hệ của đơn vị: issued, owed, receives, rollsUp. sort: title, id.")
    @Get
    ApiList<ObligationView> listObligations(Actor actor, long unitId, @Nullable @QueryValue String direction, @Nullable @QueryValue String sort,
                                            @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        if (direction != null && !direction.isBlank() && !UnitObligations.DIRECTIONS.contains(direction)) {
            throw UserInputException.of("direction", "api.obligation.direction");
        }
        Paging paging = Paging.of(page, perPage);
        var vi = languages.vietnamese();
        List<ObligationView> all = obligations.of(unit).stream().filter(r -> r.in(direction)).map(r -> view(r, vi)).toList();
        return paging.slice(OBLIGATION_ORDER.sort(sort, all));
    }

    @Operation(operationId = "getObligation", summary = "Một nghĩa vụ báo cáo, với biểu mẫu và lịch báo cáo",
            description = "form: phiên bản hiện hành của biểu mẫu (các phần, chỉ tiêu với key, label, type, required, cách tổng hợp rollUp "
                    + "SUM/AVERAGE/MIN/MAX và scope OWN/CONSOLIDATED). schedule: loại kỳ, hạn nộp (mã và lời), ngày nhắc, khóa kỳ. "
                    + "404 khi đơn vị không giao, không phải báo cáo và không nhận báo cáo của nghĩa vụ này.")
    @Get("/{obligationId}")
    ObligationDetail getObligation(Actor actor, long unitId, long obligationId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        UnitObligations.Related r = obligations.one(unit, obligationId);
        Obligation o = r.obligation();
        ObligationSchedule schedule = new ObligationSchedule(o);
        return new ObligationDetail(view(r, languages.vietnamese()), new ScheduleView(o.periodType().name(), o.dueRule(), schedule.ruleWords(),
                o.moveOffDaysOff(), o.opensDaysBefore(), o.reminders(), o.lockDays(), o.escalateDays(), o.requiresSignoff(), o.startsOn()),
                forms.of(o.formId()));
    }

    @Operation(operationId = "listObligationPeriods", summary = "Các kỳ báo cáo của một nghĩa vụ, mới nhất trước",
            description = "Từ kỳ đang mở trở về kỳ đầu tiên. dueDate: ngày hạn (giờ Việt Nam); lateFrom: thời điểm đầu tiên bị tính là muộn; "
                    + "due: đã quá hạn; latestDue: kỳ mới nhất đã đến hạn (kỳ màn hình theo dõi mở ra). Nghĩa vụ báo cáo theo sự việc không có kỳ. "
                    + "sort: start, dueDate.")
    @Get("/{obligationId}/periods")
    ApiList<PeriodView> listObligationPeriods(Actor actor, long unitId, long obligationId, @Nullable @QueryValue String sort,
                                              @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Obligation o = obligations.one(unit, obligationId).obligation();
        Paging paging = Paging.of(page, perPage);
        ObligationSchedule schedule = new ObligationSchedule(o);
        LocalDate today = received.today();
        Instant now = clock.instant();
        String latestDue = o.periodType() == PeriodType.EVENT ? null : schedule.latestDue(today).code();
        return paging.slice(PERIOD_ORDER.sort(sort, received.periods(o, UnitObligations.MAX_PERIODS).stream().map(p -> {
            Instant lateFrom = schedule.lateFrom(p);
            return new PeriodView(p.code(), p.label(), p.start(), p.end(), schedule.opensOn(p), schedule.dueDate(p), lateFrom, schedule.lockedFrom(p),
                    schedule.open(p, now), !now.isBefore(lateFrom), p.code().equals(latestDue));
        }).toList()));
    }

    private static ObligationView view(UnitObligations.Related r, vn.lantoa.platform.i18n.Translator t) {
        Obligation o = r.obligation();
        var audience = o.audienceRule();
        return new ObligationView(o.id(), o.title(), o.unitId(), r.issuer().name(), o.formId(), o.periodType().name(), o.recipient().name(),
                o.audience(), audience == null ? "" : audience.describe(t), o.active(), r.issued(), r.owed(), r.receives(), r.rollsUp());
    }
}
