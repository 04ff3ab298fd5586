package vn.lantoa.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in every test context. It follows the real time until a test sets it: frozen at an instant
 * ("23:59:59 on the 25th in Hanoi") or running from a chosen moment, so rules and scheduled jobs are driven by the test
 * rather than by the day the suite happens to run. Each test class has its own application context, hence its own clock.
 */
@Singleton
@Replaces(Clock.class)
public class TestClock extends Clock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock real = Clock.systemUTC();
    private volatile Instant frozen;
    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant instant() {
        Instant at = frozen;
        return at != null ? at : real.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Zoned(this, zone);
    }

    /** Today in Vietnam, as the rules see it. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), VIETNAM);
    }

    /** Stops the clock at this instant until the next change. */
    public TestClock freezeAt(Instant instant) {
        frozen = instant;
        return this;
    }

    /** Stops the clock at this wall-clock time in Vietnam. */
    public TestClock freezeAt(LocalDateTime vietnamTime) {
        return freezeAt(vietnamTime.atZone(VIETNAM).toInstant());
    }

    /** Lets the clock run from this instant on, at the real pace. */
    public TestClock runFrom(Instant instant) {
        offset = Duration.between(real.instant(), instant);
        frozen = null;
        return this;
    }

    public TestClock runFrom(LocalDateTime vietnamTime) {
        return runFrom(vietnamTime.atZone(VIETNAM).toInstant());
    }

    /** Moves the clock on (frozen or running). */
    public TestClock advance(Duration by) {
        Instant at = frozen;
        if (at != null) {
            frozen = at.plus(by);
        } else {
            offset = offset.plus(by);
        }
        return this;
    }

    /** Back to the real time. */
    public TestClock reset() {
        frozen = null;
        offset = Duration.ZERO;
        return this;
    }

    /** The clock seen from another zone: the same (movable) time, read in that zone. */
    private static final class Zoned extends Clock {

        private final TestClock clock;
        private final ZoneId zone;

        Zoned(TestClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Zoned(clock, other);
        }
    }
}
