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
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.deadline.Received;
import vn.lantoa.reporting.form.CurrentForms;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.rollup.Aggregate;
import vn.lantoa.reporting.rollup.RollUpReads;
import vn.lantoa.reporting.rollup.RollUpRules;
import vn.lantoa.reporting.rollup.RollUpTable;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A unit's roll-up of one obligation and period as JSON, as its "Tổng hợp số liệu" page, XLSX and PDF show it: the total
 * of each number over the subtree, a line per child (its own report, and its units below taken together), and the rule
 * in words.
 */
@Controller("/api/v1/units/{unitId}/obligations/{obligationId}/periods/{periodCode}/rollup")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tổng hợp số liệu")
class RollUpApiController {

    /** rule: the field's roll-up in a few words, as under its name on the page. */
    @Serdeable
    record FieldView(String key, String label, String rollUp, String scope, String rule) {
    }

    /**
     * One part of a child's numbers: its own report (reports is 1) or its units below together. values: each field by its
     * rule over the part; stated: a consolidating unit's own figure for a consolidated field, shown and never added.
     */
    @Serdeable
    record Part(long reports, long onTime, long returned, Map<String, BigDecimal> values, Map<String, BigDecimal> stated) {
    }

    /** expected: units of the child's subtree (the child included) expected in the period's tree; null with tree=now. */
    @Serdeable
    record ChildView(long unitId, String unitName, @Nullable Long expected, long sent, long onTime, long returned, @Nullable Part own,
                     @Nullable Part below) {
    }

    @Serdeable
    record RollUpView(long unitId, long obligationId, String obligationTitle, String period, String periodLabel, String tree, List<FieldView> fields,
                      Map<String, BigDecimal> totals, @Nullable Long expected, long reports, long returned, List<ChildView> children,
                      List<String> rules) {
    }

    private final Received received;
    private final RollUpReads reads;
    private final DashboardReads dashboard;
    private final CurrentForms forms;
    private final UnitRefRepository units;
    private final Access access;
    private final Languages languages;

    RollUpApiController(Received received, RollUpReads reads, DashboardReads dashboard, CurrentForms forms, UnitRefRepository units, Access access,
                        Languages languages) {
        this.received = received;
        this.reads = reads;
        this.dashboard = dashboard;
        this.forms = forms;
        this.units = units;
        this.access = access;
        this.languages = languages;
    }

    @Operation(operationId = "getRollUp", summary = "Tổng hợp số liệu của một kỳ trên toàn bộ đơn vị cấp dưới, với từng đơn vị trực thuộc",
            description = "tree=period (mặc định): theo cơ cấu tại kỳ báo cáo; tree=now: xếp lại theo cơ cấu hiện nay (expected khi đó để trống). "
                    + "totals: mỗi chỉ tiêu theo cách tổng hợp của nó (SUM, AVERAGE, MIN, MAX), số thập phân chính xác; chỉ tiêu chưa có số liệu "
                    + "không có mặt. children: mỗi đơn vị trực thuộc với số đơn vị phải gửi, đã gửi, đúng hạn, bị trả lại, báo cáo của chính đơn vị "
                    + "(own) và của các đơn vị bên dưới nó (below); với chỉ tiêu SUM, tổng own + below của mọi dòng bằng totals. rules: cách tổng "
                    + "hợp bằng lời, như trang, XLSX và PDF. Nghĩa vụ: GET /obligations?direction=received.")
    @Get
    RollUpView getRollUp(Actor actor, long unitId, long obligationId, String periodCode, @Nullable @QueryValue String tree) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        boolean now = "now".equals(tree);
        if (tree != null && !tree.isBlank() && !now && !"period".equals(tree)) {
            throw UserInputException.of("tree", "api.rollup.tree");
        }
        Received.Choice choice = Received.require(received.rolledUpThrough(unit), obligationId);
        Obligation o = choice.obligation();
        Period period = received.period(o, periodCode);
        FormDefinition form = forms.of(o.formId());
        RollUpTable table = now ? reads.tableNow(o, form, unit, period) : reads.table(o, form, unit, period);
        Map<Long, Long> expected = now ? null : dashboard.expectedByChild(o, choice.issuer(), unit, List.of(period)).getOrDefault(period.code(), Map.of());
        Translator t = languages.vietnamese();
        List<String> rules = new ArrayList<>(RollUpRules.of(t, form));
        rules.add(t.t(now ? "rollup.treeNowRule" : "rollup.treeThenRule"));
        return new RollUpView(unit.id(), o.id(), o.title(), period.code(), period.label(), now ? "now" : "period",
                table.fields().stream().map(f -> new FieldView(f.key(), f.label(), f.rollUpOrNone().name(), f.scopeIn(form).name(),
                        RollUpRules.fieldRule(t, form, f))).toList(),
                values(table.fields(), table::total), expected == null ? null : expected.values().stream().mapToLong(Long::longValue).sum(),
                table.reports(), table.returned(), children(table, expected), rules);
    }

    private List<ChildView> children(RollUpTable table, Map<Long, Long> expected) {
        Map<Long, RollUpTable.Line> own = new LinkedHashMap<>();
        Map<Long, RollUpTable.Line> below = new LinkedHashMap<>();
        Set<Long> ids = new TreeSet<>();
        for (RollUpTable.Line line : table.lines()) {
            (line.kind() == RollUpTable.Kind.OWN ? own : below).put(line.unitId(), line);
            ids.add(line.unitId());
        }
        if (expected != null) {
            ids.addAll(expected.keySet());
        }
        List<ChildView> children = new ArrayList<>();
        for (UnitRef child : ids.isEmpty() ? List.<UnitRef>of() : units.findByIdIn(ids)) {
            Part o = part(table.fields(), own.get(child.id()));
            Part b = part(table.fields(), below.get(child.id()));
            long sent = (o == null ? 0 : o.reports()) + (b == null ? 0 : b.reports());
            long onTime = (o == null ? 0 : o.onTime()) + (b == null ? 0 : b.onTime());
            long returned = (o == null ? 0 : o.returned()) + (b == null ? 0 : b.returned());
            children.add(new ChildView(child.id(), child.name(), expected == null ? null : expected.getOrDefault(child.id(), 0L), sent, onTime, returned,
                    o, b));
        }
        children.sort(Comparator.comparing(ChildView::unitName).thenComparing(ChildView::unitId));
        return children;
    }

    private static Part part(List<FormField> fields, RollUpTable.Line line) {
        if (line == null) {
            return null;
        }
        long onTime = line.values().getOrDefault(RollUpReads.ON_TIME, Aggregate.EMPTY).sum().longValue();
        return new Part(line.reports(), onTime, line.returned(), values(fields, line::value), values(fields, line::stated));
    }

    /** Each field's number, leaving out those no report gave. */
    private static Map<String, BigDecimal> values(List<FormField> fields, java.util.function.Function<FormField, BigDecimal> value) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (FormField f : fields) {
            BigDecimal v = value.apply(f);
            if (v != null) {
                values.put(f.key(), v);
            }
        }
        return values;
    }
}
