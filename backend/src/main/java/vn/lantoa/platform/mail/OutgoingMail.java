package vn.lantoa.platform.mail;

/** A message to one recipient; the text part is always there, the HTML part is optional. */
public record OutgoingMail(String to, String subject, String text, String html) {
}
