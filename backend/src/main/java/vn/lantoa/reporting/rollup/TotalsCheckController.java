package vn.lantoa.reporting.rollup;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.web.ForbiddenException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Actor;

/** The reporting store's consistency check (see {@link TotalsCheck}) as a page for platform admins. */
@Hidden
@Controller("/admin/platform/totals-check")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class TotalsCheckController {

    private final TotalsCheck check;
    private final ShellFactory shells;
    private final Pages pages;

    TotalsCheckController(TotalsCheck check, ShellFactory shells, Pages pages) {
        this.check = check;
        this.shells = shells;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor) {
        if (!actor.platformAdmin()) {
            throw new ForbiddenException("platform admin");
        }
        return pages.render("reporting/totalscheck", new TotalsCheckPage(shells.personal(request, actor), check.run()));
    }
}
