package vn.lantoa.apikey;

import io.micronaut.context.annotation.Value;
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
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.util.List;

/** A unit's API keys for its admins: the list, a new key (its secret shown on the one page that answers), revoking. */
@Hidden
@Controller("/admin/u/{unitId}/api-keys")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ApiKeyAdminController {

    private final ApiKeys keys;
    private final ApiKeyRepository repository;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Clock clock;
    private final String baseUrl;

    ApiKeyAdminController(ApiKeys keys, ApiKeyRepository repository, Access access, ShellFactory shells, Pages pages, Clock clock,
                          @Value("${lantoa.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.keys = keys;
        this.repository = repository;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        return listPage(request, actor, unit, ApiKeyForm.empty(clock), new FieldErrors());
    }

    /**
     * A new key answers with a page rather than a redirect: the secret must not ride in a cookie or an address to a
     * following GET, and this page, never stored by the browser, is the only place it is ever shown.
     */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body ApiKeyForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        FieldErrors errors = new FieldErrors();
        ApiKeyForm.Valid valid = form.validate(errors, clock);
        if (errors.hasAny()) {
            return listPage(request, actor, unit, form, errors);
        }
        ApiKeys.Created created = keys.create(actor, unit, valid);
        return pages.render(HttpStatus.OK, "apikey/created", new ApiKeyPages.CreatedPage(shells.of(request, actor, unit, "apiKeys"),
                created.key(), created.secret(), baseUrl)).header("Cache-Control", "no-store");
    }

    @Post("/{keyId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(Actor actor, long unitId, long keyId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        keys.revoke(actor, unit, keyId);
        return Redirects.seeOther("/admin/u/" + unitId + "/api-keys", Flash.success("apiKey.revoked"));
    }

    private HttpResponse<?> listPage(HttpRequest<?> request, Actor actor, UnitRef unit, ApiKeyForm form, FieldErrors errors) {
        Shell shell = shells.of(request, actor, unit, "apiKeys");
        Translator t = shell.i18n();
        List<Option> roles = ApiKeyForm.ROLES.stream().map(r -> new Option(r.name(), t.t(r.labelKey()))).toList();
        List<Option> accesses = List.of(new Option(ApiKeyForm.READ_ONLY, t.t("apiKey.access.READ_ONLY")),
                new Option(ApiKeyForm.READ_WRITE, t.t("apiKey.access.READ_WRITE")));
        return pages.render(errors.hasAny() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK, "apikey/list",
                new ApiKeyPages.ListPage(shell, repository.findRowsOf(unit.id()), clock.instant(), form, errors, roles, accesses));
    }
}
