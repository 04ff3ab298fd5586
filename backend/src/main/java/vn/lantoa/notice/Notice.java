package vn.lantoa.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An emergency notice as its sender wrote it; status ACTIVE, WITHDRAWN or EXPIRED. */
@MappedEntity("notice")
public record Notice(@Id @GeneratedValue @Nullable Long id, long unitId, NoticeKind kind, NoticeSeverity severity, String title, String body,
                     String audience, String status, Instant expiresAt, int targetCount, int mailedCount, Instant sentAt, @Nullable Long sentBy,
                     @Nullable Instant withdrawnAt, @Nullable Long withdrawnBy, @Nullable Instant remindedAt) {

    static final String ACTIVE = "ACTIVE";
    static final String WITHDRAWN = "WITHDRAWN";
    static final String EXPIRED = "EXPIRED";

    /** Shown now: neither withdrawn nor past its expiry (the expiry job may not have marked it yet). */
    public boolean activeAt(Instant now) {
        return ACTIVE.equals(status) && now.isBefore(expiresAt);
    }
}
