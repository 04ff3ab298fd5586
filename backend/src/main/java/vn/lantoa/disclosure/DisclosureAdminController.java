package vn.lantoa.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Công khai in the workspace. A school sees each required item with its due dates and publishes; a unit above sees
 * which schools below have not published which item (read-only oversight).
 */
@Hidden
@Controller("/admin/u/{unitId}/disclosure")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class DisclosureAdminController {

    private final DisclosureTracking tracking;
    private final DisclosureService service;
    private final DisclosureItemRepository items;
    private final StoredFileRepository files;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;

    DisclosureAdminController(DisclosureTracking tracking, DisclosureService service, DisclosureItemRepository items, StoredFileRepository files,
                              Access access, ShellFactory shells, Pages pages) {
        this.tracking = tracking;
        this.service = service;
        this.items = items;
        this.files = files;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Shell shell = shells.of(request, actor, unit, "disclosure");
        if (unit.type() == UnitType.SCHOOL) {
            return pages.render("disclosure/school", new DisclosurePages.SchoolPage(shell, tracking.of(unit), items.findRecent(unitId, 50),
                    access.can(actor, unit, Permission.WRITE_CONTENT), "/" + unit.slug() + "/cong-khai"));
        }
        DisclosureTracking.Gaps below = tracking.gapsBelow(unit);
        return pages.render("disclosure/tracking", new DisclosurePages.TrackingPage(shell, below.gaps(), below.schools(),
                below.schools() >= DisclosureTracking.MAX_SCHOOLS));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String requirement, @Nullable @QueryValue String period) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        Requirement r = Requirement.parse(requirement);
        String p = period != null ? period : r == null ? "" : r.currentPeriod(tracking.today());
        Shell shell = shells.of(request, actor, unit, "disclosure");
        String title = r == null ? "" : shell.t(r.labelKey()) + " - " + p;
        return form(shell, unit, new DisclosureService.Form(requirement == null ? "" : requirement, p, title, "", ""), new FieldErrors(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(HttpRequest<?> request, Actor actor, long unitId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        DisclosureService.Form form = new DisclosureService.Form(body.get("requirement"), body.get("period"), body.get("title"), body.get("body"),
                body.get("fileId"));
        try {
            DisclosureItem saved = service.publish(actor, unit, form);
            return Redirects.seeOther("/admin/u/" + unitId + "/disclosure", Flash.success("disclosure.publishedFlash", saved.title()));
        } catch (UserInputException e) {
            return form(shells.of(request, actor, unit, "disclosure"), unit, form, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    private HttpResponse<?> form(Shell shell, UnitRef unit, DisclosureService.Form form, FieldErrors errors, HttpStatus status) {
        List<Option> requirements = new ArrayList<>();
        for (Requirement r : Requirement.forLevel(unit.schoolLevel())) {
            requirements.add(new Option(r.name(), shell.t(r.labelKey())));
        }
        List<Option> fileOptions = new ArrayList<>();
        fileOptions.add(new Option("", shell.t("disclosure.noFile")));
        files.findByUnit(unit.id(), 200, 0).forEach(f -> fileOptions.add(new Option(String.valueOf(f.id()), f.originalName())));
        return pages.render(status, "disclosure/publish", new DisclosurePages.PublishPage(shell, form, Requirement.parse(form.requirement()),
                requirements, fileOptions, errors));
    }
}
