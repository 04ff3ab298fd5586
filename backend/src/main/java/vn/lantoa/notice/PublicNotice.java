package vn.lantoa.notice;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** A notice as a target site's banner shows it: no sender's names, no counts. */
@Introspected
public record PublicNotice(long id, NoticeKind kind, NoticeSeverity severity, String title, String body, String fromUnitName, Instant sentAt,
                           Instant expiresAt) {
}
