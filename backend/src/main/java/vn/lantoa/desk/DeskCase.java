package vn.lantoa.desk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A question, complaint or suggestion a unit received, and how far it has been handled. */
@MappedEntity("desk_case")
public record DeskCase(
        @Id @GeneratedValue Long id,
        long unitId,
        String code,
        @Nullable String followTokenHash,
        Channel channel,
        Topic topic,
        @Nullable Long concernedUnitId,
        String message,
        String messageHash,
        String searchText,
        @Nullable String citizenName,
        @Nullable String citizenPhone,
        @Nullable String citizenEmail,
        @Nullable Instant consentAt,
        @Nullable String sourceHash,
        CaseStatus status,
        boolean spam,
        @Nullable Long assigneeId,
        Instant receivedAt,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant answeredAt,
        @Nullable Instant closedAt,
        @Nullable Instant acknowledgeDueAt,
        @Nullable Instant answerDueAt,
        @Nullable String answerText,
        @Nullable String result,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) {

    DeskCase withHandling(CaseStatus status, boolean spam, @Nullable Long assigneeId, @Nullable Instant acknowledgedAt, @Nullable Instant answeredAt,
                          @Nullable Instant closedAt, @Nullable String answerText, @Nullable String result, Instant now) {
        return new DeskCase(id, unitId, code, followTokenHash, channel, topic, concernedUnitId, message, messageHash, searchText, citizenName,
                citizenPhone, citizenEmail, consentAt, sourceHash, status, spam, assigneeId, receivedAt, acknowledgedAt, answeredAt, closedAt,
                acknowledgeDueAt, answerDueAt, answerText, result, createdAt, now, version);
    }

    /** The same case with its deadlines reckoned (SlaClock.deadlines): set before a new case is saved. */
    public DeskCase withDeadlines(SlaClock.Deadlines d) {
        return new DeskCase(id, unitId, code, followTokenHash, channel, topic, concernedUnitId, message, messageHash, searchText, citizenName,
                citizenPhone, citizenEmail, consentAt, sourceHash, status, spam, assigneeId, receivedAt, acknowledgedAt, answeredAt, closedAt,
                d.acknowledge(), d.answer(), answerText, result, createdAt, updatedAt, version);
    }

    public boolean anonymous() {
        return citizenName == null && citizenPhone == null && citizenEmail == null;
    }

    /** The same case with another follow link: the link a citizen gets again when the unit asks for more (CaseHandling.requestInfo). */
    DeskCase withFollowTokenHash(@Nullable String hash) {
        return new DeskCase(id, unitId, code, hash, channel, topic, concernedUnitId, message, messageHash, searchText, citizenName, citizenPhone,
                citizenEmail, consentAt, sourceHash, status, spam, assigneeId, receivedAt, acknowledgedAt, answeredAt, closedAt, acknowledgeDueAt,
                answerDueAt, answerText, result, createdAt, updatedAt, version);
    }
}
