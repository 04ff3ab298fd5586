package vn.lantoa.reporting.core;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates at their edges, in Vietnam's time (seed 004: by the 25th; seed 002: by the 20th of the next month, by 10 March). */
class DueRuleTest {

    private static Instant vietnam(int y, int m, int d, int h, int min, int s) {
        return LocalDateTime.of(y, m, d, h, min, s).atZone(DueRule.VIETNAM).toInstant();
    }

    @Test
    void aReportDueOnThe25thIsOnTimeAt235959AndLateAtMidnight() {
        DueRule rule = DueRule.parse("DAY_OF_PERIOD_MONTH:25");
        Period november = Period.parse(PeriodType.MONTHLY, "2026-11");

        assertThat(rule.dueDate(november)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(rule.onTime(november, vietnam(2026, 11, 25, 23, 59, 59))).isTrue();
        assertThat(rule.onTime(november, vietnam(2026, 11, 26, 0, 0, 0))).isFalse();
        // 23:59:59 in Hà Nội is 16:59:59 UTC: the server's own zone does not matter.
        assertThat(rule.lateFrom(november, false, Set.of())).isEqualTo(Instant.parse("2026-11-25T17:00:00Z"));
    }

    @Test
    void theDayAfterAShortMonthsEndIsItsLastDay() {
        DueRule the31st = DueRule.parse("DAY_OF_PERIOD_MONTH:31");

        assertThat(the31st.dueDate(Period.parse(PeriodType.MONTHLY, "2026-02"))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(the31st.dueDate(Period.parse(PeriodType.MONTHLY, "2028-02"))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(the31st.dueDate(Period.parse(PeriodType.MONTHLY, "2026-04"))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(DueRule.parse("DAY_OF_NEXT_MONTH:30").dueDate(Period.parse(PeriodType.MONTHLY, "2027-01"))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void theFollowingMonthCrossesTheYear() {
        DueRule rule = DueRule.parse("DAY_OF_NEXT_MONTH:20");

        assertThat(rule.dueDate(Period.parse(PeriodType.MONTHLY, "2026-12"))).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(rule.dueDate(Period.parse(PeriodType.QUARTERLY, "2026-Q4"))).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(rule.words(PeriodType.MONTHLY)).isEqualTo("chậm nhất ngày 20 của tháng sau kỳ báo cáo");
    }

    @Test
    void theYearsPlanIsDueBy10March() {
        DueRule rule = DueRule.parse("FIXED:03-10");

        assertThat(rule.dueDate(Period.parse(PeriodType.YEARLY, "2027"))).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(rule.dueDate(Period.parse(PeriodType.SCHOOL_YEAR, "2026-2027"))).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(rule.words(PeriodType.YEARLY)).isEqualTo("chậm nhất ngày 10/3");
        assertThat(rule.code()).isEqualTo("FIXED:03-10");
    }

    @Test
    void tetDoesNotMoveADeadlineUnlessTheObligationSaysSo() {
        // Tết Bính Ngọ: the lunar year begins on 17 February 2026; an obligation's calendar lists its break, here 14 to 22 February.
        Set<LocalDate> tet = Set.of(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 21), LocalDate.of(2026, 2, 22));
        DueRule rule = DueRule.parse("DAY_OF_NEXT_MONTH:20");
        Period january = Period.parse(PeriodType.MONTHLY, "2026-01");

        assertThat(rule.lateFrom(january, false, tet)).isEqualTo(vietnam(2026, 2, 21, 0, 0, 0));
        assertThat(rule.lateFrom(january, true, tet)).isEqualTo(vietnam(2026, 2, 24, 0, 0, 0));
    }

    @Test
    void aQuickReportIsDueWithinHoursOfTheEvent() {
        DueRule.HoursAfterEvent rule = (DueRule.HoursAfterEvent) DueRule.parse("HOURS_AFTER_EVENT:2");
        Instant incident = vietnam(2026, 6, 27, 7, 40, 0);

        assertThat(rule.deadline(incident)).isEqualTo(vietnam(2026, 6, 27, 9, 40, 0));
        assertThat(rule.words(PeriodType.EVENT)).isEqualTo("trong vòng 2 giờ kể từ khi sự việc xảy ra");
    }

    @Test
    void aWrongCodeIsNoRule() {
        assertThat(DueRule.parse("DAY_OF_PERIOD_MONTH:32")).isNull();
        assertThat(DueRule.parse("FIXED:02-30")).isNull();
        assertThat(DueRule.parse("SOMETIME:1")).isNull();
        assertThat(DueRule.parse("HOURS_AFTER_EVENT:x")).isNull();
        assertThat(DueRule.parse(null)).isNull();
    }

    @Test
    void periodsAreNamedAsReportsNameThem() {
        assertThat(Period.containing(PeriodType.QUARTERLY, LocalDate.of(2026, 11, 22)).label()).isEqualTo("Quý IV/2026");
        assertThat(Period.containing(PeriodType.HALF_YEAR, LocalDate.of(2026, 3, 1)).label()).isEqualTo("6 tháng đầu năm 2026");
        assertThat(Period.containing(PeriodType.SCHOOL_YEAR, LocalDate.of(2026, 8, 31)).code()).isEqualTo("2025-2026");
        assertThat(Period.containing(PeriodType.SCHOOL_YEAR, LocalDate.of(2026, 9, 1)).label()).isEqualTo("Năm học 2026-2027");
        assertThat(Period.parse(PeriodType.MONTHLY, "2026-12").next().code()).isEqualTo("2027-01");
        assertThat(Period.parse(PeriodType.SCHOOL_YEAR, "2026-2028")).isNull();
    }

    @Test
    void aSemesterRunsFromTheFirstOfSeptemberToTheFifteenthOfJanuaryThenToTheEndOfMay() {
        assertThat(Period.containing(PeriodType.SEMESTER, LocalDate.of(2026, 9, 1)).code()).isEqualTo("2026-2027-HK1");
        assertThat(Period.containing(PeriodType.SEMESTER, LocalDate.of(2027, 1, 15)).code()).isEqualTo("2026-2027-HK1");
        assertThat(Period.containing(PeriodType.SEMESTER, LocalDate.of(2027, 1, 16)).code()).isEqualTo("2026-2027-HK2");
        assertThat(Period.containing(PeriodType.SEMESTER, LocalDate.of(2027, 5, 31)).code()).isEqualTo("2026-2027-HK2");
        // The summer belongs to the semester just ended, whose report is made then.
        assertThat(Period.containing(PeriodType.SEMESTER, LocalDate.of(2026, 8, 31)).code()).isEqualTo("2025-2026-HK2");

        Period first = Period.parse(PeriodType.SEMESTER, "2026-2027-HK1");
        assertThat(first.start()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(first.end()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(first.label()).isEqualTo("Học kỳ I năm học 2026-2027");
        assertThat(first.next().label()).isEqualTo("Học kỳ II năm học 2026-2027");
        assertThat(first.next().end()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(first.next().next().code()).isEqualTo("2027-2028-HK1");
        assertThat(first.previous().code()).isEqualTo("2025-2026-HK2");
        assertThat(first.previous().previous().code()).isEqualTo("2025-2026-HK1");
        assertThat(Period.parse(PeriodType.SEMESTER, "2026-2028-HK1")).isNull();
        assertThat(Period.parse(PeriodType.SEMESTER, "2026-2027-HK3")).isNull();
        assertThat(Period.parse(PeriodType.SEMESTER, "2026-2027")).isNull();
    }
}
