package vn.lantoa.press.contacts;

import jakarta.inject.Singleton;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes checked import lines, inside the caller's transaction: outlets and lists found by name or made, then contacts. */
@Singleton
class ImportWriter {

    record Written(int contacts, int outlets, int lists) {
    }

    private final OutletRepository outlets;
    private final ContactRepository contacts;
    private final PressListRepository lists;
    private final Clock clock;

    ImportWriter(OutletRepository outlets, ContactRepository contacts, PressListRepository lists, Clock clock) {
        this.outlets = outlets;
        this.contacts = contacts;
        this.lists = lists;
        this.clock = clock;
    }

    Written write(UnitRef unit, List<ImportCheck.Checked> rows) {
        Instant now = clock.instant();
        Map<String, Long> outletIds = new HashMap<>();
        outlets.findByUnitIdOrderByName(unit.id()).forEach(o -> outletIds.put(ImportCheck.key(o.name()), o.id()));
        Map<String, Long> listIds = new HashMap<>();
        lists.findByUnitIdOrderByName(unit.id()).forEach(l -> listIds.put(ImportCheck.key(l.name()), l.id()));
        int newOutlets = 0;
        int newLists = 0;
        for (ImportCheck.Checked row : rows) {
            Long outletId = null;
            if (row.outlet() != null) {
                outletId = outletIds.get(ImportCheck.key(row.outlet()));
                if (outletId == null) {
                    outletId = outlets.save(new Outlet(null, unit.id(), row.outlet(), row.kind(), row.scope(), null, null, null, now, now, null)).id();
                    outletIds.put(ImportCheck.key(row.outlet()), outletId);
                    newOutlets++;
                }
            }
            ContactInput.Draft d = row.draft();
            long contactId = contacts.save(new Contact(null, unit.id(), outletId, d.fullName(), d.beat(), d.position(), d.phone(), d.email(), null,
                    true, now, now, null)).id();
            for (String name : row.lists()) {
                Long listId = listIds.get(ImportCheck.key(name));
                if (listId == null) {
                    listId = lists.save(new PressList(null, unit.id(), name, null, false, now, now, null)).id();
                    listIds.put(ImportCheck.key(name), listId);
                    newLists++;
                }
                lists.addMember(unit.id(), listId, contactId);
            }
        }
        return new Written(rows.size(), newOutlets, newLists);
    }
}
