package vn.lantoa.notice;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A notice as a target unit sees it, with its own acknowledgement. */
@Introspected
public record ReceivedNotice(long id, String fromUnitName, NoticeKind kind, NoticeSeverity severity, String title, String body, String status,
                             Instant sentAt, Instant expiresAt, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedByName) {

    public boolean activeAt(Instant now) {
        return Notice.ACTIVE.equals(status) && now.isBefore(expiresAt);
    }
}
