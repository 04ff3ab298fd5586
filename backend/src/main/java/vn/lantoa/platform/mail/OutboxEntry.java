package vn.lantoa.platform.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("mail_outbox")
record OutboxEntry(
        @Id @GeneratedValue @Nullable Long id,
        String toAddress,
        String subject,
        String bodyText,
        @Nullable String bodyHtml,
        String status,
        int attempts,
        @Nullable String lastError,
        Instant nextAttemptAt,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable String batch,
        @Nullable String attachmentName,
        @Nullable String attachmentType,
        @Nullable byte[] attachment) {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
}
