package vn.lantoa.press.questions;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a question's history: a step someone took, or a reminder the job mailed about a due date. */
public record QuestionStep(String kind, @Nullable String actorName, @Nullable String note, @Nullable LocalDate remindedDueOn, Instant at) {

    public String labelKey() {
        return "press.q.step." + kind;
    }
}
