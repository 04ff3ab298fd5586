package vn.lantoa.sharing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A story a unit sent up to its parent ("gửi tin bài"), and what the parent decided. */
@MappedEntity("story_submission")
public record Story(@Id @GeneratedValue @Nullable Long id, Long unitId, Long toUnitId, Long articleId, @Nullable String note, Status status,
                    @Nullable String decisionReason, @Nullable Long republishedArticleId, Instant createdAt, @Nullable Long createdBy,
                    @Nullable Instant decidedAt, @Nullable Long decidedBy) {

    public enum Status {
        PENDING, ACCEPTED, DECLINED;

        public String labelKey() {
            return "story.status." + name();
        }
    }
}
