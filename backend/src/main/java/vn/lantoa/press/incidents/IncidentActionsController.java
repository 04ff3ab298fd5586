package vn.lantoa.press.incidents;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.press.Severity;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.Map;

/** The work on one incident from its page: each form posts here and comes back to the page (or shows it again with the errors). */
@Hidden
@Controller("/admin/u/{unitId}/press/incidents/{incidentId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class IncidentActionsController {

    private final Access access;
    private final IncidentWork work;
    private final IncidentView view;

    IncidentActionsController(Access access, IncidentWork work, IncidentView view) {
        this.access = access;
        this.work = work;
        this.view = view;
    }

    @Post("/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> note(HttpRequest<?> request, Actor actor, long unitId, long incidentId, @Body Map<String, String> form) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        return act(request, actor, unit, incidentId, form, "press.incident.done.noted", () -> work.note(actor, unit, incidentId, form.get("note")));
    }

    @Post("/tasks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> task(HttpRequest<?> request, Actor actor, long unitId, long incidentId, @Body Map<String, String> form) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        return act(request, actor, unit, incidentId, form, "press.incident.done.taskAdded",
                () -> work.addTask(actor, unit, incidentId, form.get("taskTitle"), form.get("taskOwnerId"), form.get("taskDueAt")));
    }

    @Post("/tasks/{taskId}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> taskDone(HttpRequest<?> request, Actor actor, long unitId, long incidentId, long taskId, @Body Map<String, String> form) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        boolean done = !"false".equals(form.get("done"));
        return act(request, actor, unit, incidentId, form, done ? "press.incident.done.taskDone" : "press.incident.done.taskUndone",
                () -> work.taskDone(actor, unit, incidentId, taskId, done));
    }

    @Post("/links")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> link(HttpRequest<?> request, Actor actor, long unitId, long incidentId, @Body Map<String, String> form) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        String item = form.getOrDefault("item", "");
        int colon = item.indexOf(':');
        LinkKind kind = colon < 0 ? null : LinkKind.parse(item.substring(0, colon));
        Long ref = colon < 0 ? null : IncidentController.parseId(item.substring(colon + 1));
        return act(request, actor, unit, incidentId, form, "press.incident.done.linked", () -> work.link(actor, unit, incidentId, kind, ref));
    }

    @Post("/severity")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> severity(HttpRequest<?> request, Actor actor, long unitId, long incidentId, @Body Map<String, String> form) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        return act(request, actor, unit, incidentId, form, "press.incident.done.severity", () -> {
            Severity to = Severity.parse(form.get("severity"));
            if (to == null) {
                throw UserInputException.of("severity", "press.incident.severity.required");
            }
            work.severity(actor, unit, incidentId, to);
        });
    }

    @Post("/statement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> statement(HttpRequest<?> request, Actor actor, long unitId, long incidentId, @Body Map<String, String> form) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return act(request, actor, unit, incidentId, form, "press.incident.done.statement",
                () -> work.statement(actor, unit, incidentId, form.get("statementTitle"), form.get("statementText")));
    }

    @Post("/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(HttpRequest<?> request, Actor actor, long unitId, long incidentId, @Body Map<String, String> form) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return act(request, actor, unit, incidentId, form, "press.incident.done.closed",
                () -> work.close(actor, unit, incidentId, form.get("results"), form.get("lessons")));
    }

    @Post("/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reopen(HttpRequest<?> request, Actor actor, long unitId, long incidentId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return act(request, actor, unit, incidentId, Map.of(), "press.incident.done.reopened", () -> work.reopen(actor, unit, incidentId));
    }

    private HttpResponse<?> act(HttpRequest<?> request, Actor actor, UnitRef unit, long incidentId, Map<String, String> form, String done,
                                Runnable work) {
        try {
            work.run();
            return Redirects.seeOther(IncidentController.base(unit.id()) + "/" + incidentId, Flash.success(done));
        } catch (UserInputException e) {
            return view.render(request, actor, unit, incidentId, HttpStatus.UNPROCESSABLE_ENTITY, e.errors(), form.get("statementTitle"),
                    form.get("statementText"));
        }
    }
}
