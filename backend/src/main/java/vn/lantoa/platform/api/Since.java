package vn.lantoa.platform.api;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.platform.web.UserInputException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * {@code updatedSince} on a list, decided here once: an ISO-8601 instant with its offset
 * ({@code 2026-11-25T00:00:00+07:00} or {@code ...Z}); the list keeps what changed at or after it, so an integration
 * that polls asks only for what is new since its last call.
 */
public final class Since {

    private Since() {
    }

    /** The instant asked for, or null when none was. */
    @Nullable
    public static Instant of(@Nullable String updatedSince) {
        return of("updatedSince", updatedSince);
    }

    /**
     * The same for a list whose items never change once made (the audit log's {@code since}): the instant asked for in
     * the parameter so named, or null when none was.
     */
    @Nullable
    public static Instant of(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw UserInputException.of(parameter, "api." + parameter + ".invalid");
        }
    }

    /** True when there is no bound, or the change is at or after it. */
    public static boolean keeps(@Nullable Instant since, @Nullable Instant changedAt) {
        return since == null || changedAt != null && !changedAt.isBefore(since);
    }
}
