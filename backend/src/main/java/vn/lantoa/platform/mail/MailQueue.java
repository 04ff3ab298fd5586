package vn.lantoa.platform.mail;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** The mail still to send (retries included), and the earliest moment one of them was due. */
@Introspected
record MailQueue(long length, @Nullable Instant oldestDue) {
}
