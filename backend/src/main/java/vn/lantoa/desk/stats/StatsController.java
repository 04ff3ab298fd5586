package vn.lantoa.desk.stats;

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
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;

import java.time.Clock;

/**
 * The desk's statistics for a range of months: per month, topic, channel and unit below; with charts, and as XLSX.
 * Read-only; who sees what is {@link StatsScope}'s rule.
 */
@Hidden
@Controller("/admin/u/{unitId}/desk/stats")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class StatsController {

    private final Access access;
    private final StatsTables tables;
    private final ShellFactory shells;
    private final Pages pages;
    private final Languages languages;
    private final Clock clock;

    StatsController(Access access, StatsTables tables, ShellFactory shells, Pages pages, Languages languages, Clock clock) {
        this.access = access;
        this.tables = tables;
        this.shells = shells;
        this.pages = pages;
        this.languages = languages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        StatsScope scope = StatsScope.of(access, actor, unitId);
        Shell shell = shells.of(request, actor, scope.unit(), "desk");
        FieldErrors errors = new FieldErrors();
        StatsRange range = StatsRange.parse(from, to, clock, errors);
        if (range == null) {
            return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, "desk/stats",
                    new StatsPages.StatsPage(shell, from == null ? "" : from, to == null ? "" : to, errors, null));
        }
        return pages.render("desk/stats", new StatsPages.StatsPage(shell, range.from().toString(), range.to().toString(), errors,
                tables.of(scope, range, shell::t)));
    }

    @Get("/export.xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<?> export(Actor actor, long unitId, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        StatsScope scope = StatsScope.of(access, actor, unitId);
        FieldErrors errors = new FieldErrors();
        StatsRange range = StatsRange.parse(from, to, clock, errors);
        if (range == null) {
            throw new UserInputException(errors);
        }
        Translator t = languages.vietnamese();
        return StatsSheet.of(t, tables.of(scope, range, t::t)).response("thong-ke-phan-anh-" + scope.unit().slug() + "-" + range.from() + "-"
                + range.to() + ".xlsx");
    }
}
