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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writing a unit's journalists: checked against the unit's outlets and its other contacts (an email belongs to one
 * contact of the unit), saved and audited in one transaction. An edit names the version it was made from.
 */
@Singleton
class PressContacts {

    private final ContactRepository contacts;
    private final OutletRepository outlets;
    private final AuditLog audit;
    private final Clock clock;

    PressContacts(ContactRepository contacts, OutletRepository outlets, AuditLog audit, Clock clock) {
        this.contacts = contacts;
        this.outlets = outlets;
        this.audit = audit;
        this.clock = clock;
    }

    /** The checked draft, or the field errors (an unknown outlet, an email already used in the unit) next to their fields. */
    ContactInput.Draft check(UnitRef unit, ContactInput input, Long contactId) {
        FieldErrors errors = new FieldErrors();
        ContactInput.Draft d = input.validate(errors);
        if (d != null) {
            if (d.outletId() != null && outlets.findByUnitIdAndId(unit.id(), d.outletId()).isEmpty()) {
                errors.add("outletId", "contacts.outlet.unknown");
            }
            if (d.email() != null) {
                contacts.findByUnitIdAndEmail(unit.id(), d.email()).stream().filter(c -> !c.id().equals(contactId)).findFirst()
                        .ifPresent(c -> errors.add("email", "contacts.email.duplicate", c.fullName()));
            }
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return d;
    }

    @Transactional
    Contact create(Actor actor, UnitRef unit, ContactInput.Draft d) {
        Instant now = clock.instant();
        Contact saved = contacts.save(new Contact(null, unit.id(), d.outletId(), d.fullName(), d.beat(), d.position(), d.phone(), d.email(), d.note(),
                d.active(), now, now, null));
        audit.record(actor, unit.id(), "press.contact.create", "press_contact", saved.id(), d.fullName(), null, snapshot(saved));
        return saved;
    }

    @Transactional
    Contact update(Actor actor, UnitRef unit, long contactId, long expectedVersion, ContactInput.Draft d) {
        Contact current = contacts.findByUnitIdAndId(unit.id(), contactId).orElseThrow(() -> new NotFoundException("contact " + contactId));
        if (current.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        Contact saved = contacts.update(new Contact(current.id(), unit.id(), d.outletId(), d.fullName(), d.beat(), d.position(), d.phone(), d.email(),
                d.note(), d.active(), current.createdAt(), clock.instant(), current.version()));
        audit.record(actor, unit.id(), "press.contact.update", "press_contact", contactId, d.fullName(), snapshot(current), snapshot(saved));
        return contacts.findByUnitIdAndId(unit.id(), contactId).orElseThrow();
    }

    /** Removes the contact from the unit's lists too; a list shared down loses it for the units below as well. */
    @Transactional
    void delete(Actor actor, UnitRef unit, long contactId) {
        Contact current = contacts.findByUnitIdAndId(unit.id(), contactId).orElseThrow(() -> new NotFoundException("contact " + contactId));
        contacts.deleteMemberships(unit.id(), contactId);
        contacts.deleteOwn(unit.id(), contactId);
        audit.record(actor, unit.id(), "press.contact.delete", "press_contact", contactId, current.fullName(), snapshot(current), null);
    }

    static Map<String, Object> snapshot(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outletId", c.outletId());
        m.put("fullName", c.fullName());
        m.put("beat", c.beat());
        m.put("position", c.position());
        m.put("phone", c.phone());
        m.put("email", c.email());
        m.put("active", c.active());
        return m;
    }
}
