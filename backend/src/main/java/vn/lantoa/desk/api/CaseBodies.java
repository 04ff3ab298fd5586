package vn.lantoa.desk.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the API's writes of a case take. */
final class CaseBodies {

    private CaseBodies() {
    }

    /**
     * A call, visit or mail to log: at (ISO-8601 with its offset; now when left out), channel (PHONE, EMAIL or IN_PERSON), caller
     * (name or phone, if the caller agreed), topic and summary, as the officer's contact form takes them.
     */
    @Serdeable
    record NewCase(@Nullable String at, @Nullable String channel, @Nullable String caller, @Nullable String topic, @Nullable String summary) {
    }

    @Serdeable
    record Assign(@Nullable Long assigneeId) {
    }

    /** The text of a note or an answer. */
    @Serdeable
    record Text(@Nullable String text) {
    }

    @Serdeable
    record Close(@Nullable String result) {
    }
}
