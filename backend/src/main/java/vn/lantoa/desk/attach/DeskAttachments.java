package vn.lantoa.desk.attach;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.files.ContentSniffer;
import vn.lantoa.platform.storage.ObjectStorage;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Files a citizen attaches on the public form: at most {@link #MAX_FILES}, each an image (JPEG, PNG, WebP) or a PDF of
 * at most lantoa.desk.attachment-max-megabytes. What a file is comes from its bytes (the files package's sniffer), and
 * the name it was sent with must carry an extension of that type: a program renamed .jpg is refused.
 * <p>
 * The order keeps bucket and table in step: everything is checked first, then the objects are written (under
 * desk/{unitId}/, outside the unit's media library and the files orphan sweeper), then the case and its rows in one
 * transaction; when that transaction fails, or the case turns out to be one already received, the objects are deleted.
 */
@Singleton
public class DeskAttachments {

    public static final String FIELD = "attachments";
    public static final int MAX_FILES = 3;
    static final int NAME_MAX = 255;
    /** Each allowed type with the extensions a name may end in; the first is the one the object key gets. */
    static final Map<String, List<String>> ALLOWED = Map.of(
            "image/jpeg", List.of(".jpg", ".jpeg", ".jfif"),
            "image/png", List.of(".png"),
            "image/webp", List.of(".webp"),
            "application/pdf", List.of(".pdf"));
    static final Set<String> ACCEPT = Set.of(".jpg", ".jpeg", ".png", ".webp", ".pdf");

    private static final Logger LOG = LoggerFactory.getLogger(DeskAttachments.class);

    private final ContentSniffer sniffer;
    private final ObjectStorage storage;
    private final DeskAttachmentRepository rows;
    private final Clock clock;
    private final long maxMegabytes;

    DeskAttachments(ContentSniffer sniffer, ObjectStorage storage, DeskAttachmentRepository rows, Clock clock,
                    @Value("${lantoa.desk.attachment-max-megabytes:5}") long maxMegabytes) {
        this.sniffer = sniffer;
        this.storage = storage;
        this.rows = rows;
        this.clock = clock;
        this.maxMegabytes = maxMegabytes;
    }

    /** One file part as it arrived: bytes is null when the part was larger than the limit and was not kept. */
    public record Incoming(String fileName, long size, byte[] bytes) {
    }

    /** A file that passed the checks, with its cleaned name, its sniffed type and its hash. */
    public record Checked(String fileName, String contentType, byte[] bytes, String sha256) {
    }

    /** A checked file written to the bucket, not yet recorded. */
    public record Stored(Checked file, String objectKey) {
    }

    public long maxBytes() {
        return maxMegabytes * 1024 * 1024;
    }

    public long maxMegabytes() {
        return maxMegabytes;
    }

    /** The files that may be stored, or null with the reason next to the field. Nothing is written here. */
    public List<Checked> check(List<Incoming> files, FieldErrors errors) {
        if (files.size() > MAX_FILES) {
            errors.add(FIELD, "desk.attach.tooMany", MAX_FILES, files.size());
            return null;
        }
        List<Checked> checked = new ArrayList<>();
        for (Incoming file : files) {
            String name = cleanName(file.fileName());
            if (file.bytes() == null || file.size() > maxBytes()) {
                errors.add(FIELD, "desk.attach.tooLarge", name, maxMegabytes);
            } else if (file.bytes().length == 0) {
                errors.add(FIELD, "desk.attach.empty", name);
            } else {
                String type = sniff(file.bytes(), name);
                List<String> extensions = ALLOWED.get(type);
                if (extensions == null || extensions.stream().noneMatch(e -> name.toLowerCase(Locale.ROOT).endsWith(e))) {
                    errors.add(FIELD, "desk.attach.type", name);
                } else {
                    checked.add(new Checked(name, type, file.bytes(), sha256(file.bytes())));
                }
            }
        }
        return errors.has(FIELD) ? null : checked;
    }

    /** Writes the checked files under desk/{unitId}/; when one write fails, the ones written are deleted again. */
    public List<Stored> store(long unitId, List<Checked> files) {
        List<Stored> stored = new ArrayList<>();
        try {
            for (Checked file : files) {
                String key = "desk/" + unitId + "/" + UUID.randomUUID() + ALLOWED.get(file.contentType()).get(0);
                storage.put(key, file.bytes(), file.contentType());
                stored.add(new Stored(file, key));
            }
        } catch (RuntimeException e) {
            discard(stored);
            throw e;
        }
        return stored;
    }

    /** The rows of the stored files; called inside the transaction that writes the case. */
    public void record(long unitId, long caseId, List<Stored> stored) {
        for (Stored s : stored) {
            rows.save(new DeskAttachment(null, caseId, unitId, s.objectKey(), s.file().fileName(), s.file().contentType(), s.file().bytes().length,
                    s.file().sha256(), clock.instant()));
        }
    }

    /** Deletes objects no row will point to. */
    public void discard(List<Stored> stored) {
        for (Stored s : stored) {
            try {
                storage.delete(s.objectKey());
            } catch (RuntimeException e) {
                LOG.warn("Could not delete the desk attachment object {}: {}", s.objectKey(), e.getMessage());
            }
        }
    }

    public List<DeskAttachment> ofCase(long unitId, long caseId) {
        return rows.ofCase(unitId, caseId);
    }

    public java.util.Optional<DeskAttachment> find(long unitId, long caseId, long attachmentId) {
        return rows.find(unitId, caseId, attachmentId);
    }

    private String sniff(byte[] bytes, String name) {
        try {
            return sniffer.detect(new ByteArrayInputStream(bytes), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cleanName(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        String clean = VietnameseText.blankToNull(base);
        if (clean == null) {
            return "tep";
        }
        if (clean.length() > NAME_MAX) {
            int dot = clean.lastIndexOf('.');
            String ext = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
            clean = clean.substring(0, NAME_MAX - ext.length()) + ext;
        }
        return clean;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
