package vn.lantoa.press.questions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A journalist's question to a unit (press_question). dueRule is {@link DueRule}'s text: the unit's default with its number
 * of working days when the question was recorded, or a date set for this question. answerText is what was sent (or the
 * reason given for declining) and is never changed once the question is closed.
 */
@MappedEntity("press_question")
public record Question(
        @Id @GeneratedValue Long id,
        long unitId,
        String code,
        LocalDate receivedOn,
        QuestionChannel channel,
        String outletName,
        String journalistName,
        @Nullable String journalistEmail,
        @Nullable Long contactId,
        String question,
        LocalDate dueOn,
        String dueRule,
        @Nullable Long assigneeId,
        QuestionStatus status,
        @Nullable String draftText,
        @Nullable String answerText,
        @Nullable Long approvedBy,
        @Nullable Instant approvedAt,
        @Nullable Instant sentAt,
        @Nullable Long sentBy,
        Instant createdAt,
        @Nullable Long createdBy,
        Instant updatedAt,
        @Version Long version) {

    Question withStatus(QuestionStatus s, @Nullable String draft, @Nullable String answer, @Nullable Long approver, @Nullable Instant approved,
                        @Nullable Instant sent, @Nullable Long sender, Instant now) {
        return new Question(id, unitId, code, receivedOn, channel, outletName, journalistName, journalistEmail, contactId, question, dueOn, dueRule,
                assigneeId, s, draft, answer, approver, approved, sent, sender, createdAt, createdBy, now, version);
    }
}
