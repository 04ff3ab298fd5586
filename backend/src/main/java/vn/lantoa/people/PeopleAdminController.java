package vn.lantoa.people;

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
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.EmailDomainPolicy;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.MembershipRepository;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The people of a unit: who holds which role, invitations, and role changes. */
@Hidden
@Controller("/admin/u/{unitId}/people")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class PeopleAdminController {

    private final UserRepository users;
    private final MembershipRepository memberships;
    private final Invitations invitations;
    private final Memberships service;
    private final EmailDomainPolicy domains;
    private final Access access;
    private final ShellFactory shells;
    private final Clock clock;

    private final Pages pages;

    PeopleAdminController(UserRepository users, MembershipRepository memberships, Invitations invitations, Memberships service,
                          EmailDomainPolicy domains, Access access, ShellFactory shells, Clock clock, Pages pages) {
        this.pages = pages;
        this.users = users;
        this.memberships = memberships;
        this.invitations = invitations;
        this.service = service;
        this.domains = domains;
        this.access = access;
        this.shells = shells;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return pages.render("people/list", new PeoplePages.ListPage(shells.of(request, actor, unit, "people"),
                users.findMembersOf(unitId), access.can(actor, unit, Permission.MANAGE_PEOPLE), domains.requiredFor(unit)));
    }

    @Get("/invite")
    HttpResponse<?> showInvite(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PEOPLE);
        return invitePage(request, actor, unit, InviteForm.empty(), new FieldErrors());
    }

    @Post("/invite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processInvite(HttpRequest<?> request, Actor actor, long unitId, @Body InviteForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PEOPLE);
        FieldErrors errors = new FieldErrors();
        InviteForm.Invite invite = form.validate(errors);
        if (errors.hasAny()) {
            return invitePage(request, actor, unit, form, errors);
        }
        try {
            Invitations.Result result = invitations.invite(actor, unit, invite);
            return Redirects.seeOther("/admin/u/" + unitId + "/people",
                    Flash.success(result.user().status() == UserStatus.INVITED ? "people.invited" : "people.roleGranted", result.user().email()));
        } catch (UserInputException e) {
            return invitePage(request, actor, unit, form, e.errors());
        }
    }

    @Get("/{userId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long userId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return personPage(request, actor, unit, userId, new FieldErrors(), HttpStatus.OK);
    }

    @Post("/{userId}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addRole(HttpRequest<?> request, Actor actor, long unitId, long userId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PEOPLE);
        Role role = Role.parse(body.get("role"));
        if (role == null) {
            return personPage(request, actor, unit, userId, new FieldErrors().add("role", "people.role.required"), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            service.grant(actor, unit, userId, role);
            return Redirects.seeOther("/admin/u/" + unitId + "/people/" + userId, Flash.success("people.roleAdded"));
        } catch (UserInputException e) {
            return personPage(request, actor, unit, userId, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Post("/{userId}/roles/{membershipId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeRole(HttpRequest<?> request, Actor actor, long unitId, long userId, long membershipId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PEOPLE);
        try {
            service.revoke(actor, unit, membershipId);
        } catch (UserInputException e) {
            return personPage(request, actor, unit, userId, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        boolean stillMember = !memberships.findByUnitIdAndUserId(unitId, userId).isEmpty();
        return Redirects.seeOther("/admin/u/" + unitId + "/people" + (stillMember ? "/" + userId : ""), Flash.success("people.roleRemoved"));
    }

    @Post("/{userId}/resend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resend(Actor actor, long unitId, long userId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PEOPLE);
        invitations.resend(actor, unit, userId);
        return Redirects.seeOther("/admin/u/" + unitId + "/people/" + userId, Flash.success("people.invitationResent"));
    }

    @Post("/{userId}/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unlock(Actor actor, long unitId, long userId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PEOPLE);
        service.unlock(actor, unit, userId);
        return Redirects.seeOther("/admin/u/" + unitId + "/people/" + userId, Flash.success("people.unlocked"));
    }

    private HttpResponse<?> invitePage(HttpRequest<?> request, Actor actor, UnitRef unit, InviteForm form, FieldErrors errors) {
        Shell shell = shells.of(request, actor, unit, "people");
        return pages.render(errors.hasAny() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK, "people/invite",
                new PeoplePages.InvitePage(shell, form, errors, roleOptions(shell.i18n()), domains.requiredFor(unit)));
    }

    private HttpResponse<?> personPage(HttpRequest<?> request, Actor actor, UnitRef unit, long userId, FieldErrors errors, HttpStatus status) {
        User person = service.memberOf(unit, userId);
        Shell shell = shells.of(request, actor, unit, "people");
        return pages.render(status, "people/person", new PeoplePages.PersonPage(shell, person, memberships.findByUnitIdAndUserId(unit.id(), userId),
                roleOptions(shell.i18n()), access.can(actor, unit, Permission.MANAGE_PEOPLE), person.isLocked(clock.instant()), errors));
    }

    static List<Option> roleOptions(Translator t) {
        List<Option> options = new ArrayList<>();
        for (Role role : Role.values()) {
            options.add(new Option(role.name(), t.t(role.labelKey())));
        }
        return options;
    }
}
