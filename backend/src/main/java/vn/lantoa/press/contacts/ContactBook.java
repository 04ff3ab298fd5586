package vn.lantoa.press.contacts;

import jakarta.inject.Singleton;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.util.List;

/**
 * Writing press contacts from outside the desk's pages (the demo, other slices' set-up): the same checks, audit and
 * rules as the pages, with typed arguments. A mistake is a {@link vn.lantoa.platform.web.UserInputException}.
 */
@Singleton
public class ContactBook {

    private final PressOutlets outlets;
    private final PressContacts contacts;
    private final PressListEditor lists;

    ContactBook(PressOutlets outlets, PressContacts contacts, PressListEditor lists) {
        this.outlets = outlets;
        this.contacts = contacts;
        this.lists = lists;
    }

    public long outlet(Actor actor, UnitRef unit, String name, OutletKind kind, OutletScope scope, String website) {
        return outlets.create(actor, unit, outlets.check(unit, new OutletInput(name, kind.name(), scope.name(), website, null, null, null), null)).id();
    }

    public long contact(Actor actor, UnitRef unit, Long outletId, String fullName, String beat, String position, String phone, String email) {
        ContactInput input = new ContactInput(outletId == null ? null : String.valueOf(outletId), fullName, beat, position, phone, email, null, "true",
                null);
        return contacts.create(actor, unit, contacts.check(unit, input, null)).id();
    }

    public long list(Actor actor, UnitRef unit, String name, String description, boolean sharedDown, List<Long> contactIds) {
        long id = lists.create(actor, unit, lists.check(unit, new ListInput(name, description, sharedDown ? "true" : "", null), null)).id();
        if (!contactIds.isEmpty()) {
            lists.add(actor, unit, id, contactIds);
        }
        return id;
    }
}
