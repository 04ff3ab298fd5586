package vn.lantoa.notice;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A notice as its sender lists it, with how many target units acknowledged it. */
@Introspected
public record SentNotice(long id, NoticeKind kind, NoticeSeverity severity, String title, String body, String audience, String status,
                         Instant sentAt, Instant expiresAt, int targetCount, int mailedCount, long acknowledged, @Nullable Instant withdrawnAt,
                         @Nullable Instant remindedAt) {

    public boolean activeAt(Instant now) {
        return Notice.ACTIVE.equals(status) && now.isBefore(expiresAt);
    }
}
