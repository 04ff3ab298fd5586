package vn.lantoa.reporting.obligation;

import org.junit.jupiter.api.Test;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** An obligation's calendar: Vietnam's days off, exam sessions and events. */
class ObligationScheduleTest {

    static Obligation obligation(PeriodType type, String rule, boolean moveOffDaysOff, Integer lockDays, String listed) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return new Obligation(1L, 1L, 1L, "Báo cáo", "CHILDREN", Recipient.PARENT, type, rule, moveOffDaysOff, null, "", lockDays, null, false,
                LocalDate.of(2025, 1, 1), true, now, now, null, null, 0L, listed);
    }

    @Test
    void aDeadlineOnTetMovesToTheFirstWorkingDayAfterOnlyWhenTheObligationSaysSo() {
        Period january = Period.parse(PeriodType.MONTHLY, "2026-01");

        assertThat(new ObligationSchedule(obligation(PeriodType.MONTHLY, "DAY_OF_NEXT_MONTH:17", false, null, null)).dueDate(january))
                .isEqualTo(LocalDate.of(2026, 2, 17));
        // Tết Bính Ngọ: 16-20 February 2026, then a weekend.
        java.util.Set<LocalDate> tet = java.util.Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));
        assertThat(new ObligationSchedule(obligation(PeriodType.MONTHLY, "DAY_OF_NEXT_MONTH:17", true, null, null), tet).dueDate(january))
                .isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void aPeriodLocksTheGivenNumberOfDaysAfterItsDeadline() {
        ObligationSchedule schedule = new ObligationSchedule(obligation(PeriodType.MONTHLY, "DAY_OF_PERIOD_MONTH:25", false, 10, null));

        assertThat(schedule.lockedFrom(Period.parse(PeriodType.MONTHLY, "2026-11")))
                .isEqualTo(LocalDateTime.parse("2026-12-06T00:00").atZone(DueRule.VIETNAM).toInstant());
    }

    @Test
    void anExamSessionIsDueHoursAfterItEndsAndOpensWhenItStarts() {
        ObligationSchedule schedule = new ObligationSchedule(obligation(PeriodType.LISTED, "HOURS_AFTER_EVENT:2", false, null,
                "S1|Ngữ văn|2026-06-27T07:30|2026-06-27T09:30\nS2|Toán|2026-06-27T14:20|2026-06-27T15:50"));
        Period math = schedule.parse("S2");

        assertThat(math.label()).isEqualTo("Toán");
        assertThat(schedule.lateFrom(math)).isEqualTo(LocalDateTime.parse("2026-06-27T17:50").atZone(DueRule.VIETNAM).toInstant());
        assertThat(schedule.open(math, LocalDateTime.parse("2026-06-27T14:19").atZone(DueRule.VIETNAM).toInstant())).isFalse();
        assertThat(schedule.open(math, LocalDateTime.parse("2026-06-27T14:20").atZone(DueRule.VIETNAM).toInstant())).isTrue();
        assertThat(schedule.parse("S3")).isNull();
        assertThat(schedule.recent(LocalDate.of(2026, 6, 27), 5)).extracting(Period::code).containsExactly("S2", "S1");
    }

    @Test
    void theLatestPeriodDueIsTheNewestWhoseDueDayHasComeNotTheOneBeingFilledIn() {
        ObligationSchedule monthly = new ObligationSchedule(obligation(PeriodType.MONTHLY, "DAY_OF_NEXT_MONTH:20", false, null, null));

        assertThat(monthly.current(LocalDate.of(2026, 12, 3)).code()).isEqualTo("2026-12");
        assertThat(monthly.latestDue(LocalDate.of(2026, 12, 3)).code()).isEqualTo("2026-10");
        assertThat(monthly.latestDue(LocalDate.of(2026, 12, 20)).code()).isEqualTo("2026-11");
        // Nothing due yet in the obligation's first weeks: the period being filled in.
        assertThat(monthly.latestDue(LocalDate.of(2025, 1, 10)).code()).isEqualTo("2025-01");
        ObligationSchedule sessions = new ObligationSchedule(obligation(PeriodType.LISTED, "HOURS_AFTER_EVENT:2", false, null,
                "S1|Ngữ văn|2026-06-27T07:30|2026-06-27T09:30\nS2|Toán|2026-06-28T14:20|2026-06-28T15:50"));
        assertThat(sessions.latestDue(LocalDate.of(2026, 6, 28)).code()).isEqualTo("S2");
        assertThat(sessions.latestDue(LocalDate.of(2026, 6, 27)).code()).isEqualTo("S1");
    }

    @Test
    void anIncidentIsDueHoursAfterItHappenedWhateverTheDay() {
        ObligationSchedule schedule = new ObligationSchedule(obligation(PeriodType.EVENT, "HOURS_AFTER_EVENT:2", false, null, null));
        Instant happened = LocalDateTime.parse("2026-11-29T23:10").atZone(DueRule.VIETNAM).toInstant();
        Period event = Period.event(happened, "ab12cd");

        assertThat(schedule.parse(event.code())).isEqualTo(event);
        assertThat(event.label()).isEqualTo("Sự việc lúc 23:10 ngày 29/11/2026");
        assertThat(schedule.lateFrom(event)).isEqualTo(happened.plusSeconds(2 * 3600));
        assertThat(schedule.dueDate(event)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Period.parse(PeriodType.EVENT, "E2026-bad")).isNull();
    }

    @Test
    void aSemesterObligationHasBothSemestersOfEachSchoolYearDueTenDaysAfterEach() {
        ObligationSchedule schedule = new ObligationSchedule(obligation(PeriodType.SEMESTER, "DAYS_AFTER_END:10", false, null, null));

        assertThat(schedule.recent(LocalDate.of(2027, 2, 1), 4)).extracting(Period::code)
                .containsExactly("2026-2027-HK2", "2026-2027-HK1", "2025-2026-HK2", "2025-2026-HK1");
        assertThat(schedule.dueDate(Period.parse(PeriodType.SEMESTER, "2026-2027-HK1"))).isEqualTo(LocalDate.of(2027, 1, 25));
        assertThat(schedule.dueDate(Period.parse(PeriodType.SEMESTER, "2026-2027-HK2"))).isEqualTo(LocalDate.of(2027, 6, 10));
        // In the summer the report being made is the second semester's; on 1 September the first one of the new year opens.
        assertThat(schedule.current(LocalDate.of(2027, 7, 1)).code()).isEqualTo("2026-2027-HK2");
        assertThat(schedule.latestDue(LocalDate.of(2027, 7, 1)).code()).isEqualTo("2026-2027-HK2");
        assertThat(schedule.current(LocalDate.of(2027, 9, 1)).code()).isEqualTo("2027-2028-HK1");
        ObligationSchedule byTheTwentieth = new ObligationSchedule(obligation(PeriodType.SEMESTER, "DAY_OF_NEXT_MONTH:20", false, null, null));
        assertThat(byTheTwentieth.dueDate(Period.parse(PeriodType.SEMESTER, "2026-2027-HK1"))).isEqualTo(LocalDate.of(2027, 2, 20));
        assertThat(byTheTwentieth.dueDate(Period.parse(PeriodType.SEMESTER, "2026-2027-HK2"))).isEqualTo(LocalDate.of(2027, 6, 20));
    }
}
