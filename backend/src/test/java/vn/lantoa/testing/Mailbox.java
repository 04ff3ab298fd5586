package vn.lantoa.testing;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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

    private static final Duration WAIT = Duration.ofSeconds(10);

    private Mailbox() {
    }

    /** Waits up to ten seconds for the n-th mail to this address (1-based) and returns it. */
    public static Mail await(String address, int n) {
        return awaitFirst(address, mails -> mails.size() >= n ? Optional.of(mails.get(n - 1)) : Optional.empty(), "number " + n);
    }

    /** Waits up to ten seconds for the first mail to this address whose subject contains the words. */
    public static Mail await(String address, String subjectPart) {
        return awaitFirst(address, mails -> mails.stream().filter(m -> m.subject().contains(subjectPart)).findFirst(), "\"" + subjectPart + "\"");
    }

    /**
     * Blocks on the SMTP server until a mail that fits has arrived: each time it is not there yet, waits for one more
     * message in total (GreenMail wakes the waiter when a message is stored), then looks again.
     */
    private static Mail awaitFirst(String address, Function<List<Mail>, Optional<Mail>> pick, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            int total = TestServers.smtp().received().size();
            Optional<Mail> found = pick.apply(of(address));
            if (found.isPresent()) {
                return found.get();
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0 || !TestServers.smtp().awaitTotal(total + 1, left)) {
                throw new AssertionError("No mail " + what + " for " + address + " within " + WAIT.toSeconds() + " s; got "
                        + of(address).stream().map(Mail::subject).toList());
            }
        }
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
