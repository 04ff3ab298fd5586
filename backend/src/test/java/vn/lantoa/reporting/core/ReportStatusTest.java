package vn.lantoa.reporting.core;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportStatusTest {

    static final Period NOVEMBER = Period.parse(PeriodType.MONTHLY, "2026-11");
    static final Instant LATE_FROM = DueRule.parse("DAY_OF_PERIOD_MONTH:25").lateFrom(NOVEMBER, false, Set.of());

    private static Instant vietnam(int d, int h, int m, int s) {
        return LocalDateTime.of(2026, 11, d, h, m, s).atZone(DueRule.VIETNAM).toInstant();
    }

    @Test
    void theServersClockDecidesOnTimeOrLate() {
        assertThat(ReportStatus.of(new ReportStatus.Facts(true, vietnam(25, 23, 59, 59), false, false), LATE_FROM, vietnam(26, 8, 0, 0)))
                .isEqualTo(ReportStatus.SUBMITTED_ON_TIME);
        assertThat(ReportStatus.of(new ReportStatus.Facts(true, vietnam(26, 0, 0, 0), false, false), LATE_FROM, vietnam(26, 8, 0, 0)))
                .isEqualTo(ReportStatus.SUBMITTED_LATE);
    }

    @Test
    void nothingSentAfterTheDeadlineIsOverdueAndCountsDaysLate() {
        assertThat(ReportStatus.of(ReportStatus.Facts.none(), LATE_FROM, vietnam(24, 10, 0, 0))).isEqualTo(ReportStatus.NOT_STARTED);
        assertThat(ReportStatus.of(new ReportStatus.Facts(true, null, false, false), LATE_FROM, vietnam(24, 10, 0, 0))).isEqualTo(ReportStatus.DRAFT);
        assertThat(ReportStatus.of(new ReportStatus.Facts(true, null, false, false), LATE_FROM, vietnam(26, 0, 0, 0))).isEqualTo(ReportStatus.OVERDUE);
        assertThat(ReportStatus.daysLate(LATE_FROM, vietnam(26, 0, 10, 0))).isEqualTo(1);
        assertThat(ReportStatus.daysLate(LATE_FROM, vietnam(28, 23, 0, 0))).isEqualTo(3);
        assertThat(ReportStatus.daysLate(LATE_FROM, vietnam(25, 23, 59, 59))).isZero();
    }

    @Test
    void aDecisionOutranksTheTiming() {
        assertThat(ReportStatus.of(new ReportStatus.Facts(true, vietnam(27, 9, 0, 0), true, false), LATE_FROM, vietnam(28, 9, 0, 0)))
                .isEqualTo(ReportStatus.RETURNED);
        assertThat(ReportStatus.of(new ReportStatus.Facts(true, vietnam(27, 9, 0, 0), false, true), LATE_FROM, vietnam(28, 9, 0, 0)))
                .isEqualTo(ReportStatus.ACCEPTED);
    }
}
