package vn.lantoa.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** The days off known at one moment: an immutable picture, replaced as a whole when an admin changes a day. */
public final class DaysOffCalendar {

    static final DaysOffCalendar EMPTY = new DaysOffCalendar(List.of());

    private final NavigableMap<LocalDate, String> names;

    DaysOffCalendar(List<DayOff> days) {
        TreeMap<LocalDate, String> map = new TreeMap<>();
        days.forEach(d -> map.put(d.date(), d.name()));
        this.names = Collections.unmodifiableNavigableMap(map);
    }

    public boolean isDayOff(LocalDate date) {
        return names.containsKey(date);
    }

    /** Every day off, for rules that ask "is this day off?". */
    public Set<LocalDate> days() {
        return names.keySet();
    }

    public String nameOf(LocalDate date) {
        return names.get(date);
    }

    /** The year's days off, in order, with their names. */
    public SortedMap<LocalDate, String> inYear(int year) {
        return names.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true);
    }

    /** How many days off each year has, for the years that have any. */
    public Map<Integer, Integer> countByYear() {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        names.keySet().forEach(d -> counts.merge(d.getYear(), 1, Integer::sum));
        return counts;
    }
}
