package vn.lantoa.launcher;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import vn.lantoa.embedded.EmbeddedSmtp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * On the default run, mail goes to the embedded SMTP server; this prints each message's recipient,
 * subject and links to the console and keeps it as an .eml file, so invitations and password resets can
 * be followed without a mailbox.
 * <p>
 * Messages are told apart by their Message-ID, never by their place in the server's list: that list is grouped by
 * mailbox, so a new message to an earlier recipient lands in the middle of it and shifts the others, and a message
 * to three people is in it three times. Files are numbered after the highest number already in the folder and never
 * overwritten, so a restart (the folder is kept) adds to the outbox instead of writing over it.
 */
final class OutboxPrinter extends Thread {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)\\.eml");
    private final EmbeddedSmtp smtp;
    private final Path folder;
    private final Set<String> printed = new HashSet<>();
    // New mail as the server takes it. Only the first look reads the server's whole list (mail sent before this
    // printer started); after that, asking the server for everything twice a second walked thousands of mailboxes on
    // an exam-day rush, and read every message's Message-ID again.
    private final Queue<MimeMessage> arrived = new ConcurrentLinkedQueue<>();
    private boolean caughtUp;
    // The next file number, found once in the folder and then counted on: listing the folder for each new message
    // made printing n messages cost n² directory entries.
    private int next;

    OutboxPrinter(EmbeddedSmtp smtp, Path folder) {
        super("outbox-printer");
        setDaemon(true);
        this.smtp = smtp;
        this.folder = folder;
        smtp.onArrival(arrived::add);
    }

    @Override
    public void run() {
        while (!isInterrupted()) {
            printNew();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Saves and prints every message not seen before, oldest first; returns the files written. */
    List<Path> printNew() {
        List<MimeMessage> fresh = new ArrayList<>();
        if (!caughtUp) {
            for (MimeMessage message : smtp.received()) {
                if (printed.add(identity(message))) {
                    fresh.add(message);
                }
            }
            fresh.sort(Comparator.comparing(OutboxPrinter::receivedAt));
            caughtUp = true;
        }
        // In order of arrival; what the first look found is here again, and a message to several people once for each.
        for (MimeMessage message; (message = arrived.poll()) != null; ) {
            if (printed.add(identity(message))) {
                fresh.add(message);
            }
        }
        List<Path> files = new ArrayList<>();
        for (MimeMessage message : fresh) {
            Path file = print(message);
            if (file != null) {
                files.add(file);
            }
        }
        return files;
    }

    private Path print(MimeMessage message) {
        try {
            Files.createDirectories(folder);
            Path file = save(message);
            String body = text(message.getContent());
            StringBuilder links = new StringBuilder();
            Matcher m = LINK.matcher(body);
            while (m.find()) {
                links.append("\n      ").append(m.group());
            }
            System.out.printf("%n  [Hộp thư đi] Tới: %s%n      Tiêu đề: %s%s%n      (lưu tại %s)%n",
                    String.join(", ", java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
                    message.getSubject(), links, file);
            return file;
        } catch (Exception e) {
            System.out.println("  [Hộp thư đi] Không đọc được thư: " + e.getMessage());
            return null;
        }
    }

    /** Writes the message to the next free number; a number taken meanwhile is skipped, never written over. */
    private Path save(MimeMessage message) throws IOException, MessagingException {
        if (next == 0) {
            next = highestNumber() + 1;
        }
        while (true) {
            Path file = folder.resolve(String.format("%04d.eml", next++));
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                message.writeTo(out);
                return file;
            } catch (FileAlreadyExistsException e) {
                // Taken meanwhile (another run on the same folder): the next one.
            }
        }
    }

    private int highestNumber() throws IOException {
        int highest = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = NUMBERED.matcher(f.getFileName().toString());
                if (m.matches() && m.group(1).length() < 10) {
                    highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        }
        return highest;
    }

    /** The Message-ID, which every copy of one message shares; the content's hash for a message without one. */
    private static String identity(MimeMessage message) {
        try {
            String id = message.getMessageID();
            if (id != null && !id.isBlank()) {
                return id;
            }
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.toByteArray()));
        } catch (IOException | MessagingException | NoSuchAlgorithmException e) {
            return "unreadable-" + System.identityHashCode(message);
        }
    }

    private static Date receivedAt(MimeMessage message) {
        try {
            Date received = message.getReceivedDate();
            Date sent = message.getSentDate();
            return received != null ? received : sent != null ? sent : new Date(0);
        } catch (MessagingException e) {
            return new Date(0);
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
