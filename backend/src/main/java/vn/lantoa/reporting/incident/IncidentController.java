package vn.lantoa.reporting.incident;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

/** Quick reports of incidents received by the unit or sent from below it. */
@Hidden
@Controller("/admin/u/{unitId}/incidents")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class IncidentController {

    private final Incidents incidents;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;

    IncidentController(Incidents incidents, Access access, ShellFactory shells, Pages pages) {
        this.incidents = incidents;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return pages.render("reporting/incidents", new IncidentPages.IncidentsPage(shells.of(request, actor, unit, "incidents"), incidents.list(unit)));
    }
}
