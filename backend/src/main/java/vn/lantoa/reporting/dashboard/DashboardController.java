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
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.ReportingPages;
import vn.lantoa.reporting.deadline.Received;
import vn.lantoa.reporting.form.CurrentForms;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.rollup.Aggregate;
import vn.lantoa.reporting.rollup.RollUpRules;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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
    private final DashboardLines lines;
    private final DashboardSheet sheet;
    private final DrillDown drillDown;
    private final CurrentForms forms;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Languages languages;
    private final Clock clock;

    DashboardController(Received received, DashboardReads reads, DashboardLines lines, DashboardSheet sheet, DrillDown drillDown,
                        CurrentForms forms, Access access, ShellFactory shells, Pages pages, Languages languages, Clock clock) {
        this.received = received;
        this.reads = reads;
        this.lines = lines;
        this.sheet = sheet;
        this.drillDown = drillDown;
        this.forms = forms;
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
        FormDefinition form = forms.of(o.formId());
        List<Period> periods = chronological(received.periods(o, PERIODS));
        DashboardLines.Lines table = lines.of(o, choice.issuer(), unit, periods);
        ObligationSchedule schedule = new ObligationSchedule(o);
        List<Boolean> due = periods.stream().map(p -> !schedule.lateFrom(p).isAfter(clock.instant())).toList();
        List<String> labels = DashboardCharts.labels(periods);
        List<FormField> numeric = form.rolledUp();
        FormField chosen = numeric.stream().filter(f -> f.key().equals(field)).findFirst().orElse(numeric.isEmpty() ? null : numeric.get(0));
        List<java.math.BigDecimal> fieldValues = new ArrayList<>();
        Chart fieldChart = null;
        if (chosen != null) {
            Map<String, Aggregate> byPeriod = reads.fieldByPeriod(o, unit, chosen, periods);
            for (Period p : periods) {
                fieldValues.add(byPeriod.getOrDefault(p.code(), Aggregate.EMPTY).value(chosen.rollUpOrNone()));
            }
            fieldChart = DashboardCharts.field(chosen, labels, fieldValues);
        }
        Integer escalate = o.escalateDays();
        Period latestDue = periods.stream().filter(p -> schedule.lateFrom(p).isBefore(clock.instant())).reduce((a, b) -> b).orElse(null);
        List<MissingUnit> missing = escalate == null || latestDue == null ? List.of()
                : reads.missingBelowChildren(o, choice.issuer(), unit, latestDue, schedule.lateFrom(latestDue),
                ZonedDateTime.ofInstant(clock.instant(), DueRule.VIETNAM).minusDays(escalate).toInstant(), 200);
        return pages.render("reporting/dashboard", new DashboardPages.DashboardPage(shells.of(request, actor, unit, "dashboard"),
                choices.stream().map(c -> new Option(String.valueOf(c.obligation().id()), c.obligation().title())).toList(), o, periods,
                table.children(), table.expected(), table.totals(), DashboardCharts.rates(t, labels, table, due),
                numeric.stream().map(f -> new Option(f.key(), f.label())).toList(), chosen, fieldValues, fieldChart, escalate, latestDue, missing, due,
                drillDown.dashboard(actor, unit, choice, periods, table.children()), RollUpRules.of(t, form),
                chosen == null ? "" : RollUpRules.fieldRule(t, form, chosen), table.expectedPerPeriod()));
    }

    @Get("/export.xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<?> export(Actor actor, long unitId, @Nullable @QueryValue Long obligation) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Received.Choice choice = Received.require(received.rolledUpThrough(unit), obligation);
        List<Period> periods = chronological(received.periods(choice.obligation(), PERIODS));
        return sheet.of(languages.vietnamese(), choice.obligation(), unit, periods, lines.of(choice.obligation(), choice.issuer(), unit, periods),
                forms.of(choice.obligation().formId())).response("tien-do-bao-cao-" + unit.slug() + ".xlsx");
    }

    private static List<Period> chronological(List<Period> newestFirst) {
        List<Period> list = new ArrayList<>(newestFirst);
        Collections.reverse(list);
        return list;
    }
}
