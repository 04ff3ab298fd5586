package vn.lantoa.press.questions;

import jakarta.inject.Singleton;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.press.PressSettingsReads;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Due dates of journalists' questions, in working days by the listening desk's clock (weekends and the platform calendar's
 * days off skipped). A question received on a day off starts counting on the next working day, so 5 working days from a
 * Saturday end on the Friday after next Monday.
 */
@Singleton
public class DueDates {

    private final SlaClock sla;
    private final PressSettingsReads settings;

    DueDates(SlaClock sla, PressSettingsReads settings) {
        this.sla = sla;
        this.settings = settings;
    }

    /** The unit's default number of working days (its press settings, or the platform's default). */
    public int defaultDays(long unitId) {
        return settings.of(unitId).questionDueDays();
    }

    public LocalDate due(LocalDate receivedOn, int workingDays) {
        return LocalDate.ofInstant(sla.workingDaysAfter(noon(receivedOn), workingDays), VietnamTime.ZONE);
    }

    /** The next working day after this day (the day a reminder one working day ahead is about). */
    LocalDate nextWorkingDay(LocalDate day) {
        return due(day, 1);
    }

    private static java.time.Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(VietnamTime.ZONE).toInstant();
    }
}
