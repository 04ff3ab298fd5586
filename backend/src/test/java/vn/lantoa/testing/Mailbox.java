package vn.lantoa.testing;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what arrived at the test SMTP server for one recipient. */
public final class Mailbox {

    public record Mail(String to, String subject, String text) {

        /** The first link in the mail that contains the fragment. */
        public String link(String fragment) {
            Matcher m = Pattern.compile("https?://\\S+").matcher(text);
            while (m.find()) {
                if (m.group().contains(fragment)) {
                    return m.group();
                }
            }
            throw new AssertionError("No link with " + fragment + " in: " + text);
        }

        public String token() {
            String link = link("token=");
            return java.net.URLDecoder.decode(link.substring(link.indexOf("token=") + 6), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Mailbox() {
    }

    /** Waits up to ten seconds for the n-th mail to this address (1-based) and returns it. */
    public static Mail await(String address, int n) {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            List<Mail> mails = of(address);
            if (mails.size() >= n) {
                return mails.get(n - 1);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No mail number " + n + " for " + address + " within 10 s; got " + of(address).size());
    }

    public static List<Mail> of(String address) {
        return TestServers.smtp().received().stream()
                .filter(m -> recipients(m).contains(address))
                .map(Mailbox::read)
                .toList();
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    private static Mail read(MimeMessage m) {
        try {
            Object content = m.getContent();
            String text = content instanceof Multipart mp ? String.valueOf(mp.getBodyPart(0).getContent()) : String.valueOf(content);
            return new Mail(recipients(m).get(0), m.getSubject(), text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
