package vn.lantoa.press.desk;

import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;

/**
 * The press card of a unit's home page, for those who work the press desk (HANDLE_PRESS: questions due, incidents, the
 * day's clippings, the next event) or listen to the press (MONITOR_MEDIA, as the hotline officer: incidents and clippings).
 * Null for everyone else, who has no press work in the unit.
 */
@Singleton
public class PressHomeCard {

    static final int SOONEST = 3;

    /** What the card shows; a part is null when the person's role does not cover it. */
    public record Card(PressDeskReads.Questions questions, PressDeskReads.Incidents incidents, PressDeskReads.Clippings clippings,
                       PressDeskReads.Event nextEvent, Instant now) {
    }

    private final PressDeskReads reads;
    private final Access access;
    private final Clock clock;

    PressHomeCard(PressDeskReads reads, Access access, Clock clock) {
        this.reads = reads;
        this.access = access;
        this.clock = clock;
    }

    public Card of(Actor actor, UnitRef unit) {
        boolean desk = access.can(actor, unit, Permission.HANDLE_PRESS);
        if (!desk && !access.can(actor, unit, Permission.MONITOR_MEDIA)) {
            return null;
        }
        Instant now = clock.instant();
        var today = VietnamTime.today(clock);
        return new Card(desk ? reads.questions(unit.id(), today, SOONEST) : null, reads.incidents(unit.id(), now, SOONEST),
                reads.clippings(unit.id(), today, 0), desk ? reads.events(unit.id(), now, 1).stream().findFirst().orElse(null) : null, now);
    }
}
