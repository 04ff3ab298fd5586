package vn.lantoa.committee;

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
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.MembershipRepository;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.List;

/** The Ban truyền thông pages of a unit. */
@Hidden
@Controller("/admin/u/{unitId}/committee")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class CommitteeAdminController {

    private final CommitteeRepository committees;
    private final CommitteeMemberRepository members;
    private final MembershipRepository memberships;
    private final CommitteeService service;
    private final Access access;
    private final ShellFactory shells;

    private final Pages pages;

    CommitteeAdminController(CommitteeRepository committees, CommitteeMemberRepository members, MembershipRepository memberships,
                             CommitteeService service, Access access, ShellFactory shells, Pages pages) {
        this.pages = pages;
        this.committees = committees;
        this.members = members;
        this.memberships = memberships;
        this.service = service;
        this.access = access;
        this.shells = shells;
    }

    @Get
    HttpResponse<?> view(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        List<CommitteeMember> list = service.membersOf(unit);
        CommitteeMember spokesperson = list.stream().filter(CommitteeMember::spokesperson).findFirst().orElse(null);
        return pages.render("committee/view", new CommitteePages.ViewPage(shells.of(request, actor, unit, "committee"),
                committees.findByUnitId(unitId).orElse(null), list, spokesperson, access.can(actor, unit, Permission.EDIT_COMMITTEE)));
    }

    @Get("/settings")
    HttpResponse<?> showSettings(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.EDIT_COMMITTEE);
        return settingsPage(request, actor, unit, CommitteeForm.from(committees.findByUnitId(unitId).orElse(null)), new FieldErrors());
    }

    @Post("/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveSettings(HttpRequest<?> request, Actor actor, long unitId, @Body CommitteeForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.EDIT_COMMITTEE);
        FieldErrors errors = new FieldErrors();
        CommitteeForm.Draft draft = form.validate(errors);
        if (errors.hasAny()) {
            return settingsPage(request, actor, unit, form, errors);
        }
        try {
            service.saveSettings(actor, unit, draft);
            return Redirects.seeOther("/admin/u/" + unitId + "/committee", Flash.success("committee.saved"));
        } catch (UserInputException e) {
            return settingsPage(request, actor, unit, form, e.errors());
        }
    }

    @Get("/members/new")
    HttpResponse<?> showAdd(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.EDIT_COMMITTEE);
        return memberPage(request, actor, unit, null, MemberForm.empty(), new FieldErrors());
    }

    @Post("/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, Actor actor, long unitId, @Body MemberForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.EDIT_COMMITTEE);
        FieldErrors errors = new FieldErrors();
        MemberForm.Draft draft = form.validate(errors);
        if (errors.hasAny()) {
            return memberPage(request, actor, unit, null, form, errors);
        }
        try {
            CommitteeMember saved = service.addMember(actor, unit, draft);
            return Redirects.seeOther("/admin/u/" + unitId + "/committee", Flash.success("committee.memberAdded", saved.fullName()));
        } catch (UserInputException e) {
            return memberPage(request, actor, unit, null, form, e.errors());
        }
    }

    @Get("/members/{memberId}")
    HttpResponse<?> showEdit(HttpRequest<?> request, Actor actor, long unitId, long memberId) {
        UnitRef unit = access.require(actor, unitId, Permission.EDIT_COMMITTEE);
        CommitteeMember member = members.findByUnitIdAndId(unitId, memberId).orElseThrow(() -> new NotFoundException("member"));
        return memberPage(request, actor, unit, memberId, MemberForm.from(member), new FieldErrors());
    }

    @Post("/members/{memberId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> edit(HttpRequest<?> request, Actor actor, long unitId, long memberId, @Body MemberForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.EDIT_COMMITTEE);
        members.findByUnitIdAndId(unitId, memberId).orElseThrow(() -> new NotFoundException("member"));
        FieldErrors errors = new FieldErrors();
        MemberForm.Draft draft = form.validate(errors);
        if (errors.hasAny()) {
            return memberPage(request, actor, unit, memberId, form, errors);
        }
        try {
            CommitteeMember saved = service.updateMember(actor, unit, memberId, draft);
            return Redirects.seeOther("/admin/u/" + unitId + "/committee", Flash.success("committee.memberSaved", saved.fullName()));
        } catch (UserInputException e) {
            return memberPage(request, actor, unit, memberId, form, e.errors());
        }
    }

    @Post("/members/{memberId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(Actor actor, long unitId, long memberId) {
        UnitRef unit = access.require(actor, unitId, Permission.EDIT_COMMITTEE);
        service.removeMember(actor, unit, memberId);
        return Redirects.seeOther("/admin/u/" + unitId + "/committee", Flash.success("committee.memberRemoved"));
    }

    private HttpResponse<?> settingsPage(HttpRequest<?> request, Actor actor, UnitRef unit, CommitteeForm form, FieldErrors errors) {
        return pages.render(errors.hasAny() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK, "committee/settings",
                new CommitteePages.SettingsPage(shells.of(request, actor, unit, "committee"), form, errors));
    }

    private HttpResponse<?> memberPage(HttpRequest<?> request, Actor actor, UnitRef unit, Long memberId, MemberForm form, FieldErrors errors) {
        Shell shell = shells.of(request, actor, unit, "committee");
        List<Option> roles = new ArrayList<>();
        for (CommitteeRole role : CommitteeRole.values()) {
            roles.add(new Option(role.name(), shell.t(role.labelKey())));
        }
        List<Option> people = new ArrayList<>();
        people.add(new Option("", shell.t("committee.member.noAccount")));
        memberships.findPeopleOf(unit.id()).forEach(p -> people.add(new Option(String.valueOf(p.id()), p.fullName() + " (" + p.email() + ")")));
        return pages.render(errors.hasAny() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK, "committee/member",
                new CommitteePages.MemberPage(shell, form, errors, memberId, roles, people));
    }
}
