package vn.lantoa.press.contacts;

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
import java.util.List;
import java.util.Map;

/**
 * Writing a unit's own lists and who is on them. Only the owner edits a list: a list shared from above is found here
 * as not found, so a unit below can use it and never change it. Members are the owner's own contacts.
 */
@Singleton
class PressListEditor {

    static final int MEMBERS_MAX = 5000;

    private final PressListRepository lists;
    private final ContactRepository contacts;
    private final AuditLog audit;
    private final Clock clock;

    PressListEditor(PressListRepository lists, ContactRepository contacts, AuditLog audit, Clock clock) {
        this.lists = lists;
        this.contacts = contacts;
        this.audit = audit;
        this.clock = clock;
    }

    ListInput.Draft check(UnitRef unit, ListInput input, Long listId) {
        FieldErrors errors = new FieldErrors();
        ListInput.Draft d = input.validate(errors, unit.type().mayHaveChildren());
        if (d != null && lists.findByUnitIdAndName(unit.id(), d.name()).filter(l -> !l.id().equals(listId)).isPresent()) {
            errors.add("name", "contacts.list.name.duplicate");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return d;
    }

    PressList own(UnitRef unit, long listId) {
        return lists.findByUnitIdAndId(unit.id(), listId).orElseThrow(() -> new NotFoundException("press list " + listId));
    }

    @Transactional
    PressList create(Actor actor, UnitRef unit, ListInput.Draft d) {
        Instant now = clock.instant();
        PressList saved = lists.save(new PressList(null, unit.id(), d.name(), d.description(), d.sharedDown(), now, now, null));
        audit.record(actor, unit.id(), "press.list.create", "press_list", saved.id(), d.name(), null, Map.of("sharedDown", d.sharedDown()));
        return saved;
    }

    @Transactional
    PressList update(Actor actor, UnitRef unit, long listId, long expectedVersion, ListInput.Draft d) {
        PressList current = own(unit, listId);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        lists.update(new PressList(listId, unit.id(), d.name(), d.description(), d.sharedDown(), current.createdAt(), clock.instant(),
                current.version()));
        audit.record(actor, unit.id(), "press.list.update", "press_list", listId, d.name(),
                Map.of("name", current.name(), "sharedDown", current.sharedDown()), Map.of("name", d.name(), "sharedDown", d.sharedDown()));
        return own(unit, listId);
    }

    @Transactional
    void delete(Actor actor, UnitRef unit, long listId) {
        PressList current = own(unit, listId);
        lists.removeMembers(unit.id(), listId);
        lists.deleteOwn(unit.id(), listId);
        audit.record(actor, unit.id(), "press.list.delete", "press_list", listId, current.name(), Map.of("name", current.name()), null);
    }

    /** Adds the unit's own contacts to its list; an id that is not one of them is refused, and nothing is added. */
    @Transactional
    int add(Actor actor, UnitRef unit, long listId, Collection<Long> contactIds) {
        PressList list = own(unit, listId);
        for (Long id : contactIds) {
            if (contacts.findByUnitIdAndId(unit.id(), id).isEmpty()) {
                throw UserInputException.of("contactIds", "contacts.list.members.unknown", id);
            }
        }
        int added = 0;
        for (Long id : contactIds) {
            added += lists.addMember(unit.id(), listId, id);
        }
        audit.record(actor, unit.id(), "press.list.members.add", "press_list", listId, list.name(), null, Map.of("contactIds", List.copyOf(contactIds)));
        return added;
    }

    @Transactional
    void remove(Actor actor, UnitRef unit, long listId, long contactId) {
        PressList list = own(unit, listId);
        if (lists.removeMember(unit.id(), listId, contactId) == 0) {
            throw new NotFoundException("member " + contactId);
        }
        audit.record(actor, unit.id(), "press.list.members.remove", "press_list", listId, list.name(), Map.of("contactId", contactId), null);
    }

    /** The list's members become exactly these (the API's PUT). */
    @Transactional
    void replaceMembers(Actor actor, UnitRef unit, long listId, Collection<Long> contactIds) {
        own(unit, listId);
        for (Long id : contactIds) {
            if (contacts.findByUnitIdAndId(unit.id(), id).isEmpty()) {
                throw UserInputException.of("contactIds", "contacts.list.members.unknown", id);
            }
        }
        lists.removeMembers(unit.id(), listId);
        for (Long id : contactIds) {
            lists.addMember(unit.id(), listId, id);
        }
    }
}
