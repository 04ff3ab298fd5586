package vn.lantoa.platform.mail;

import jakarta.inject.Singleton;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends messages over SMTP, in UTF-8 so Vietnamese subjects and names arrive intact. Public for the senders of many
 * mails with a log of their own (press releases), which batch on one connection as the outbox does.
 */
@Singleton
public class SmtpMailer {

    /**
     * jakarta.mail looks up its StreamProvider anew for each header and body part it encodes or decodes; unless this
     * property names it, each lookup is a ServiceLoader scan of every jar on the class path (JFR: jar-entry lookups were
     * most of the CPU of sending a mail, and the embedded SMTP server in the same JVM paid it again on receipt).
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final MailSettings settings;
    private final Session session;
    private final DistributionSummary batchSizes;

    SmtpMailer(MailSettings settings, MeterRegistry meters) {
        this.settings = settings;
        this.batchSizes = DistributionSummary.builder("lantoa.send.batch.size").tag("kind", "mail")
                .description("Sends written together: mails per SMTP session (kind=mail), first report sends per transaction (kind=report)")
                .register(meters);
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.getHost());
        props.put("mail.smtp.port", String.valueOf(settings.getPort()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.isStarttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.isStarttls()));
        boolean auth = !settings.getUsername().isEmpty();
        props.put("mail.smtp.auth", String.valueOf(auth));
        this.session = auth
                ? Session.getInstance(props, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.getUsername(), settings.getPassword());
                    }
                })
                : Session.getInstance(props);
    }

    /** Sends one message on a connection of its own. */
    void send(String to, String subject, String text, String html) throws MessagingException {
        try (Connection connection = open()) {
            connection.send(to, subject, text, html, null);
        }
    }

    /** A connection for several messages in a row: the dispatcher's batch costs one SMTP session (and TLS handshake), not one each. */
    public Connection open() {
        return new Connection();
    }

    /**
     * Connects at its first message; after a failed message it closes, and the next message connects again, so one
     * refused recipient or a dropped connection costs that message only.
     */
    public final class Connection implements AutoCloseable {

        private Transport transport;
        private int sent;

        public void send(String to, String subject, String text, String html) throws MessagingException {
            send(to, subject, text, html, null);
        }

        void send(String to, String subject, String text, String html, OutgoingMail.Attachment attachment) throws MessagingException {
            MimeMessage message = message(to, subject, text, html, attachment);
            // What Transport.send does before sending: the Message-ID and the MIME headers.
            message.saveChanges();
            try {
                if (transport == null) {
                    transport = session.getTransport("smtp");
                    transport.connect();
                }
                transport.sendMessage(message, message.getAllRecipients());
                sent++;
            } catch (MessagingException | RuntimeException e) {
                disconnect();
                throw e;
            }
        }

        /** Ends the batch: the mails it delivered count as one batch in lantoa_send_batch_size{kind="mail"}. */
        @Override
        public void close() {
            if (sent > 0) {
                batchSizes.record(sent);
                sent = 0;
            }
            disconnect();
        }

        private void disconnect() {
            Transport open = transport;
            transport = null;
            if (open != null) {
                try {
                    open.close();
                } catch (MessagingException e) {
                    // The server went away first: nothing is left to close.
                }
            }
        }
    }

    private MimeMessage message(String to, String subject, String text, String html, OutgoingMail.Attachment attachment) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(settings.getFrom(), true));
        } catch (jakarta.mail.internet.AddressException e) {
            throw new MessagingException("Invalid lantoa.mail.from: " + settings.getFrom(), e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        // The Date header says when the mail left this server, a technical stamp, not a rule's "now".
        message.setSentDate(new Date());
        MimeMultipart alternative = null;
        if (html == null) {
            message.setText(text, StandardCharsets.UTF_8.name());
        } else {
            alternative = new MimeMultipart("alternative");
            MimeBodyPart textPart = new MimeBodyPart();
            textPart.setText(text, StandardCharsets.UTF_8.name());
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setContent(html, "text/html; charset=UTF-8");
            alternative.addBodyPart(textPart);
            alternative.addBodyPart(htmlPart);
            message.setContent(alternative);
        }
        if (attachment != null) {
            // The body as it was built above becomes the first part of a mixed message, the file the second.
            MimeBodyPart body = new MimeBodyPart();
            if (html == null) {
                body.setText(text, StandardCharsets.UTF_8.name());
            } else {
                body.setContent(alternative);
            }
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(attachment.bytes(), attachment.contentType())));
            file.setFileName(attachment.fileName());
            file.setDisposition(jakarta.mail.Part.ATTACHMENT);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(file);
            message.setContent(mixed);
        }
        return message;
    }
}
