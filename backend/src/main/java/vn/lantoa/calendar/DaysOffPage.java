package vn.lantoa.calendar;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.shell.Shell;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The days off of one year, the years that have some, and the forms to add a day and to copy a year. */
public record DaysOffPage(Shell shell, int year, List<Row> days, Map<Integer, Integer> years, DayOffForm form, CopyYearForm copy,
                          FieldErrors errors, FieldErrors copyErrors) {

    public record Row(LocalDate date, String name) {

        /** The date in the address of its remove button. */
        public String key() {
            return date.toString();
        }

        public String weekdayKey() {
            return "daysOff.weekday." + date.getDayOfWeek().getValue();
        }
    }

    public boolean empty() {
        return days.isEmpty();
    }
}
