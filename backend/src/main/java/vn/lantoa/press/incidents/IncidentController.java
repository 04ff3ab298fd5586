package vn.lantoa.press.incidents;

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

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A unit's incidents: the list (open first, most severe, then oldest), opening one by hand or from a source, and one
 * incident's page. Everyone of the unit reads them, and the units above with oversight read them too (read-only).
 */
@Hidden
@Controller("/admin/u/{unitId}/press/incidents")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class IncidentController {

    static final int PAGE_ROWS = 200;

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final IncidentStore store;
    private final IncidentSources sources;
    private final IncidentWork work;
    private final IncidentView view;
    private final Playbooks playbooks;

    IncidentController(Access access, ShellFactory shells, Pages pages, IncidentStore store, IncidentSources sources, IncidentWork work,
                       IncidentView view, Playbooks playbooks) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.store = store;
        this.sources = sources;
        this.work = work;
        this.view = view;
        this.playbooks = playbooks;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Instant now = work.now();
        List<IncidentPages.Row> rows = store.list(unitId, PAGE_ROWS, 0).stream().map(i -> new IncidentPages.Row(i, i.clock(now))).toList();
        return pages.render("press/incidents/list", new IncidentPages.ListPage(shells.of(request, actor, unit, "press"), rows,
                !access.seesFromAbove(actor, unit) && access.can(actor, unit, Permission.MONITOR_MEDIA)));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String from, @Nullable @QueryValue String ref) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        IncidentSources.Source source = source(unit, from, ref);
        Instant at = source == null || source.at() == null ? work.now() : source.at();
        IncidentInput form = new IncidentInput(source == null ? "" : IncidentSources.cut(source.title(), 300), "", "MINOR", String.valueOf(actor.userId()),
                source == null ? "" : source.summary(), IncidentInput.show(at), source == null ? "" : source.kind().name(),
                source == null ? "" : String.valueOf(source.refId()));
        return form(request, actor, unit, HttpStatus.OK, form, new FieldErrors(), source);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        IncidentInput input = new IncidentInput(body.get("title"), body.get("type"), body.get("severity"), body.get("ownerId"), body.get("summary"),
                body.get("firstAlertAt"), body.get("from"), body.get("ref"));
        IncidentSources.Source source = source(unit, input.from(), input.ref());
        try {
            Incident opened = work.open(actor, unit, work.check(unit, input), source);
            return Redirects.seeOther(base(unitId) + "/" + opened.id(), Flash.success("press.incident.done.opened", opened.code()));
        } catch (UserInputException e) {
            return form(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors(), source);
        }
    }

    @Get("/{incidentId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long incidentId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return view.render(request, actor, unit, incidentId, HttpStatus.OK, new FieldErrors(), null, null);
    }

    /** The source named by from/ref, when it is the unit's; an unknown or foreign one is 404, as if it did not exist. */
    private IncidentSources.Source source(UnitRef unit, String from, String ref) {
        if (from == null || from.isBlank()) {
            return null;
        }
        LinkKind kind = LinkKind.parse(from);
        Long id = parseId(ref);
        if (kind == null || id == null || kind == LinkKind.ARTICLE || kind == LinkKind.QUESTION) {
            throw new NotFoundException("source " + from + " " + ref);
        }
        return sources.source(unit, kind, id).orElseThrow(() -> new NotFoundException("source " + from + " " + ref));
    }

    private HttpResponse<?> form(HttpRequest<?> request, Actor actor, UnitRef unit, HttpStatus status, IncidentInput form, FieldErrors errors,
                                 IncidentSources.Source source) {
        Shell shell = shells.of(request, actor, unit, "press");
        StringBuilder hint = new StringBuilder();
        for (Playbook p : playbooks.visible(unit)) {
            hint.append(hint.isEmpty() ? "" : "; ").append(shell.t(p.type().labelKey())).append(": ").append(p.title());
        }
        return pages.render(status, "press/incidents/new", new IncidentPages.NewPage(shell, form, errors, IncidentView.types(shell),
                IncidentView.severities(shell), work.members(unit.id()), source == null ? null : source.title(), hint.toString()));
    }

    static Long parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String base(long unitId) {
        return "/admin/u/" + unitId + "/press/incidents";
    }
}
