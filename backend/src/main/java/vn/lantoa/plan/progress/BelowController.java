package vn.lantoa.plan.progress;

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
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The parent's view of its plan carried out below: for each of its items, the units below that planned something for it
 * and how far each has got, and those expected to that planned nothing. Read by the unit and, read-only, from above; the
 * drill-down to a unit below's own progress page is offered to those who oversee the units below.
 */
@Hidden
@Controller("/admin/u/{unitId}/plans/below")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class BelowController {

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final PlanRows plans;
    private final BelowProgress below;
    private final Languages languages;
    private final Clock clock;

    BelowController(Access access, ShellFactory shells, Pages pages, PlanRows plans, BelowProgress below, Languages languages, Clock clock) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.plans = plans;
        this.below = below;
        this.languages = languages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String year) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        int y = year(year);
        List<Integer> years = new ArrayList<>(plans.years(unitId));
        if (!years.contains(y)) {
            years.add(0, y);
        }
        BelowProgress.View view = plans.ofYear(unitId, y).map(p -> below.of(unit, p)).orElse(null);
        return pages.render("plan/progress/below", new ProgressPages.BelowPage(shells.of(request, actor, unit, "plans"), y, years, view,
                access.canSeeBelow(actor, unit)));
    }

    @Get("/export.xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<?> export(Actor actor, long unitId, @Nullable @QueryValue String year) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        int y = year(year);
        Translator t = languages.vietnamese();
        List<List<Object>> rows = new ArrayList<>();
        plans.ofYear(unitId, y).map(p -> below.of(unit, p)).ifPresent(view -> {
            for (BelowProgress.ItemLine line : view.items()) {
                String item = line.group() + " – " + line.number() + ". " + line.item().topic();
                for (BelowProgress.UnitLine u : line.units()) {
                    rows.add(List.of(item, u.unitName(), label(t, u.current()), label(t, u.state()), u.doneQuarters(), u.evidence()));
                }
                for (String name : line.missing()) {
                    rows.add(List.of(item, name, t.t("planProgress.below.nothing"), "", 0, 0));
                }
            }
        });
        String title = t.t("planProgress.below.sheetTitle", unit.name(), String.valueOf(y));
        return new XlsxTable(t.t("planProgress.below.sheet"), title, List.of(t.t("planProgress.below.col.item"), t.t("planProgress.below.col.unit"),
                t.t("planProgress.col.current"), t.t("planProgress.below.col.state"), t.t("planProgress.below.col.doneQuarters"),
                t.t("planProgress.col.evidence")), rows).response("tien-do-ke-hoach-cap-duoi-" + unit.slug() + "-" + y + ".xlsx");
    }

    private static String label(Translator t, ProgressStatus s) {
        return s == null ? "" : t.t(s.labelKey());
    }

    /** The year asked for, or this year in Vietnam when it is missing or not a year. */
    private int year(String value) {
        if (value != null && value.strip().matches("20\\d\\d")) {
            return Integer.parseInt(value.strip());
        }
        return VietnamTime.today(clock).getYear();
    }
}
