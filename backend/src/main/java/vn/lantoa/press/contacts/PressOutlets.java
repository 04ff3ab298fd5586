package vn.lantoa.press.contacts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Writing a unit's outlets: one name per outlet in the unit; an outlet with journalists is kept until they are moved. */
@Singleton
class PressOutlets {

    private final OutletRepository outlets;
    private final AuditLog audit;
    private final Clock clock;

    PressOutlets(OutletRepository outlets, AuditLog audit, Clock clock) {
        this.outlets = outlets;
        this.audit = audit;
        this.clock = clock;
    }

    OutletInput.Draft check(UnitRef unit, OutletInput input, Long outletId) {
        FieldErrors errors = new FieldErrors();
        OutletInput.Draft d = input.validate(errors);
        if (d != null && outlets.findByUnitIdAndName(unit.id(), d.name()).filter(o -> !o.id().equals(outletId)).isPresent()) {
            errors.add("name", "contacts.outlet.name.duplicate");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return d;
    }

    @Transactional
    Outlet create(Actor actor, UnitRef unit, OutletInput.Draft d) {
        Instant now = clock.instant();
        Outlet saved = outlets.save(new Outlet(null, unit.id(), d.name(), d.kind(), d.scope(), d.website(), d.email(), d.phone(), now, now, null));
        audit.record(actor, unit.id(), "press.outlet.create", "press_outlet", saved.id(), d.name(), null, Map.of("kind", d.kind().name(),
                "scope", d.scope().name()));
        return saved;
    }

    @Transactional
    Outlet update(Actor actor, UnitRef unit, long outletId, long expectedVersion, OutletInput.Draft d) {
        Outlet current = outlets.findByUnitIdAndId(unit.id(), outletId).orElseThrow(() -> new NotFoundException("outlet " + outletId));
        if (current.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        outlets.update(new Outlet(current.id(), unit.id(), d.name(), d.kind(), d.scope(), d.website(), d.email(), d.phone(), current.createdAt(),
                clock.instant(), current.version()));
        audit.record(actor, unit.id(), "press.outlet.update", "press_outlet", outletId, d.name(), Map.of("name", current.name()),
                Map.of("name", d.name()));
        return outlets.findByUnitIdAndId(unit.id(), outletId).orElseThrow();
    }

    @Transactional
    void delete(Actor actor, UnitRef unit, long outletId) {
        Outlet current = outlets.findByUnitIdAndId(unit.id(), outletId).orElseThrow(() -> new NotFoundException("outlet " + outletId));
        if (outlets.countContacts(unit.id(), outletId) > 0) {
            throw new ConflictException("OUTLET_IN_USE", "contacts.outlet.inUse");
        }
        outlets.deleteOwn(unit.id(), outletId);
        audit.record(actor, unit.id(), "press.outlet.delete", "press_outlet", outletId, current.name(), Map.of("name", current.name()), null);
    }
}
