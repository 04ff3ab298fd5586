package vn.lantoa.reporting.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.export.XlsxTable;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.ReportingPages;
import vn.lantoa.reporting.deadline.Received;
import vn.lantoa.reporting.form.Answers;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.ReportFormRepository;
import vn.lantoa.reporting.form.ReportFormVersionRepository;
import vn.lantoa.reporting.form.RollUp;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.rollup.Aggregate;
import vn.lantoa.reporting.rollup.RollUpRules;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A unit's reporting dashboard over twelve periods: completeness (sent / expected) and timeliness (on time / expected)
 * per child unit, their trend as a chart, one field's totals over time, and the units below that are still missing
 * well after the deadline. Every table exports to XLSX; the page prints.
 */
@Hidden
@Controller("/admin/u/{unitId}/report-dashboard")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class DashboardController {

    private static final int PERIODS = 12;
    private final Received received;
    private final DashboardReads reads;
    private final DrillDown drillDown;
    private final ReportFormRepository forms;
    private final ReportFormVersionRepository versions;
    private final Answers answers;
    private final UnitRefRepository units;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Languages languages;
    private final Clock clock;

    DashboardController(Received received, DashboardReads reads, DrillDown drillDown, ReportFormRepository forms, ReportFormVersionRepository versions,
                        Answers answers, UnitRefRepository units, Access access, ShellFactory shells, Pages pages, Languages languages, Clock clock) {
        this.received = received;
        this.reads = reads;
        this.drillDown = drillDown;
        this.forms = forms;
        this.versions = versions;
        this.answers = answers;
        this.units = units;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.languages = languages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue Long obligation, @Nullable @QueryValue String field) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        List<Received.Choice> choices = received.rolledUpThrough(unit);
        Received.Choice choice = Received.pick(choices, obligation);
        if (choice == null) {
            return pages.render("reporting/none", new ReportingPages.NoObligationsPage(shells.of(request, actor, unit, "dashboard"), "nav.dashboard",
                    "rollup.none"));
        }
        Obligation o = choice.obligation();
        Translator t = languages.of(request);
        List<Period> periods = chronological(received.periods(o, PERIODS));
        List<DashboardPages.ChildLine> children = children(o, choice.issuer(), unit, periods);
        List<Long> expectedPerPeriod = expectedPerPeriod(children, periods.size());
        long expected = expectedPerPeriod.isEmpty() ? 0 : expectedPerPeriod.get(expectedPerPeriod.size() - 1);
        List<SendCounts> totals = totals(children, periods.size());
        ObligationSchedule schedule = new ObligationSchedule(o);
        List<Boolean> due = periods.stream().map(p -> !schedule.lateFrom(p).isAfter(clock.instant())).toList();
        List<String> labels = periods.stream().map(p -> Chart.shortLabel(p.label())).toList();
        List<Double> onTime = new ArrayList<>(rates(totals, expectedPerPeriod, false));
        for (int i = 0; i < onTime.size(); i++) {
            if (!due.get(i)) {
                onTime.set(i, null);
            }
        }
        Chart timeliness = new Chart(t.t("dashboard.chart.rates"), labels, List.of(
                new Chart.Series(t.t("dashboard.completeness"), "s-complete", rates(totals, expectedPerPeriod, true)),
                new Chart.Series(t.t("dashboard.timeliness"), "s-ontime", onTime)), 100, "%");
        List<FormField> numeric = numericFields(o);
        FormField chosen = numeric.stream().filter(f -> f.key().equals(field)).findFirst().orElse(numeric.isEmpty() ? null : numeric.get(0));
        List<java.math.BigDecimal> fieldValues = new ArrayList<>();
        Chart fieldChart = null;
        if (chosen != null) {
            Map<String, Aggregate> byPeriod = reads.fieldByPeriod(o, unit, chosen, periods);
            for (Period p : periods) {
                fieldValues.add(byPeriod.getOrDefault(p.code(), Aggregate.EMPTY).value(chosen.rollUpOrNone()));
            }
            List<Double> plotted = fieldValues.stream().map(v -> v == null ? null : v.doubleValue()).toList();
            double max = plotted.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
            fieldChart = new Chart(chosen.label(), labels, List.of(new Chart.Series(chosen.label(), "s-field", plotted)), niceMax(max), "");
        }
        Integer escalate = o.escalateDays();
        Period latestDue = periods.stream().filter(p -> schedule.lateFrom(p).isBefore(clock.instant())).reduce((a, b) -> b).orElse(null);
        List<MissingUnit> missing = escalate == null || latestDue == null ? List.of()
                : reads.missingBelowChildren(o, choice.issuer(), unit, latestDue, schedule.lateFrom(latestDue),
                ZonedDateTime.ofInstant(clock.instant(), DueRule.VIETNAM).minusDays(escalate).toInstant(), 200);
        return pages.render("reporting/dashboard", new DashboardPages.DashboardPage(shells.of(request, actor, unit, "dashboard"),
                choices.stream().map(c -> new Option(String.valueOf(c.obligation().id()), c.obligation().title())).toList(), o, periods, children,
                expected, totals, timeliness, numeric.stream().map(f -> new Option(f.key(), f.label())).toList(), chosen, fieldValues, fieldChart,
                escalate, latestDue, missing, due, drillDown.dashboard(actor, unit, choice, periods, children),
                RollUpRules.of(t, form(o)), chosen == null ? "" : RollUpRules.fieldRule(t, form(o), chosen), expectedPerPeriod));
    }

    @Get("/export.xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<?> export(Actor actor, long unitId, @Nullable @QueryValue Long obligation) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Received.Choice choice = Received.pick(received.rolledUpThrough(unit), obligation);
        if (choice == null) {
            throw new NotFoundException("obligation");
        }
        Translator t = languages.vietnamese();
        List<Period> periods = chronological(received.periods(choice.obligation(), PERIODS));
        List<DashboardPages.ChildLine> children = children(choice.obligation(), choice.issuer(), unit, periods);
        List<String> headers = new ArrayList<>(List.of(t.t("rollup.col.unit"), t.t("dashboard.expected")));
        for (Period p : periods) {
            headers.add(p.label() + " – " + t.t("dashboard.sent"));
            headers.add(p.label() + " – " + t.t("dashboard.onTime"));
            headers.add(p.label() + " – " + t.t("dashboard.returned"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DashboardPages.ChildLine line : children) {
            List<Object> row = new ArrayList<>(List.of(line.unitName(), line.expected()));
            for (SendCounts c : line.perPeriod()) {
                row.add(c.sent());
                row.add(c.onTime());
                row.add(c.returned());
            }
            rows.add(row);
        }
        return new XlsxTable(t.t("nav.dashboard"), choice.obligation().title() + " – " + unit.name(), headers, rows)
                .with(fieldsByPeriod(t, choice.obligation(), unit, periods))
                .with(RollUpRules.table(t, RollUpRules.of(t, form(choice.obligation()))))
                .response("tien-do-bao-cao-" + unit.slug() + ".xlsx");
    }

    /** Every number of the form rolled up over the whole subtree, period by period: the page's trend, for all fields at once. */
    private XlsxTable.Table fieldsByPeriod(Translator t, Obligation o, UnitRef unit, List<Period> periods) {
        List<String> headers = new ArrayList<>(List.of(t.t("dashboard.col.field"), t.t("dashboard.col.rule")));
        periods.forEach(p -> headers.add(p.label()));
        List<List<Object>> rows = new ArrayList<>();
        FormDefinition form = form(o);
        for (FormField field : numericFields(o)) {
            Map<String, Aggregate> byPeriod = reads.fieldByPeriod(o, unit, field, periods);
            List<Object> row = new ArrayList<>(List.of(field.label(), RollUpRules.fieldRule(t, form, field)));
            for (Period p : periods) {
                row.add(byPeriod.getOrDefault(p.code(), Aggregate.EMPTY).value(field.rollUpOrNone()));
            }
            rows.add(row);
        }
        return new XlsxTable.Table(t.t("dashboard.fieldsByPeriod"), headers, rows);
    }

    /**
     * One line per child in any of the periods' trees, with per period the units expected below it then and what they
     * sent; the line's own "expected" is the newest period's.
     */
    private List<DashboardPages.ChildLine> children(Obligation o, UnitRef issuer, UnitRef unit, List<Period> periods) {
        Map<String, Map<Long, Long>> expected = reads.expectedByChild(o, issuer, unit, periods);
        Map<String, Map<Long, SendCounts>> counts = reads.countsByChild(o, unit, periods);
        Set<Long> ids = new TreeSet<>();
        expected.values().forEach(m -> ids.addAll(m.keySet()));
        counts.values().forEach(m -> ids.addAll(m.keySet()));
        List<DashboardPages.ChildLine> lines = new ArrayList<>();
        for (UnitRef child : ids.isEmpty() ? List.<UnitRef>of() : units.findByIdIn(ids)) {
            List<SendCounts> per = new ArrayList<>();
            List<Long> expectedPer = new ArrayList<>();
            for (Period p : periods) {
                per.add(counts.getOrDefault(p.code(), Map.of()).getOrDefault(child.id(), SendCounts.NONE));
                expectedPer.add(expected.getOrDefault(p.code(), Map.of()).getOrDefault(child.id(), 0L));
            }
            long newest = expectedPer.isEmpty() ? 0 : expectedPer.get(expectedPer.size() - 1);
            lines.add(new DashboardPages.ChildLine(child.id(), child.name(), newest, per, expectedPer));
        }
        lines.sort(Comparator.comparing(DashboardPages.ChildLine::unitName));
        return lines;
    }

    private static List<SendCounts> totals(List<DashboardPages.ChildLine> children, int periods) {
        List<SendCounts> totals = new ArrayList<>(Collections.nCopies(periods, SendCounts.NONE));
        for (DashboardPages.ChildLine line : children) {
            for (int i = 0; i < periods; i++) {
                totals.set(i, totals.get(i).plus(line.perPeriod().get(i)));
            }
        }
        return totals;
    }

    private static List<Long> expectedPerPeriod(List<DashboardPages.ChildLine> children, int periods) {
        List<Long> expected = new ArrayList<>(Collections.nCopies(periods, 0L));
        for (DashboardPages.ChildLine line : children) {
            for (int i = 0; i < periods; i++) {
                expected.set(i, expected.get(i) + line.expectedPerPeriod().get(i));
            }
        }
        return expected;
    }

    private static List<Double> rates(List<SendCounts> totals, List<Long> expected, boolean complete) {
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            SendCounts c = totals.get(i);
            long e = expected.get(i);
            rates.add(e == 0 ? 0.0 : Math.min(100.0, 100.0 * (complete ? c.sent() : c.onTime()) / e));
        }
        return rates;
    }

    private List<FormField> numericFields(Obligation o) {
        return form(o).sections().stream().filter(s -> !s.repeating()).flatMap(s -> s.fields().stream())
                .filter(f -> f.rollUpOrNone() != RollUp.NONE).toList();
    }

    private FormDefinition form(Obligation o) {
        ReportForm form = forms.findById$WithoutTenancy(o.formId()).orElseThrow();
        return answers.form(versions.findByUnitIdAndFormIdAndNumber(form.unitId(), form.id(), form.currentVersion()).orElseThrow());
    }

    private static List<Period> chronological(List<Period> newestFirst) {
        List<Period> list = new ArrayList<>(newestFirst);
        Collections.reverse(list);
        return list;
    }

    /** A round top for a chart's scale: 1, 2 or 5 times a power of ten. */
    static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[]{1, 2, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
