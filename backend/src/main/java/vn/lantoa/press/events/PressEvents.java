package vn.lantoa.press.events;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writing a press event with what it is linked to, checked, saved and audited in one transaction. Every chosen member,
 * contact, file and clipping must be the unit's own; an edit names the version it was made from, and if someone saved
 * first nothing is written.
 */
@Singleton
public class PressEvents {

    private final PressEventRepository events;
    private final EventRefs refs;
    private final AuditLog audit;
    private final Clock clock;

    PressEvents(PressEventRepository events, EventRefs refs, AuditLog audit, Clock clock) {
        this.events = events;
        this.refs = refs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks and saves an event as typed on the page: for the demo, which writes through the same rules as the desk. */
    @Transactional
    public PressEvent add(Actor actor, UnitRef unit, EventInput input) {
        return create(actor, unit, check(unit, input));
    }

    EventInput.Draft check(UnitRef unit, EventInput input) {
        FieldErrors errors = new FieldErrors();
        EventInput.Draft d = input.validate(errors);
        if (d != null) {
            resolve(unit, d, errors);
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return d;
    }

    @Transactional
    PressEvent create(Actor actor, UnitRef unit, EventInput.Draft d) {
        Map<String, Collection<Long>> chosen = resolveOrThrow(unit, d);
        Instant now = clock.instant();
        PressEvent saved = events.save(new PressEvent(null, unit.id(), d.kind(), d.title(), d.startsAt(), d.endsAt(), d.place(), d.description(),
                d.pressGuests(), d.results(), now, actor.userId(), now, actor.userId(), null));
        refs.replace(unit.id(), saved.id(), chosen, d.links());
        audit.record(actor, unit.id(), "press.event.create", "press_event", saved.id(), d.title(), null, snapshot(saved, chosen, d.links()));
        return saved;
    }

    @Transactional
    PressEvent update(Actor actor, UnitRef unit, long eventId, long expectedVersion, EventInput.Draft d) {
        PressEvent current = events.findForUpdate(unit.id(), eventId).orElseThrow(() -> new NotFoundException("press event " + eventId));
        if (current.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        Map<String, Collection<Long>> chosen = resolveOrThrow(unit, d);
        EventRefs.Linked before = refs.of(unit.id(), eventId);
        PressEvent saved = events.update(new PressEvent(current.id(), unit.id(), d.kind(), d.title(), d.startsAt(), d.endsAt(), d.place(),
                d.description(), d.pressGuests(), d.results(), current.createdAt(), current.createdBy(), clock.instant(), actor.userId(),
                current.version()));
        refs.replace(unit.id(), eventId, chosen, d.links());
        audit.record(actor, unit.id(), "press.event.update", "press_event", eventId, d.title(), snapshot(current, ids(before), before.links()),
                snapshot(saved, chosen, d.links()));
        return saved;
    }

    private Map<String, Collection<Long>> resolveOrThrow(UnitRef unit, EventInput.Draft d) {
        FieldErrors errors = new FieldErrors();
        Map<String, Collection<Long>> chosen = resolve(unit, d, errors);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return chosen;
    }

    private Map<String, Collection<Long>> resolve(UnitRef unit, EventInput.Draft d, FieldErrors errors) {
        Map<String, Collection<Long>> chosen = new LinkedHashMap<>();
        chosen.put(EventRefs.MEMBER, own(unit, EventRefs.MEMBER, d.memberIds(), "memberIds", errors));
        chosen.put(EventRefs.CONTACT, own(unit, EventRefs.CONTACT, d.contactIds(), "contactIds", errors));
        chosen.put(EventRefs.FILE, own(unit, EventRefs.FILE, d.fileIds(), "fileIds", errors));
        chosen.put(EventRefs.CLIPPING, own(unit, EventRefs.CLIPPING, d.clippingIds(), "clippingIds", errors));
        return chosen;
    }

    private List<Long> own(UnitRef unit, String kind, Set<Long> ids, String field, FieldErrors errors) {
        List<Long> found = refs.within(unit.id(), kind, ids).stream().map(EventRefs.Named::id).toList();
        if (found.size() != ids.size()) {
            errors.add(field, "press.event.choice.invalid");
        }
        return found;
    }

    private static Map<String, Collection<Long>> ids(EventRefs.Linked l) {
        Map<String, Collection<Long>> m = new LinkedHashMap<>();
        m.put(EventRefs.MEMBER, l.members().stream().map(EventRefs.Named::id).toList());
        m.put(EventRefs.CONTACT, l.contacts().stream().map(EventRefs.Named::id).toList());
        m.put(EventRefs.FILE, l.files().stream().map(EventRefs.Named::id).toList());
        m.put(EventRefs.CLIPPING, l.clippings().stream().map(EventRefs.Named::id).toList());
        return m;
    }

    private static Map<String, Object> snapshot(PressEvent e, Map<String, Collection<Long>> chosen, List<String> links) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.kind().name());
        m.put("title", e.title());
        m.put("startsAt", String.valueOf(e.startsAt()));
        m.put("endsAt", e.endsAt() == null ? null : e.endsAt().toString());
        m.put("place", e.place());
        m.put("pressGuests", e.pressGuests());
        m.put("results", e.results());
        chosen.forEach((k, v) -> m.put(k.toLowerCase(java.util.Locale.ROOT), v.stream().sorted().toList()));
        m.put("links", links);
        return m;
    }
}
