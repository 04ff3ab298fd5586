package vn.lantoa.press.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;

import java.time.Clock;

/**
 * The press desk's statistics for a month, quarter or year (issue 13, item 9): journalists' questions answered on time, coverage
 * by tone and month, incidents by type and time to first statement, each per unit below; every table as XLSX, and the quarterly
 * press-work report as an official PDF. Read-only; who sees what is {@link StatsScope}'s rule.
 */
@Hidden
@Controller("/admin/u/{unitId}/press/stats")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class PressStatsController {

    private final Access access;
    private final PressStatsTables tables;
    private final QuarterlyReport report;
    private final ShellFactory shells;
    private final Pages pages;
    private final Languages languages;
    private final Clock clock;

    PressStatsController(Access access, PressStatsTables tables, QuarterlyReport report, ShellFactory shells, Pages pages, Languages languages, Clock clock) {
        this.access = access;
        this.tables = tables;
        this.report = report;
        this.shells = shells;
        this.pages = pages;
        this.languages = languages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String period) {
        StatsScope scope = StatsScope.of(access, actor, unitId);
        Shell shell = shells.of(request, actor, scope.unit(), "press");
        FieldErrors errors = new FieldErrors();
        StatsPeriod p = StatsPeriod.parse(period, clock, "period", errors);
        if (p == null) {
            StatsPeriod current = StatsPeriod.parse(null, clock, "period", errors);
            return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, "press/stats/stats",
                    new PressStatsPages.StatsPage(shell, period == null ? "" : period.strip(), "", current.value(), errors, null));
        }
        return pages.render("press/stats/stats", new PressStatsPages.StatsPage(shell, p.value(), p.label(), quarterOf(p).value(), errors,
                tables.of(scope, p, shell::t)));
    }

    @Get("/export.xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<?> export(Actor actor, long unitId, @Nullable @QueryValue String period, @Nullable @QueryValue String table) {
        StatsScope scope = StatsScope.of(access, actor, unitId);
        FieldErrors errors = new FieldErrors();
        StatsPeriod p = StatsPeriod.parse(period, clock, "period", errors);
        PressStatsSheet.Which which = PressStatsSheet.Which.parse(table);
        if (which == null) {
            errors.add("table", "press.stats.table.invalid");
        }
        if (p == null || which == null) {
            throw new UserInputException(errors);
        }
        Translator t = languages.vietnamese();
        return PressStatsSheet.of(t, tables.of(scope, p, t::t), which).response(which.fileName() + "-" + scope.unit().slug() + "-" + p.value() + ".xlsx");
    }

    @Get("/report.pdf")
    @Produces(MediaType.ALL)
    HttpResponse<?> quarterly(Actor actor, long unitId, @Nullable @QueryValue String quarter) {
        StatsScope scope = StatsScope.of(access, actor, unitId);
        FieldErrors errors = new FieldErrors();
        StatsPeriod p = StatsPeriod.parse(quarter, clock, "quarter", errors);
        if (p != null && p.kind() != StatsPeriod.Kind.QUARTER) {
            errors.add("quarter", "press.stats.quarter.invalid");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Translator t = languages.vietnamese();
        byte[] pdf = report.pdf(tables.of(scope, p, t::t));
        return HttpResponse.ok(pdf).contentType("application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment("bao-cao-bao-chi-" + scope.unit().slug() + "-" + p.value() + ".pdf"))
                .header("Cache-Control", "no-store");
    }

    /** The quarter a period starts in: the report offered next to a month or a year. */
    private static StatsPeriod quarterOf(StatsPeriod p) {
        return new StatsPeriod(StatsPeriod.Kind.QUARTER, p.year(), (p.first().getMonthValue() - 1) / 3 + 1);
    }
}
