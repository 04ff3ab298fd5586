package vn.lantoa.reporting.deadline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.reporting.core.ListedPeriod;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.form.CurrentForms;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.ReportNumber;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An exam's live table as JSON ("Báo cáo nhanh buổi thi"): every exam site against every session, as the Sở's page shows it. */
@Controller("/api/v1/units/{unitId}/obligations/{obligationId}/exam-board")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Báo cáo nhanh")
class ExamBoardApiController {

    @Serdeable
    record FieldView(String key, String label) {
    }

    /** sent: sites that reported the session; totals: each number over the sites, by field key. */
    @Serdeable
    record SessionView(String code, String label, Instant start, Instant end, Instant lateFrom, long sent, Map<String, BigDecimal> totals) {
    }

    /** values: the site's numbers for the session, by field key (none before it reports). */
    @Serdeable
    record CellView(String session, String status, @Nullable Long reportId, Map<String, BigDecimal> values) {
    }

    @Serdeable
    record SiteView(long unitId, String unitName, List<CellView> sessions) {
    }

    @Serdeable
    record ExamBoardView(long obligationId, String obligationTitle, String dueRuleWords, List<FieldView> fields, List<SessionView> sessions,
                         List<SiteView> sites) {
    }

    private final Received received;
    private final ExamBoard board;
    private final CurrentForms forms;
    private final Access access;

    ExamBoardApiController(Received received, ExamBoard board, CurrentForms forms, Access access) {
        this.received = received;
        this.board = board;
        this.forms = forms;
        this.access = access;
    }

    @Operation(operationId = "getExamBoard", summary = "Bảng báo cáo nhanh các buổi thi theo điểm thi",
            description = "Cho nghĩa vụ báo cáo theo danh sách buổi (kỳ thi) được giao từ đơn vị hoặc cấp trên: mỗi điểm thi bên dưới đơn vị với "
                    + "trạng thái và số liệu từng buổi, tổng mỗi buổi. 404 với nghĩa vụ không phải báo cáo buổi thi của đơn vị.")
    @Get
    ExamBoardView getExamBoard(Actor actor, long unitId, long obligationId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Received.Choice choice = Received.require(received.listedThrough(unit), obligationId);
        Obligation o = choice.obligation();
        List<ListedPeriod> listed = o.listed();
        List<FormField> fields = ExamBoard.numbers(forms.of(o.formId()));
        ExamBoard.Board b = board.board(o, choice.issuer(), unit, listed.stream().map(ListedPeriod::period).toList(), fields);
        ObligationSchedule schedule = new ObligationSchedule(o);
        List<SessionView> sessions = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            ListedPeriod l = listed.get(i);
            sessions.add(new SessionView(l.code(), l.label(), l.startInstant(), l.endInstant(), schedule.lateFrom(l.period()), b.sent().get(i),
                    byKey(fields, b.totals().get(i))));
        }
        List<SiteView> sites = b.sites().stream().map(s -> {
            List<CellView> cells = new ArrayList<>();
            for (int i = 0; i < s.cells().size(); i++) {
                ExamBoard.Cell c = s.cells().get(i);
                Period p = b.sessions().get(i);
                // A draft is the site's own until sent: its id leads nowhere for readers above.
                cells.add(new CellView(p.code(), c.status().name(), c.status().sent() ? c.reportId() : null, byKey(fields, c.values())));
            }
            return new SiteView(s.unitId(), s.name(), cells);
        }).toList();
        return new ExamBoardView(o.id(), o.title(), schedule.ruleWords(), fields.stream().map(f -> new FieldView(f.key(), f.label())).toList(), sessions,
                sites);
    }

    private static Map<String, BigDecimal> byKey(List<FormField> fields, List<BigDecimal> values) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int f = 0; f < fields.size(); f++) {
            if (values.get(f) != null) {
                map.put(fields.get(f).key(), ReportNumber.normal(values.get(f)));
            }
        }
        return map;
    }
}
