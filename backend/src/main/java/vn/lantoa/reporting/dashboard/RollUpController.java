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
import vn.lantoa.platform.storage.ContentDisposition;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.core.ReportingPages;
import vn.lantoa.reporting.deadline.Received;
import vn.lantoa.reporting.export.OfficialReports;
import vn.lantoa.reporting.form.Answers;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.ReportFormRepository;
import vn.lantoa.reporting.form.ReportFormVersionRepository;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.rollup.RollUpReads;
import vn.lantoa.reporting.rollup.RollUpRules;
import vn.lantoa.reporting.rollup.RollUpTable;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers rolled up over a unit's subtree for one obligation and period, by child unit, with drill-down and XLSX. */
@Hidden
@Controller("/admin/u/{unitId}/rollup")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class RollUpController {

    private final Received received;
    private final RollUpReads reads;
    private final ReportFormRepository forms;
    private final ReportFormVersionRepository versions;
    private final Answers answers;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Languages languages;
    private final OfficialReports official;

    RollUpController(Received received, RollUpReads reads, ReportFormRepository forms, ReportFormVersionRepository versions, Answers answers,
                     Access access, ShellFactory shells, Pages pages, Languages languages, OfficialReports official) {
        this.official = official;
        this.received = received;
        this.reads = reads;
        this.forms = forms;
        this.versions = versions;
        this.answers = answers;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.languages = languages;
    }

    /**
     * {@code tree=now} regroups the period's numbers by today's tree ("Theo cơ cấu hiện nay"); without it the period's
     * own tree is used ("Theo cơ cấu tại kỳ báo cáo", see {@link PeriodTree}).
     */
    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue Long obligation, @Nullable @QueryValue String period,
                         @Nullable @QueryValue String tree) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        List<Received.Choice> choices = received.rolledUpThrough(unit);
        Received.Choice choice = Received.pick(choices, obligation);
        if (choice == null) {
            return pages.render("reporting/none", new ReportingPages.NoObligationsPage(shells.of(request, actor, unit, "rollup"), "nav.rollup",
                    "rollup.none"));
        }
        Period p = received.period(choice.obligation(), period);
        boolean now = asNow(tree);
        FormDefinition form = form(choice.obligation());
        RollUpTable table = table(choice.obligation(), form, unit, p, now);
        Translator t = languages.of(request);
        Map<String, String> fieldRules = new HashMap<>();
        table.fields().forEach(f -> fieldRules.put(f.key(), RollUpRules.fieldRule(t, form, f)));
        return pages.render("reporting/rollup", new DashboardPages.RollUpPage(shells.of(request, actor, unit, "rollup"),
                choices.stream().map(c -> new Option(String.valueOf(c.obligation().id()), c.obligation().title())).toList(), choice.obligation(),
                received.periods(choice.obligation(), 12).stream().map(x -> new Option(x.code(), x.label())).toList(), p, table,
                RollUpRules.of(t, form), fieldRules, now));
    }

    @Get("/export.xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<?> export(Actor actor, long unitId, @Nullable @QueryValue Long obligation, @Nullable @QueryValue String period,
                           @Nullable @QueryValue String tree) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Received.Choice choice = Received.pick(received.rolledUpThrough(unit), obligation);
        if (choice == null) {
            throw new NotFoundException("obligation");
        }
        Period p = received.period(choice.obligation(), period);
        boolean now = asNow(tree);
        FormDefinition form = form(choice.obligation());
        RollUpTable table = table(choice.obligation(), form, unit, p, now);
        Translator t = languages.vietnamese();
        List<String> headers = new ArrayList<>(List.of(t.t("rollup.col.unit"), t.t("rollup.col.reports"), t.t("rollup.col.returned")));
        table.fields().forEach(f -> headers.add(f.label() + " (" + RollUpRules.fieldRule(t, form, f) + ")"));
        List<List<Object>> rows = new ArrayList<>();
        for (RollUpTable.Line line : table.lines()) {
            List<Object> row = new ArrayList<>();
            row.add(t.t(line.kind() == RollUpTable.Kind.OWN ? "rollup.own" : "rollup.below", line.unitName()));
            row.add(line.reports());
            row.add(line.returned());
            // A consolidating unit's own figure is text, so nobody sums it into the column by mistake.
            table.fields().forEach(f -> row.add(line.value(f) != null ? line.value(f)
                    : line.stated(f) != null ? t.t("rollup.statedCell", ReportingPages.number(line.stated(f))) : null));
            rows.add(row);
        }
        List<Object> total = new ArrayList<>();
        total.add(t.t("rollup.total"));
        total.add(table.reports());
        total.add(table.returned());
        table.fields().forEach(f -> total.add(table.total(f)));
        rows.add(total);
        XlsxTable xlsx = new XlsxTable(p.label(), choice.obligation().title() + " - " + p.label() + " - " + unit.name() + " ("
                + t.t(now ? "rollup.treeNow" : "rollup.treeThen") + ")", headers, rows);
        if (!table.comparisons().isEmpty()) {
            xlsx = xlsx.with(new XlsxTable.Table(t.t("rollup.compareTitle"), List.of(t.t("rollup.col.unit"), t.t("reportForm.label"),
                    t.t("rollup.col.stated"), t.t("rollup.col.sources")), table.comparisons().stream().map(c -> List.<Object>of(c.unitName(),
                    c.field().label(), c.stated(), c.sources() == null ? "" : c.sources())).toList()));
        }
        return xlsx.with(RollUpRules.table(t, RollUpRules.of(t, form))).response("tong-hop-" + p.code() + ".xlsx");
    }

    /** The roll-up as an official report of the unit (Nghị định 30/2020), ready to sign. */
    @Get("/export.pdf")
    @Produces(MediaType.ALL)
    HttpResponse<?> pdf(Actor actor, long unitId, @Nullable @QueryValue Long obligation, @Nullable @QueryValue String period,
                        @Nullable @QueryValue String tree) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Received.Choice choice = Received.pick(received.rolledUpThrough(unit), obligation);
        if (choice == null) {
            throw new NotFoundException("obligation");
        }
        Period p = received.period(choice.obligation(), period);
        boolean now = asNow(tree);
        FormDefinition form = form(choice.obligation());
        RollUpTable table = table(choice.obligation(), form, unit, p, now);
        Translator t = languages.vietnamese();
        byte[] bytes = official.rollUpPdf(unit, choice.obligation(), p, table,
                String.join(" ", RollUpRules.of(t, form)) + " " + t.t(now ? "rollup.treeNowRule" : "rollup.treeThenRule"),
                received.today(), "");
        return HttpResponse.ok(bytes).contentType("application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition", ContentDisposition.attachment("tong-hop-" + p.code() + ".pdf"));
    }

    private RollUpTable table(Obligation obligation, FormDefinition form, UnitRef unit, Period period, boolean now) {
        return now ? reads.tableNow(obligation, form, unit, period) : reads.table(obligation, form, unit, period);
    }

    private static boolean asNow(String tree) {
        return "now".equals(tree);
    }

    private FormDefinition form(Obligation obligation) {
        ReportForm form = forms.findById$WithoutTenancy(obligation.formId()).orElseThrow();
        return answers.form(versions.findByUnitIdAndFormIdAndNumber(form.unitId(), form.id(), form.currentVersion()).orElseThrow());
    }
}
