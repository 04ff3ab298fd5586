package vn.lantoa.unit.host;

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
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.util.List;
import java.util.Map;

/** The unit admin's page for its own host name: claim one, read how to prove it, press "Kiểm tra". */
@Hidden
@Controller("/admin/u/{unitId}/host-names")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class HostNameAdminController {

    private final HostClaims claims;
    private final UnitRepository units;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final String baseUrl;

    HostNameAdminController(HostClaims claims, UnitRepository units, Access access, ShellFactory shells, Pages pages,
                            @Value("${lantoa.base-url}") String baseUrl) {
        this.claims = claims;
        this.units = units;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_UNIT);
        return page(request, actor, unit, "", new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> claim(HttpRequest<?> request, Actor actor, long unitId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_UNIT);
        String hostName = body.getOrDefault("hostName", "");
        try {
            HostClaim claim = claims.claim(actor, unitId, hostName);
            return Redirects.seeOther(base(unitId) + "#claim-" + claim.id(), Flash.success("hostclaim.created", claim.hostName()));
        } catch (UserInputException e) {
            return page(request, actor, unit, hostName, e.errors());
        }
    }

    @Post("/{claimId}/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> check(Actor actor, long unitId, long claimId, @Body Map<String, String> body) {
        HostClaim checked = claims.check(actor, unitId, claimId, ProofMethod.parse(body.get("method")));
        Flash flash = checked.verified() ? Flash.success("hostclaim.verified", checked.hostName())
                : Flash.error("hostclaim.notVerified", checked.hostName());
        return Redirects.seeOther(base(unitId) + "#claim-" + claimId, flash);
    }

    @Post("/{claimId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(Actor actor, long unitId, long claimId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_UNIT);
        HostClaim claim = claims.get(unit, claimId);
        claims.withdraw(actor, unitId, claimId);
        return Redirects.seeOther(base(unitId), Flash.success("hostclaim.withdrawn", claim.hostName()));
    }

    @Post("/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(Actor actor, long unitId) {
        access.require(actor, unitId, Permission.MANAGE_UNIT);
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit"));
        claims.removeActive(actor, unitId);
        return Redirects.seeOther(base(unitId), Flash.success("hostclaim.removed", unit.hostName() == null ? "" : unit.hostName()));
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef ref, String hostName, FieldErrors errors) {
        Unit unit = units.findById(ref.id()).orElseThrow(() -> new NotFoundException("unit"));
        Shell shell = shells.of(request, actor, ref, "home");
        List<HostClaim> all = claims.of(ref);
        var page = new HostNamePages.Page(shell, baseUrl + "/" + unit.slug() + "/", unit.hostName(),
                all.stream().filter(c -> !c.verified()).toList(), all.stream().filter(HostClaim::verified).toList(), hostName, errors);
        return pages.render(errors.hasAny() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK, "unit/hosts", page);
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/host-names";
    }
}
