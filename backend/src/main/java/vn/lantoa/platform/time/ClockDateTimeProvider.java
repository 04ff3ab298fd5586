package vn.lantoa.platform.time;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.data.runtime.date.CurrentDateTimeProvider;
import io.micronaut.data.runtime.date.DateTimeProvider;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Entities' created and updated stamps come from the same clock as every rule, so a test that sets the clock sees them follow. */
@Singleton
@Replaces(CurrentDateTimeProvider.class)
class ClockDateTimeProvider implements DateTimeProvider<OffsetDateTime> {

    private final Clock clock;

    ClockDateTimeProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public OffsetDateTime getNow() {
        return OffsetDateTime.now(clock);
    }
}
