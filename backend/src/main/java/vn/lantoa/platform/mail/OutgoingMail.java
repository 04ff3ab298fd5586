package vn.lantoa.platform.mail;

import io.micronaut.core.annotation.Nullable;

/** A message to one recipient; the text part is always there, the HTML part and one attached file are optional. */
public record OutgoingMail(String to, String subject, String text, String html, @Nullable Attachment attachment) {

    public OutgoingMail(String to, String subject, String text, String html) {
        this(to, subject, text, html, null);
    }

    /** A file sent with the mail (a written reply as PDF): kept in the outbox with the mail, so a retry sends the same bytes. */
    public record Attachment(String fileName, String contentType, byte[] bytes) {
    }
}
