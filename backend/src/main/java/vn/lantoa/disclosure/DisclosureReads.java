package vn.lantoa.disclosure;

import jakarta.inject.Singleton;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.unit.Unit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The public side of disclosure: what a school's site shows. Published items stay visible for at least five years. */
@Singleton
public class DisclosureReads {

    /** Five years and a little more: the circular asks for at least five. */
    static final Duration KEPT = Duration.ofDays(5 * 366 + 31);

    private final DisclosureItemRepository items;
    private final Clock clock;

    DisclosureReads(DisclosureItemRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    public boolean appliesTo(Unit unit) {
        return unit.type() == UnitType.SCHOOL;
    }

    public List<DisclosureItem> current(long unitId) {
        return items.findCurrent(unitId, since());
    }

    public List<DisclosureItem> archive(long unitId) {
        return items.findArchive(unitId, since());
    }

    public boolean isPublicFile(long unitId, long fileId) {
        return items.isPublicFile(unitId, fileId);
    }

    private Instant since() {
        return clock.instant().minus(KEPT);
    }
}
