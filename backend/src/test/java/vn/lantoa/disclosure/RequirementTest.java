package vn.lantoa.disclosure;

import org.junit.jupiter.api.Test;
import vn.lantoa.tenancy.SchoolLevel;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RequirementTest {

    @Test
    void yearlyItemsAreDueOnThe30thOfJune() {
        assertThat(Requirement.FEES.currentPeriod(LocalDate.of(2026, 6, 30))).isEqualTo("2026");
        assertThat(Requirement.FEES.currentPeriod(LocalDate.of(2026, 7, 1))).isEqualTo("2027");
        assertThat(Requirement.FEES.previousPeriod(LocalDate.of(2026, 11, 22))).isEqualTo("2026");
        assertThat(Requirement.FEES.dueDate("2026")).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aMonthlyPlanIsDueOnThe25thOfTheMonthBefore() {
        assertThat(Requirement.MONTHLY_PLAN.currentPeriod(LocalDate.of(2026, 11, 25))).isEqualTo("2026-12");
        assertThat(Requirement.MONTHLY_PLAN.currentPeriod(LocalDate.of(2026, 11, 26))).isEqualTo("2027-01");
        assertThat(Requirement.MONTHLY_PLAN.dueDate("2027-01")).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(Requirement.MONTHLY_PLAN.previousPeriod(LocalDate.of(2026, 11, 22))).isEqualTo("2026-11");
    }

    @Test
    void aWeeklyMenuIsDueOnTheSaturdayBeforeTheWeek() {
        // Sunday 22 November 2026: next Saturday is 28/11, for the week starting Monday 30/11 (ISO week 49).
        assertThat(Requirement.WEEKLY_MENU.currentPeriod(LocalDate.of(2026, 11, 22))).isEqualTo("2026-W49");
        assertThat(Requirement.WEEKLY_MENU.dueDate("2026-W49")).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(Requirement.WEEKLY_MENU.currentPeriod(LocalDate.of(2026, 11, 28))).isEqualTo("2026-W49");
        assertThat(Requirement.WEEKLY_MENU.previousPeriod(LocalDate.of(2026, 11, 22))).isEqualTo("2026-W48");
        assertThat(Requirement.WEEKLY_MENU.dueDate("2027-W01")).isEqualTo(LocalDate.of(2027, 1, 2));
    }

    @Test
    void onlyPreschoolsPublishMonthlyPlansAndWeeklyMenus() {
        assertThat(Requirement.forLevel(SchoolLevel.THCS)).doesNotContain(Requirement.MONTHLY_PLAN, Requirement.WEEKLY_MENU);
        assertThat(Requirement.forLevel(SchoolLevel.MN)).contains(Requirement.MONTHLY_PLAN, Requirement.WEEKLY_MENU, Requirement.ANNUAL_REPORT);
    }
}
