package vn.lantoa.reporting;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;

/**
 * Vietnam's public holidays, for obligations whose deadline moves off days off. The solar ones are fixed; Tết
 * Nguyên đán (five days from the eve) and Giỗ Tổ Hùng Vương follow the lunar calendar and are listed per year.
 * Deadlines never move unless the obligation says so.
 */
final class DaysOff {

    private static final Set<MonthDay> SOLAR = Set.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 1),
            MonthDay.of(9, 2));
    private static final LocalDate[] TET = {LocalDate.of(2024, 2, 10), LocalDate.of(2025, 1, 29), LocalDate.of(2026, 2, 17),
            LocalDate.of(2027, 2, 6), LocalDate.of(2028, 1, 26), LocalDate.of(2029, 2, 13), LocalDate.of(2030, 2, 3)};
    private static final LocalDate[] HUNG_KINGS = {LocalDate.of(2024, 4, 18), LocalDate.of(2025, 4, 7), LocalDate.of(2026, 4, 26),
            LocalDate.of(2027, 4, 16), LocalDate.of(2028, 4, 4), LocalDate.of(2029, 4, 23), LocalDate.of(2030, 4, 12)};
    static final Set<LocalDate> HOLIDAYS = holidays();

    private DaysOff() {
    }

    private static Set<LocalDate> holidays() {
        Set<LocalDate> days = new HashSet<>();
        for (int year = 2024; year <= 2030; year++) {
            for (MonthDay d : SOLAR) {
                days.add(d.atYear(year));
            }
        }
        for (LocalDate tet : TET) {
            for (int i = -1; i <= 3; i++) {
                days.add(tet.plusDays(i));
            }
        }
        days.addAll(Set.of(HUNG_KINGS));
        return Set.copyOf(days);
    }
}
