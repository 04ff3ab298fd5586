package vn.lantoa.desk.stats;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.platform.time.VietnamTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The SLA clock's deadlines, day by day, in a form SQL can apply to every case of the day: {@link SlaClock} puts the
 * deadline of a case received on a working day at the same time of day N working days later (so: received + k days),
 * and that of a case received on a day off at the start of a fixed working day (so: one instant). Which of the two a
 * day is, and its k or its instant, is read off the clock itself for a case received at noon, so the statistics follow
 * the clock's rules (weekends, holidays, Tết) without repeating them.
 */
record SlaDays(List<Day> days) {

    /** One local day: either a shift in days (working day) or a fixed deadline in UTC (day off), for each of the two clocks. */
    record Day(LocalDate day, @Nullable Integer acknowledgeDays, @Nullable LocalDateTime acknowledgeDue, @Nullable Integer answerDays,
               @Nullable LocalDateTime answerDue) {
    }

    private static final LocalTime NOON = LocalTime.NOON;

    static SlaDays of(SlaClock sla, StatsRange range) {
        return new SlaDays(range.days().stream().map(d -> day(sla, d)).toList());
    }

    private static Day day(SlaClock sla, LocalDate d) {
        Instant noon = d.atTime(NOON).atZone(VietnamTime.ZONE).toInstant();
        ZonedDateTime ack = sla.acknowledgeDue(noon).atZone(VietnamTime.ZONE);
        ZonedDateTime answer = sla.answerDue(noon).atZone(VietnamTime.ZONE);
        return new Day(d, shift(d, ack), fixed(ack), shift(d, answer), fixed(answer));
    }

    private static Integer shift(LocalDate d, ZonedDateTime due) {
        return due.toLocalTime().equals(NOON) ? (int) ChronoUnit.DAYS.between(d, due.toLocalDate()) : null;
    }

    private static LocalDateTime fixed(ZonedDateTime due) {
        return due.toLocalTime().equals(NOON) ? null : LocalDateTime.ofInstant(due.toInstant(), ZoneOffset.UTC);
    }
}
