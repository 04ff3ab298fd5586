package vn.lantoa.brand;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

/** The site identity page: logo, banner, main colour, favicon and the home page's slideshow. */
@Hidden
@Controller("/admin/u/{unitId}/site/identity")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class IdentityController {

    private final IdentityService service;
    private final Identities identities;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;

    IdentityController(IdentityService service, Identities identities, Access access, ShellFactory shells, Pages pages) {
        this.service = service;
        this.identities = identities;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        return page(request, actor, unit, IdentityForm.from(service.current(unitId)), new FieldErrors(), HttpStatus.OK);
    }

    /** One form, sent as multipart so the files come with the fields; a file input left empty changes nothing. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> save(HttpRequest<?> request, Actor actor, long unitId,
                         @Nullable @Part("logo") CompletedFileUpload logo, @Nullable @Part("banner") CompletedFileUpload banner,
                         @Nullable @Part("favicon") CompletedFileUpload favicon, @Nullable @Part("mainColour") String mainColour,
                         @Nullable @Part("slideshow") String slideshow, @Nullable @Part("removeLogo") String removeLogo,
                         @Nullable @Part("removeBanner") String removeBanner, @Nullable @Part("removeFavicon") String removeFavicon,
                         @Nullable @Part("version") String version) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        IdentityForm form = new IdentityForm(mainColour, slideshow, removeLogo, removeBanner, removeFavicon, version);
        FieldErrors errors = service.save(actor, unit, form, new IdentityService.Files(IdentityService.Upload.of(logo), IdentityService.Upload.of(banner),
                IdentityService.Upload.of(favicon)));
        if (errors.hasAny()) {
            HttpStatus status = errors.has("form") ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
            return page(request, actor, unit, form, errors, status);
        }
        return Redirects.seeOther("/admin/u/" + unitId + "/site/identity", Flash.success("identity.saved"));
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, IdentityForm form, FieldErrors errors, HttpStatus status) {
        return pages.render(status, "brand/identity", new IdentityPage(shells.of(request, actor, unit, "site"), identities.forSite(unit.id()),
                form, errors, "/" + unit.slug() + "/"));
    }
}
