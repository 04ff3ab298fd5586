package vn.lantoa.reporting.obligation;

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
import vn.lantoa.reporting.form.PostedForm;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Saved groups of units below, for obligations that go to a hand-picked list ("các trường điểm thi"). */
@Hidden
@Controller("/admin/u/{unitId}/unit-groups")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class UnitGroupController {

    private final UnitGroups groups;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;

    UnitGroupController(UnitGroups groups, Access access, ShellFactory shells, Pages pages) {
        this.groups = groups;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return page(request, actor, unit, "", Set.of(), new FieldErrors(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_OBLIGATIONS);
        Map<String, String> posted = PostedForm.parse(body);
        Set<Long> members = Arrays.stream(posted.getOrDefault("members", "").split(";")).map(String::strip).filter(s -> s.matches("^\\d{1,18}$"))
                .map(Long::valueOf).collect(Collectors.toSet());
        String name = posted.getOrDefault("name", "");
        try {
            groups.create(actor, unit, name, members);
            return Redirects.seeOther("/admin/u/" + unitId + "/unit-groups", Flash.success("group.createdFlash", name.strip()));
        } catch (UserInputException e) {
            return page(request, actor, unit, name, members, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, String name, Set<Long> chosen, FieldErrors errors, HttpStatus status) {
        boolean canManage = access.can(actor, unit, Permission.MANAGE_OBLIGATIONS);
        List<UnitGroups.Candidate> candidates = canManage ? groups.candidates(unit) : List.of();
        return pages.render(status, "reporting/groups", new ObligationPages.GroupsPage(shells.of(request, actor, unit, "obligations"),
                groups.of(unit.id()), candidates, name, chosen, errors, canManage));
    }
}
