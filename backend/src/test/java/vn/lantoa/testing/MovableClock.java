package vn.lantoa.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in a test that needs a given day: it ticks with the system clock from the instant the test
 * moves it to. Only instants before now are safe to move to: rows the database stamps itself (units' creation) and
 * scheduler locks shared with the other test classes stay in real time. Replaces the application's clock in a test
 * class that sets the property lantoa.test.movable-clock=true.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    private MovableClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    /** From now on the clock reads this instant, and goes on from there. */
    public void moveTo(Instant instant) {
        offset.set(Duration.between(Instant.now(), instant));
    }

    /** Back to the system clock. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(offset, other);
    }

    @Factory
    @Requires(property = "lantoa.test.movable-clock", value = "true")
    static class MovableClockFactory {

        @Singleton
        @Replaces(Clock.class)
        MovableClock movableClock() {
            return new MovableClock(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
        }
    }
}
