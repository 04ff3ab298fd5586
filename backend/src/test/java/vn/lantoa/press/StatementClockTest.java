package vn.lantoa.press;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The first statement clock in Vietnam time: running, late, and stopped by the first statement, on time or late. */
class StatementClockTest {

    static Instant vn(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 12, day, hour, minute).atZone(vn.lantoa.platform.time.VietnamTime.ZONE).toInstant();
    }

    @Test
    void aRunningClockShowsTheTimeLeft() {
        StatementClock c = new StatementClock(vn(11, 7, 45), null, vn(10, 9, 0));
        assertThat(c.state()).isEqualTo(StatementClock.State.RUNNING);
        assertThat(c.gapText()).isEqualTo("22 giờ 45 phút");
    }

    @Test
    void aClockPastItsDueTimeShowsHowLate() {
        StatementClock c = new StatementClock(vn(11, 7, 45), null, vn(13, 10, 0));
        assertThat(c.state()).isEqualTo(StatementClock.State.LATE);
        assertThat(c.gapText()).isEqualTo("2 ngày 2 giờ");
    }

    @Test
    void theFirstStatementStopsTheClockWhateverTheTimeNow() {
        StatementClock onTime = new StatementClock(vn(11, 7, 45), vn(10, 15, 0), vn(20, 9, 0));
        assertThat(onTime.state()).isEqualTo(StatementClock.State.MADE_ON_TIME);
        assertThat(onTime.gapText()).isEqualTo("16 giờ 45 phút");
        StatementClock late = new StatementClock(vn(11, 7, 45), vn(11, 8, 0), vn(20, 9, 0));
        assertThat(late.state()).isEqualTo(StatementClock.State.MADE_LATE);
        assertThat(late.gapText()).isEqualTo("15 phút");
    }

    @Test
    void aStatementAtTheDueMinuteIsOnTime() {
        assertThat(new StatementClock(vn(11, 7, 45), vn(11, 7, 45), vn(11, 9, 0)).state()).isEqualTo(StatementClock.State.MADE_ON_TIME);
    }

    @Test
    void hoursAndMinutesCountWholeHoursSoTheDeskReadsFiftyHoursLate() {
        StatementClock c = new StatementClock(vn(11, 7, 45), null, vn(13, 10, 0));
        assertThat(c.hours()).isEqualTo(50);
        assertThat(c.minutes()).isEqualTo(15);
    }

    @Test
    void aClockIsUrgentWhenLateOrUnderTwoHoursLeftButNotOnceAStatementIsMade() {
        assertThat(new StatementClock(vn(11, 7, 45), null, vn(11, 6, 0)).urgent()).isTrue();
        assertThat(new StatementClock(vn(11, 7, 45), null, vn(11, 5, 45)).urgent()).isFalse();
        assertThat(new StatementClock(vn(11, 7, 45), null, vn(11, 8, 0)).urgent()).isTrue();
        assertThat(new StatementClock(vn(11, 7, 45), vn(11, 9, 0), vn(12, 8, 0)).urgent()).isFalse();
    }
}
