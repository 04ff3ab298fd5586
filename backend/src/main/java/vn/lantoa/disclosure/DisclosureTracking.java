package vn.lantoa.disclosure;

import jakarta.inject.Singleton;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
    private static final int SLICE = 1000;

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

    /** A requirement published for a period whose due date had passed by then. */
    public record Late(Requirement requirement, String period, LocalDate dueDate, Instant publishedAt, long daysLate) {
    }

    /** A school below, with what it has not published for the periods now due and what it published after their due date. */
    public record Standing(SchoolsBelow.School school, List<Missing> missing, List<Late> late) {
    }

    /**
     * Every open school below the unit (not the unit itself), with its missing and late items for the periods now
     * due; read in slices of schools, so a province or the ministry is a few queries, not one per school.
     */
    public List<Standing> standingBelow(UnitRef unit) {
        LocalDate today = today();
        List<SchoolsBelow.School> below = schools.below(unit.path(), Integer.MAX_VALUE).stream().filter(s -> s.id() != unit.id()).toList();
        Set<String> periods = new HashSet<>();
        for (Requirement r : Requirement.values()) {
            periods.add(r.previousPeriod(today));
        }
        Map<Long, Map<String, Instant>> first = new HashMap<>();
        for (int from = 0; from < below.size(); from += SLICE) {
            List<Long> ids = below.subList(from, Math.min(below.size(), from + SLICE)).stream().map(SchoolsBelow.School::id).toList();
            for (DisclosureItemRepository.FirstPublished f : items.firstPublished(ids, periods)) {
                first.computeIfAbsent(f.unitId(), k -> new HashMap<>()).put(f.requirement() + "|" + f.period(), f.firstPublishedAt());
            }
        }
        List<Standing> standings = new ArrayList<>(below.size());
        for (SchoolsBelow.School s : below) {
            Map<String, Instant> own = first.getOrDefault(s.id(), Map.of());
            List<Missing> missing = new ArrayList<>();
            List<Late> late = new ArrayList<>();
            for (Requirement r : Requirement.forLevel(s.schoolLevel())) {
                String period = r.previousPeriod(today);
                LocalDate due = r.dueDate(period);
                Instant at = own.get(r.name() + "|" + period);
                if (at == null) {
                    missing.add(new Missing(r, period));
                } else if (at.atZone(VIETNAM).toLocalDate().isAfter(due)) {
                    late.add(new Late(r, period, due, at, ChronoUnit.DAYS.between(due, at.atZone(VIETNAM).toLocalDate())));
                }
            }
            standings.add(new Standing(s, missing, late));
        }
        return standings;
    }

    private static DisclosureItem first(List<DisclosureItem> items, Requirement r, String period) {
        return items.stream().filter(i -> i.requirement() == r && i.period().equals(period)).findFirst().orElse(null);
    }
}
