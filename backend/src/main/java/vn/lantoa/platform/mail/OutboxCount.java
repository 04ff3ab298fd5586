package vn.lantoa.platform.mail;

import io.micronaut.core.annotation.Introspected;

/** How many messages of a batch are in one state. */
@Introspected
record OutboxCount(String status, long n) {
}
