package vn.lantoa.launcher;

import jakarta.mail.internet.MimeMessage;
import vn.lantoa.embedded.EmbeddedSmtp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * On the default run, mail goes to the embedded SMTP server; this prints each message's recipient,
 * subject and links to the console and keeps it as an .eml file, so invitations and password resets can
 * be followed without a mailbox.
 */
final class OutboxPrinter extends Thread {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private final EmbeddedSmtp smtp;
    private final Path folder;

    OutboxPrinter(EmbeddedSmtp smtp, Path folder) {
        super("outbox-printer");
        setDaemon(true);
        this.smtp = smtp;
        this.folder = folder;
    }

    @Override
    public void run() {
        int seen = 0;
        while (!isInterrupted()) {
            List<MimeMessage> messages = smtp.received();
            for (int i = seen; i < messages.size(); i++) {
                print(i + 1, messages.get(i));
            }
            seen = messages.size();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void print(int number, MimeMessage message) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(String.format("%04d.eml", number));
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
            String body = text(message.getContent());
            StringBuilder links = new StringBuilder();
            Matcher m = LINK.matcher(body);
            while (m.find()) {
                links.append("\n      ").append(m.group());
            }
            System.out.printf("%n  [Hộp thư đi] Tới: %s%n      Tiêu đề: %s%s%n      (lưu tại %s)%n",
                    String.join(", ", java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
                    message.getSubject(), links, file);
        } catch (Exception e) {
            System.out.println("  [Hộp thư đi] Không đọc được thư: " + e.getMessage());
        }
    }

    private static String text(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof jakarta.mail.Multipart multipart && multipart.getCount() > 0) {
            return text(multipart.getBodyPart(0).getContent());
        }
        return "";
    }
}
