package vn.lantoa.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a failed delivery is tried again: 1 minute, 5 minutes, 30 minutes, 2 hours, 6 hours, 12 hours, then 24 hours after
 * the attempt before; after the eighth attempt (about 45 hours) it is FAILED, and an admin may send it again by hand.
 * An integration down for a night gets everything the next morning; one gone for good stops costing anything.
 */
final class RetrySchedule {

    static final List<Duration> PAUSES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
            Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(24));
    static final int MAX_ATTEMPTS = PAUSES.size() + 1;

    private RetrySchedule() {
    }

    /** The next attempt after {@code attemptsMade} failed ones, the last at {@code at}; null when there is none. */
    static Instant next(int attemptsMade, Instant at) {
        return attemptsMade >= MAX_ATTEMPTS ? null : at.plus(PAUSES.get(attemptsMade - 1));
    }
}
