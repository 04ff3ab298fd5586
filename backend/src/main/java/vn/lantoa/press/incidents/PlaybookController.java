package vn.lantoa.press.incidents;

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
import vn.lantoa.platform.web.Fields;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.Map;

/**
 * Crisis playbooks: a unit's own (written by its press desk) and its parents' (read-only here: a parent's playbook is
 * for every unit below it).
 */
@Hidden
@Controller("/admin/u/{unitId}/press/playbooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class PlaybookController {

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Playbooks playbooks;

    PlaybookController(Access access, ShellFactory shells, Pages pages, Playbooks playbooks) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.playbooks = playbooks;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return pages.render("press/incidents/playbooks", new IncidentPages.PlaybooksPage(shells.of(request, actor, unit, "press"),
                playbooks.visible(unit).stream().map(p -> new IncidentPages.PlaybookRow(p, p.unitId() == unitId)).toList(), canEdit(actor, unit)));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return edit(request, actor, unit, null, HttpStatus.OK, new PlaybookInput("", "", "", "", "", ""), new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return save(request, actor, unit, null, input(body));
    }

    @Get("/{playbookId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long playbookId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Playbook p = playbooks.readable(unit, playbookId).orElseThrow(() -> new NotFoundException("playbook " + playbookId));
        return pages.render("press/incidents/playbook", new IncidentPages.PlaybookPage(shells.of(request, actor, unit, "press"), p, p.unitId() == unitId,
                canEdit(actor, unit) && p.unitId() == unitId));
    }

    @Get("/{playbookId}/edit")
    HttpResponse<?> showEdit(HttpRequest<?> request, Actor actor, long unitId, long playbookId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        Playbook p = own(unit, playbookId);
        return edit(request, actor, unit, playbookId, HttpStatus.OK, PlaybookInput.of(p), new FieldErrors());
    }

    @Post("/{playbookId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Actor actor, long unitId, long playbookId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        own(unit, playbookId);
        return save(request, actor, unit, playbookId, input(body));
    }

    private HttpResponse<?> save(HttpRequest<?> request, Actor actor, UnitRef unit, Long playbookId, PlaybookInput input) {
        FieldErrors errors = new FieldErrors();
        PlaybookInput.Draft d = input.validate(errors);
        Long version = Fields.version(errors, input.version());
        if (playbookId != null && version == null) {
            errors.add("version", "error.invalidValue");
        }
        if (errors.hasAny()) {
            return edit(request, actor, unit, playbookId, HttpStatus.UNPROCESSABLE_ENTITY, input, errors);
        }
        try {
            long id = playbooks.save(actor, unit, playbookId, version, d);
            return Redirects.seeOther(base(unit.id()) + "/" + id, Flash.success("press.playbook.done.saved"));
        } catch (UserInputException e) {
            return edit(request, actor, unit, playbookId, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        } catch (StaleVersionException e) {
            return edit(request, actor, unit, playbookId, HttpStatus.CONFLICT, input, new FieldErrors().add("version", "press.playbook.stale"));
        }
    }

    private Playbook own(UnitRef unit, long playbookId) {
        return playbooks.readable(unit, playbookId).filter(p -> p.unitId() == unit.id())
                .orElseThrow(() -> new NotFoundException("playbook " + playbookId));
    }

    private boolean canEdit(Actor actor, UnitRef unit) {
        return !access.seesFromAbove(actor, unit) && access.can(actor, unit, Permission.HANDLE_PRESS);
    }

    private HttpResponse<?> edit(HttpRequest<?> request, Actor actor, UnitRef unit, Long playbookId, HttpStatus status, PlaybookInput form,
                                 FieldErrors errors) {
        Shell shell = shells.of(request, actor, unit, "press");
        return pages.render(status, "press/incidents/playbook-edit", new IncidentPages.PlaybookEditPage(shell, playbookId, form, errors,
                IncidentView.types(shell)));
    }

    private static PlaybookInput input(Map<String, String> b) {
        return new PlaybookInput(b.get("type"), b.get("title"), b.get("steps"), b.get("calls"), b.get("draftStatement"), b.get("version"));
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/press/playbooks";
    }
}
