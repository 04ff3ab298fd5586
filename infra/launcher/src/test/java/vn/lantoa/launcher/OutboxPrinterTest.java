package vn.lantoa.launcher;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lantoa.embedded.EmbeddedSmtp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxPrinterTest {

    @TempDir
    Path outbox;
    EmbeddedSmtp smtp;

    @BeforeEach
    void start() {
        smtp = EmbeddedSmtp.start();
    }

    @AfterEach
    void stop() {
        smtp.close();
    }

    @Test
    void everyMessageIsSavedOnceUnderItsOwnFileWhateverMailboxItWentTo() throws Exception {
        OutboxPrinter printer = new OutboxPrinter(smtp, outbox);
        send("Thư mời 1", "b@truong.edu.vn");
        send("Thư mời 2", "a@truong.edu.vn");
        assertThat(printer.printNew()).hasSize(2);

        // The server lists mail by mailbox: a new message to "a" comes before the earlier one to "b", and a message to
        // two people is there twice. Each must still be one file with its own content.
        send("Thư mời 3", "a@truong.edu.vn");
        send("Thư mời 4", "c@truong.edu.vn", "b@truong.edu.vn");
        List<Path> later = printer.printNew();

        assertThat(later).hasSize(2);
        List<String> subjects = subjects();
        assertThat(subjects.subList(0, 2)).containsExactly("Thư mời 1", "Thư mời 2");
        assertThat(subjects).containsExactlyInAnyOrder("Thư mời 1", "Thư mời 2", "Thư mời 3", "Thư mời 4");
        assertThat(printer.printNew()).isEmpty();
    }

    @Test
    void aRestartAddsToTheOutboxInsteadOfWritingOverIt() throws Exception {
        new OutboxPrinter(smtp, outbox).printNew();
        send("Trước khi khởi động lại", "a@truong.edu.vn");
        new OutboxPrinter(smtp, outbox).printNew();
        smtp.close();

        // A new run: a new SMTP server with an empty list, the same folder.
        smtp = EmbeddedSmtp.start();
        send("Sau khi khởi động lại", "a@truong.edu.vn");
        new OutboxPrinter(smtp, outbox).printNew();

        assertThat(subjects()).containsExactly("Trước khi khởi động lại", "Sau khi khởi động lại");
    }

    private void send(String subject, String... to) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", String.valueOf(smtp.port()));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("no-reply@lantoa.vn"));
        for (String address : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
        }
        message.setSubject(subject, "UTF-8");
        message.setText("Mở liên kết: http://localhost:8080/invitation?token=" + subject.hashCode(), "UTF-8");
        int before = smtp.received().size();
        Transport.send(message);
        smtp.awaitTotal(before + to.length, 5000);
    }

    /** The subjects of the saved files, in the order of their numbers. */
    private List<String> subjects() throws IOException {
        try (var files = Files.list(outbox)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().map(f -> {
                try (var in = Files.newInputStream(f)) {
                    return new MimeMessage(Session.getInstance(new Properties()), in).getSubject();
                } catch (IOException | MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
