package vn.lantoa.press.events;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
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

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Press conferences, interviews and press trips of a unit. Its press desk (HANDLE_PRESS) writes them; everyone of the
 * unit and the units above read them, as they read its published work.
 */
@Hidden
@Controller("/admin/u/{unitId}/press/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class PressEventController {

    static final int LIST_ROWS = 200;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(VietnamTime.ZONE);

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final PressEventRepository events;
    private final PressEvents writer;
    private final EventRefs refs;
    private final Clock clock;

    PressEventController(Access access, ShellFactory shells, Pages pages, PressEventRepository events, PressEvents writer, EventRefs refs, Clock clock) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.events = events;
        this.writer = writer;
        this.refs = refs;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Instant now = clock.instant();
        return pages.render("press/events/list", new EventPages.ListPage(shells.of(request, actor, unit, "press"),
                events.upcoming(unitId, now, LIST_ROWS), events.past(unitId, now, LIST_ROWS), access.can(actor, unit, Permission.HANDLE_PRESS)));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return edit(request, actor, unit, null, HttpStatus.OK, EventInput.empty(), new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        EventInput input = EventForm.parse(body).input();
        try {
            PressEvent created = writer.create(actor, unit, writer.check(unit, input));
            return Redirects.seeOther(base(unitId) + "/" + created.id(), Flash.success("press.event.done.created"));
        } catch (UserInputException e) {
            return edit(request, actor, unit, null, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        }
    }

    @Get("/{eventId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long eventId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        PressEvent event = events.findByUnitIdAndId(unitId, eventId).orElseThrow(() -> new NotFoundException("press event " + eventId));
        return pages.render("press/events/event", new EventPages.EventPage(shells.of(request, actor, unit, "press"), event,
                refs.of(unitId, eventId), access.can(actor, unit, Permission.HANDLE_PRESS), access.can(actor, unit, Permission.READ_DRAFTS)));
    }

    @Get("/{eventId}/event.ics")
    @Produces("text/calendar")
    HttpResponse<?> calendar(Actor actor, long unitId, long eventId) {
        access.require(actor, unitId, Permission.VIEW);
        PressEvent event = events.findByUnitIdAndId(unitId, eventId).orElseThrow(() -> new NotFoundException("press event " + eventId));
        return HttpResponse.ok(EventIcs.of(event, "lantoa.vn", clock.instant()))
                .contentType(MediaType.of("text/calendar; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"su-kien-bao-chi-" + eventId + ".ics\"");
    }

    @Get("/{eventId}/edit")
    HttpResponse<?> showEdit(HttpRequest<?> request, Actor actor, long unitId, long eventId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        PressEvent e = events.findByUnitIdAndId(unitId, eventId).orElseThrow(() -> new NotFoundException("press event " + eventId));
        EventRefs.Linked l = refs.of(unitId, eventId);
        EventInput input = new EventInput(e.kind().name(), e.title(), VietnamTime.date(e.startsAt()), HOUR.format(e.startsAt()),
                e.endsAt() == null ? "" : VietnamTime.date(e.endsAt()), e.endsAt() == null ? "" : HOUR.format(e.endsAt()), e.place(),
                e.description(), e.pressGuests(), e.results(), ids(l.members()), ids(l.contacts()), ids(l.files()), ids(l.clippings()),
                String.join("\n", l.links()), String.valueOf(e.version()));
        return edit(request, actor, unit, eventId, HttpStatus.OK, input, new FieldErrors());
    }

    @Post("/{eventId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Actor actor, long unitId, long eventId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        PressEvent current = events.findByUnitIdAndId(unitId, eventId).orElseThrow(() -> new NotFoundException("press event " + eventId));
        EventInput input = EventForm.parse(body).input();
        try {
            FieldErrors errors = new FieldErrors();
            Long version = Fields.version(errors, input.version());
            if (errors.hasAny() || version == null) {
                throw UserInputException.of("version", "error.invalidValue");
            }
            writer.update(actor, unit, eventId, version, writer.check(unit, input));
            return Redirects.seeOther(base(unitId) + "/" + eventId, Flash.success("press.event.done.updated"));
        } catch (UserInputException e) {
            return edit(request, actor, unit, eventId, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        } catch (StaleVersionException e) {
            PressEvent now = events.findByUnitIdAndId(unitId, eventId).orElse(current);
            FieldErrors errors = new FieldErrors().add("version", "press.event.stale", VietnamTime.dateTime(now.updatedAt()));
            return edit(request, actor, unit, eventId, HttpStatus.CONFLICT, input, errors);
        }
    }

    private HttpResponse<?> edit(HttpRequest<?> request, Actor actor, UnitRef unit, Long eventId, HttpStatus status, EventInput input,
                                 FieldErrors errors) {
        Shell shell = shells.of(request, actor, unit, "press");
        List<Option> kinds = new ArrayList<>();
        for (EventKind k : EventKind.values()) {
            kinds.add(new Option(k.name(), shell.t(k.labelKey())));
        }
        return pages.render(status, "press/events/edit", new EventPages.EditPage(shell, eventId, input.orBlank(), errors, kinds,
                refs.options(unit.id(), EventRefs.MEMBER), refs.options(unit.id(), EventRefs.CONTACT), refs.options(unit.id(), EventRefs.FILE),
                refs.options(unit.id(), EventRefs.CLIPPING)));
    }

    private static List<String> ids(List<EventRefs.Named> named) {
        return named.stream().map(n -> String.valueOf(n.id())).toList();
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/press/events";
    }
}
