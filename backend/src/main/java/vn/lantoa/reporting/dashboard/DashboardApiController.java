package vn.lantoa.reporting.dashboard;

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
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.deadline.Received;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The progress dashboard's figures as JSON ("Tiến độ báo cáo"): per period, and per child and period, the units expected,
 * the reports sent, sent on time, late and returned, with completeness and timeliness in percent, each period in its
 * own tree. The same lines as the page and its XLSX.
 */
@Controller("/api/v1/units/{unitId}/obligations/{obligationId}/dashboard")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tổng hợp số liệu")
class DashboardApiController {

    private static final int DEFAULT_PERIODS = 12;
    private static final int MAX_PERIODS = 36;

    /** completeness: sent over expected, timeliness: on time over expected, in whole percent (0 when nobody is expected). */
    @Serdeable
    record Figures(String period, long expected, long sent, long onTime, long late, long returned, long completeness, long timeliness) {
    }

    /** due: the deadline has passed (until then nobody is late and timeliness means nothing yet). */
    @Serdeable
    record PeriodView(String code, String label, Instant lateFrom, boolean due, Figures totals) {
    }

    @Serdeable
    record ChildView(long unitId, String unitName, List<Figures> periods) {
    }

    @Serdeable
    record DashboardView(long unitId, long obligationId, String obligationTitle, List<PeriodView> periods, List<ChildView> children) {
    }

    private final Received received;
    private final DashboardLines lines;
    private final Access access;
    private final Clock clock;

    DashboardApiController(Received received, DashboardLines lines, Access access, Clock clock) {
        this.received = received;
        this.lines = lines;
        this.access = access;
        this.clock = clock;
    }

    @Operation(operationId = "getReportDashboard", summary = "Tiến độ báo cáo: mức đầy đủ và đúng hạn theo kỳ và theo đơn vị trực thuộc",
            description = "periods: số kỳ gần nhất (1 đến 36, mặc định 12), xếp từ cũ đến mới, mỗi kỳ theo cơ cấu tại kỳ đó. Mỗi con số tính trên "
                    + "toàn bộ đơn vị bên dưới mỗi đơn vị trực thuộc (kể cả chính nó): expected phải gửi, sent đã gửi (kể cả bị trả lại), onTime "
                    + "gửi đúng hạn, late gửi muộn, completeness và timeliness theo phần trăm. Nghĩa vụ: GET /obligations?direction=received.")
    @Get
    DashboardView getReportDashboard(Actor actor, long unitId, long obligationId, @Nullable @QueryValue Integer periods) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        int count = periods == null ? DEFAULT_PERIODS : periods;
        if (count < 1 || count > MAX_PERIODS) {
            throw UserInputException.of("periods", "api.dashboard.periods", MAX_PERIODS);
        }
        Received.Choice choice = Received.require(received.rolledUpThrough(unit), obligationId);
        Obligation o = choice.obligation();
        List<Period> shown = new ArrayList<>(received.periods(o, count));
        Collections.reverse(shown);
        DashboardLines.Lines table = lines.of(o, choice.issuer(), unit, shown);
        ObligationSchedule schedule = new ObligationSchedule(o);
        Instant now = clock.instant();
        List<PeriodView> periodViews = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Period p = shown.get(i);
            Instant lateFrom = schedule.lateFrom(p);
            periodViews.add(new PeriodView(p.code(), p.label(), lateFrom, !now.isBefore(lateFrom),
                    figures(p, table.expectedPerPeriod().get(i), table.totals().get(i))));
        }
        List<ChildView> children = table.children().stream().map(c -> {
            List<Figures> per = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                per.add(figures(shown.get(i), c.expectedPerPeriod().get(i), c.perPeriod().get(i)));
            }
            return new ChildView(c.unitId(), c.unitName(), per);
        }).toList();
        return new DashboardView(unit.id(), o.id(), o.title(), periodViews, children);
    }

    private static Figures figures(Period p, long expected, SendCounts c) {
        return new Figures(p.code(), expected, c.sent(), c.onTime(), c.sent() - c.onTime(), c.returned(), SendCounts.percent(c.sent(), expected),
                SendCounts.percent(c.onTime(), expected));
    }
}
