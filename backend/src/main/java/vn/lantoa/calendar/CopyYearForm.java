package vn.lantoa.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.web.FieldErrors;

/** "Copy the days off of year X into year Y", as the admin fills it in on year Y's page. */
@Serdeable
public record CopyYearForm(@Nullable String from, @Nullable String to) {

    /** The two years, or null with the errors next to the fields. */
    int[] validate(FieldErrors errors, DaysOffCalendar calendar) {
        Integer fromYear = DayOffForm.year(from);
        Integer toYear = DayOffForm.year(to);
        if (toYear == null) {
            errors.add("to", "daysOff.year.outOfRange", String.valueOf(DayOffForm.FIRST_YEAR), String.valueOf(DayOffForm.LAST_YEAR));
        }
        if (fromYear == null) {
            errors.add("from", "daysOff.year.outOfRange", String.valueOf(DayOffForm.FIRST_YEAR), String.valueOf(DayOffForm.LAST_YEAR));
        } else if (calendar.inYear(fromYear).isEmpty()) {
            errors.add("from", "daysOff.copy.fromEmpty", String.valueOf(fromYear));
        } else if (fromYear.equals(toYear)) {
            errors.add("from", "daysOff.copy.same");
        }
        return errors.hasAny() ? null : new int[] {fromYear, toYear};
    }
}
