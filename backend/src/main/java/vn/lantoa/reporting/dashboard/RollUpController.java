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
import vn.lantoa.platform.storage.ContentDisposition;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.core.ReportingPages;
import vn.lantoa.reporting.deadline.Received;
import vn.lantoa.reporting.export.OfficialReports;
import vn.lantoa.reporting.form.CurrentForms;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.rollup.RollUpReads;
import vn.lantoa.reporting.rollup.RollUpRules;
import vn.lantoa.reporting.rollup.RollUpTable;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.List;

/** Numbers rolled up over a unit's subtree for one obligation and period, by child unit, with drill-down and XLSX. */
@Hidden
@Controller("/admin/u/{unitId}/rollup")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class RollUpController {

    private final Received received;
    private final RollUpReads reads;
    private final CurrentForms forms;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Languages languages;
    private final OfficialReports official;

    RollUpController(Received received, RollUpReads reads, CurrentForms forms, Access access, ShellFactory shells, Pages pages, Languages languages,
                     OfficialReports official) {
        this.official = official;
        this.received = received;
        this.reads = reads;
        this.forms = forms;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.languages = languages;
    }

    /** One roll-up as asked for: the obligation, its period, whether in today's tree, the form and the table. */
    private record Shown(Obligation obligation, Period period, boolean now, FormDefinition form, RollUpTable table) {
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
        Shown r = shown(choice, unit, period, tree);
        Translator t = languages.of(request);
        return pages.render("reporting/rollup", new DashboardPages.RollUpPage(shells.of(request, actor, unit, "rollup"),
                choices.stream().map(c -> new Option(String.valueOf(c.obligation().id()), c.obligation().title())).toList(), r.obligation(),
                received.periods(r.obligation(), 12).stream().map(x -> new Option(x.code(), x.label())).toList(), r.period(), r.table(),
                RollUpRules.of(t, r.form()), RollUpRules.fieldRules(t, r.form(), r.table().fields()), r.now()));
    }

    @Get("/export.xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<?> export(Actor actor, long unitId, @Nullable @QueryValue Long obligation, @Nullable @QueryValue String period,
                           @Nullable @QueryValue String tree) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Shown r = shown(Received.require(received.rolledUpThrough(unit), obligation), unit, period, tree);
        return RollUpSheet.of(languages.vietnamese(), r.obligation(), unit, r.period(), r.table(), r.form(), r.now())
                .response("tong-hop-" + r.period().code() + ".xlsx");
    }

    /** The roll-up as an official report of the unit (Nghị định 30/2020), ready to sign. */
    @Get("/export.pdf")
    @Produces(MediaType.ALL)
    HttpResponse<?> pdf(Actor actor, long unitId, @Nullable @QueryValue Long obligation, @Nullable @QueryValue String period,
                        @Nullable @QueryValue String tree) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Shown r = shown(Received.require(received.rolledUpThrough(unit), obligation), unit, period, tree);
        Translator t = languages.vietnamese();
        byte[] bytes = official.rollUpPdf(unit, r.obligation(), r.period(), r.table(),
                String.join(" ", RollUpRules.of(t, r.form())) + " " + t.t(r.now() ? "rollup.treeNowRule" : "rollup.treeThenRule"),
                received.today(), "");
        return HttpResponse.ok(bytes).contentType("application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition", ContentDisposition.attachment("tong-hop-" + r.period().code() + ".pdf"));
    }

    private Shown shown(Received.Choice choice, UnitRef unit, String period, String tree) {
        Obligation obligation = choice.obligation();
        Period p = received.period(obligation, period);
        boolean now = "now".equals(tree);
        FormDefinition form = forms.of(obligation.formId());
        RollUpTable table = now ? reads.tableNow(obligation, form, unit, p) : reads.table(obligation, form, unit, p);
        return new Shown(obligation, p, now, form, table);
    }
}
