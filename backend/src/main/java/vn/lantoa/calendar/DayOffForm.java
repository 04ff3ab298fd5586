package vn.lantoa.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.platform.text.VietnameseText;

import java.time.LocalDate;

/** A day off as the admin types it: the date (dd/mm/yyyy) and its name. */
@Serdeable
public record DayOffForm(@Nullable String date, @Nullable String name) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    static DayOffForm empty() {
        return new DayOffForm("", "");
    }

    /** The date, or null with the errors next to the fields. */
    LocalDate validDate(FieldErrors errors) {
        if (VietnameseText.blankToNull(date) == null) {
            errors.add("date", "daysOff.date.required");
            return null;
        }
        LocalDate parsed = VietnamTime.parseDate(date);
        if (parsed == null) {
            errors.add("date", "field.date.invalid");
            return null;
        }
        if (parsed.getYear() < FIRST_YEAR || parsed.getYear() > LAST_YEAR) {
            errors.add("date", "daysOff.year.outOfRange", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
            return null;
        }
        return parsed;
    }

    String validName(FieldErrors errors) {
        return Fields.text(errors, "name", name, 200, "daysOff.name.required");
    }

    /** A year as typed, or null when it is not a year Lantoa keeps days off for. */
    static Integer year(String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.strip());
            return year < FIRST_YEAR || year > LAST_YEAR ? null : year;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
