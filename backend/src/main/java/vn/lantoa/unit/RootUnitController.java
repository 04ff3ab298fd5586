package vn.lantoa.unit;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;

/** Platform admins create the top of a tree: the ministry, or a province not yet under it. */
@Hidden
@Controller("/admin/platform/units")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class RootUnitController {

    private final UnitService service;
    private final ShellFactory shells;
    private final Access access;

    private final Pages pages;

    RootUnitController(UnitService service, ShellFactory shells, Pages pages, Access access) {
        this.access = access;
        this.pages = pages;
        this.service = service;
        this.shells = shells;
    }

    @Get("/new")
    HttpResponse<?> showCreate(HttpRequest<?> request, Actor actor) {
        access.requirePlatformAdmin(actor);
        return page(request, actor, UnitForm.empty(), new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processCreate(HttpRequest<?> request, Actor actor, @Body UnitForm form) {
        access.requirePlatformAdmin(actor);
        FieldErrors errors = new FieldErrors();
        UnitDraft draft = form.validate(errors);
        if (errors.hasAny()) {
            return page(request, actor, form, errors);
        }
        try {
            Unit created = service.create(actor, null, draft);
            return Redirects.seeOther("/admin/u/" + created.id() + "/profile", Flash.success("unit.created", created.name()));
        } catch (UserInputException e) {
            return page(request, actor, form, e.errors());
        }
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitForm form, FieldErrors errors) {
        Shell shell = shells.personal(request, actor);
        return pages.render(errors.hasAny() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK, "unit/form",
                new UnitPages.FormPage(shell, form, errors, "/admin/platform/units", true, shell.t("unit.form.rootParent"),
                        UnitOptions.types(shell.i18n(), true), UnitOptions.levels(shell.i18n(), true)));
    }
}
