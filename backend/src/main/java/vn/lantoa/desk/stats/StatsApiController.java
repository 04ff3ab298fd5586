package vn.lantoa.desk.stats;

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
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;

import java.time.Clock;
import java.util.List;

/** The desk's statistics as JSON: the same lines as the page and its XLSX, for a range of months in Vietnam time. */
@Controller("/api/v1/units/{unitId}/case-statistics")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tổng hợp số liệu")
class StatsApiController {

    /**
     * One line: key (month yyyy-MM, topic, channel, unit id, or "all"), its label, the cases received (spam left out),
     * answered, answered on time, still open, overdue now, and the median time to answer in hours (null when none).
     */
    @Serdeable
    record CaseStatisticsLine(String key, String label, long received, long answered, long onTime, long open, long overdue, @Nullable Double medianHours) {

        static CaseStatisticsLine of(StatsTables.Named n) {
            StatsLine l = n.line();
            return new CaseStatisticsLine(n.key(), n.label(), l.received(), l.answered(), l.onTime(), l.open(), l.overdue(), l.medianHours());
        }
    }

    /** unitsBelow: whether the units below are counted in (and listed in units); otherwise the unit's own cases only. */
    @Serdeable
    record CaseStatisticsView(long unitId, String from, String to, boolean unitsBelow, CaseStatisticsLine total, List<CaseStatisticsLine> months, List<CaseStatisticsLine> topics,
                          List<CaseStatisticsLine> channels, List<CaseStatisticsLine> units) {
    }

    private final Access access;
    private final StatsTables tables;
    private final Languages languages;
    private final Clock clock;

    StatsApiController(Access access, StatsTables tables, Languages languages, Clock clock) {
        this.access = access;
        this.tables = tables;
        this.languages = languages;
        this.clock = clock;
    }

    @Operation(operationId = "getCaseStatistics", summary = "Thống kê phản ánh, kiến nghị theo tháng, lĩnh vực, kênh và đơn vị trực thuộc",
            description = "from, to: tháng đầu và tháng cuối (yyyy-MM, theo giờ Việt Nam; mặc định 6 tháng gần nhất; tối đa 36 tháng). Không tính thư "
                    + "rác. received: số nhận; answered: đã trả lời; onTime: trả lời không muộn hơn hạn trả lời (10 ngày làm việc); open: còn mở; "
                    + "overdue: chưa trả lời, chưa đóng và đã quá hạn tiếp nhận hoặc trả lời tính đến lúc hỏi; medianHours: thời gian trả lời trung vị "
                    + "(giờ theo lịch). Các đơn vị cấp dưới được tính khi người hỏi giám sát được cấp dưới hoặc giữ vai trò tiếp nhận phản ánh của "
                    + "đơn vị (unitsBelow); units liệt kê chính đơn vị và các đơn vị cấp dưới có phản ánh. Chỉ có số đếm, không có dữ liệu cá nhân.")
    @Get
    CaseStatisticsView getCaseStatistics(Actor actor, long unitId, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        StatsScope scope = StatsScope.of(access, actor, unitId);
        FieldErrors errors = new FieldErrors();
        StatsRange range = StatsRange.parse(from, to, clock, errors);
        if (range == null) {
            throw new UserInputException(errors);
        }
        Translator t = languages.vietnamese();
        StatsTables.Tables x = tables.of(scope, range, t::t);
        return new CaseStatisticsView(scope.unit().id(), range.from().toString(), range.to().toString(), scope.subtree(),
                CaseStatisticsLine.of(new StatsTables.Named("all", t.t("desk.stats.total"), x.total())), views(x.months()), views(x.topics()),
                views(x.channels()), views(x.units()));
    }

    private static List<CaseStatisticsLine> views(List<StatsTables.Named> lines) {
        return lines.stream().map(CaseStatisticsLine::of).toList();
    }
}
