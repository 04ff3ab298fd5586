package vn.lantoa.disclosure;

import jakarta.inject.Singleton;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which required items a school has published for the period now overdue and the one due next, and, for a unit
 * above, which schools below are missing what. Dates are Vietnam's.
 */
@Singleton
public class DisclosureTracking {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int MAX_SCHOOLS = 2000;

    /** A school and the requirements it has not published for the period now overdue. */
    public record Gap(SchoolsBelow.School school, List<Missing> missing) {
    }

    /** A requirement not published for a period whose due date has passed. */
    public record Missing(Requirement requirement, String period) {
    }

    private final DisclosureItemRepository items;
    private final SchoolsBelow schools;
    private final Clock clock;

    DisclosureTracking(DisclosureItemRepository items, SchoolsBelow schools, Clock clock) {
        this.items = items;
        this.schools = schools;
        this.clock = clock;
    }

    public LocalDate today() {
        return clock.instant().atZone(VIETNAM).toLocalDate();
    }

    public List<DisclosureStatus> of(UnitRef school) {
        LocalDate today = today();
        List<Requirement> required = Requirement.forLevel(school.schoolLevel());
        Set<String> periods = new HashSet<>();
        required.forEach(r -> {
            periods.add(r.previousPeriod(today));
            periods.add(r.currentPeriod(today));
        });
        List<DisclosureItem> published = items.findForUnits(List.of(school.id()), periods);
        List<DisclosureStatus> statuses = new ArrayList<>();
        for (Requirement r : required) {
            String previous = r.previousPeriod(today);
            String current = r.currentPeriod(today);
            statuses.add(new DisclosureStatus(r, previous, r.dueDate(previous), first(published, r, previous), current, r.dueDate(current),
                    first(published, r, current)));
        }
        return statuses;
    }

    /** What a unit above sees: how many schools are below (up to the limit) and those missing something overdue. */
    public record Gaps(int schools, List<Gap> gaps) {
    }

    /** Schools below the unit with what each is missing for the overdue period; schools missing nothing are left out. */
    public Gaps gapsBelow(UnitRef unit) {
        LocalDate today = today();
        List<SchoolsBelow.School> below = schools.below(unit.path(), MAX_SCHOOLS);
        if (below.isEmpty()) {
            return new Gaps(0, List.of());
        }
        Set<String> periods = new HashSet<>();
        for (Requirement r : Requirement.values()) {
            periods.add(r.previousPeriod(today));
        }
        Collection<Long> ids = below.stream().map(SchoolsBelow.School::id).toList();
        Map<Long, List<DisclosureItem>> byUnit = items.findForUnits(ids, periods).stream().collect(Collectors.groupingBy(DisclosureItem::unitId));
        List<Gap> gaps = new ArrayList<>();
        for (SchoolsBelow.School s : below) {
            List<DisclosureItem> own = byUnit.getOrDefault(s.id(), List.of());
            List<Missing> missing = Requirement.forLevel(s.schoolLevel()).stream()
                    .filter(r -> first(own, r, r.previousPeriod(today)) == null).map(r -> new Missing(r, r.previousPeriod(today))).toList();
            if (!missing.isEmpty()) {
                gaps.add(new Gap(s, missing));
            }
        }
        return new Gaps(below.size(), gaps);
    }

    private static DisclosureItem first(List<DisclosureItem> items, Requirement r, String period) {
        return items.stream().filter(i -> i.requirement() == r && i.period().equals(period)).findFirst().orElse(null);
    }
}
