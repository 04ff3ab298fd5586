package vn.lantoa.files;

import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.storage.ObjectStorage;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Uploads and deletions. The order keeps the bucket and the table in step: the object is written first
 * and its row after, in a transaction; if the transaction fails the object is deleted at once. Only a
 * crash between the two can leave an object without a row, and {@link OrphanSweeper} removes those.
 */
@Singleton
public class FileService {

    private static final Logger LOG = LoggerFactory.getLogger(FileService.class);
    private static final int MAX_NAME = 255;

    private final StoredFileRepository files;
    private final ObjectStorage storage;
    private final ContentSniffer sniffer;
    private final FileSettings settings;
    private final Access access;
    private final AuditLog audit;
    private final SynchronousTransactionManager<Connection> transactions;
    private final ImageVariants variants;
    private final Clock clock;

    FileService(StoredFileRepository files, ObjectStorage storage, ContentSniffer sniffer, FileSettings settings, Access access,
                AuditLog audit, SynchronousTransactionManager<Connection> transactions, ImageVariants variants, Clock clock) {
        this.variants = variants;
        this.files = files;
        this.storage = storage;
        this.sniffer = sniffer;
        this.settings = settings;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Stores an upload read from {@code content}; the stream is read at most once, past the limit it is refused. */
    public StoredFile upload(Actor actor, UnitRef unit, String fileName, InputStream content) {
        return upload(actor, unit, fileName, content, Permission.WRITE_FILES);
    }

    /** As above, for a capability whose own permission allows the upload (a report's attachment needs FILL_REPORTS). */
    public StoredFile upload(Actor actor, UnitRef unit, String fileName, InputStream content, Permission needed) {
        access.require(actor, unit, needed);
        String name = cleanName(fileName);
        Path temp = null;
        try {
            temp = Files.createTempFile("lantoa-upload-", ".bin");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = copyWithLimit(new DigestInputStream(content, sha), temp);
            if (size == 0) {
                throw UserInputException.of("file", "file.empty");
            }
            String type;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(temp))) {
                type = sniffer.detect(in, name);
            }
            if (!ContentSniffer.isAllowed(type)) {
                throw UserInputException.of("file", "file.typeNotAllowed");
            }
            String key = "units/" + unit.id() + "/files/" + clock.instant().atZone(ZoneOffset.UTC).getYear() + "/"
                    + UUID.randomUUID() + ContentSniffer.ALLOWED.get(type);
            storage.put(key, temp, type);
            String widths;
            try {
                widths = type.startsWith("image/") ? variants.create(key, temp) : null;
            } catch (RuntimeException | IOException e) {
                deleteQuietly(key);
                throw e;
            }
            StoredFile row = new StoredFile(null, unit.id(), key, name, type, size, HexFormat.of().formatHex(sha.digest()),
                    clock.instant(), actor.userId(), widths);
            try {
                return transactions.executeWrite(status -> {
                    StoredFile saved = files.save(row);
                    audit.record(actor, unit.id(), "file.uploaded", "file", saved.id(), "Tải lên tệp " + name, null, saved.auditView());
                    return saved;
                });
            } catch (RuntimeException e) {
                deleteQuietly(key);
                ImageVariants.keysOf(row).forEach(this::deleteQuietly);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warn("Could not delete temporary upload {}", temp);
                }
            }
        }
    }

    public void delete(Actor actor, UnitRef unit, long fileId) {
        access.require(actor, unit, Permission.WRITE_FILES);
        StoredFile file = files.findByUnitIdAndId(unit.id(), fileId).orElseThrow(() -> new NotFoundException("file " + fileId));
        transactions.executeWrite(status -> {
            files.deleteByUnitIdAndId(unit.id(), fileId);
            audit.record(actor, unit.id(), "file.deleted", "file", fileId, "Xóa tệp " + file.originalName(), file.auditView(), null);
            return null;
        });
        deleteQuietly(file.objectKey());
        ImageVariants.keysOf(file).forEach(this::deleteQuietly);
    }

    /** The file's row if the actor may read the unit's files; 404 otherwise. */
    public StoredFile readable(Actor actor, UnitRef unit, long fileId) {
        access.require(actor, unit, Permission.READ_DRAFTS);
        return files.findByUnitIdAndId(unit.id(), fileId).orElseThrow(() -> new NotFoundException("file " + fileId));
    }

    /**
     * A unit's file read through something else the actor may read, such as a report's attachment by the report's
     * recipient: the caller has checked that access and that the file belongs to it.
     */
    public StoredFile attachedFile(UnitRef owner, long fileId) {
        return files.findByUnitIdAndId(owner.id(), fileId).orElseThrow(() -> new NotFoundException("file " + fileId));
    }

    long maxUploadBytes() {
        return settings.maxUploadBytes();
    }

    private long copyWithLimit(InputStream in, Path target) throws IOException {
        long limit = settings.maxUploadBytes();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw UserInputException.of("file", "file.tooLarge", settings.maxUploadMegabytes());
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static String cleanName(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String clean = VietnameseText.blankToNull(base);
        if (clean == null) {
            throw UserInputException.of("file", "file.required");
        }
        if (clean.length() > MAX_NAME) {
            int dot = clean.lastIndexOf('.');
            String ext = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
            clean = clean.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return clean;
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete object {}; the orphan sweeper will retry: {}", key, e.getMessage());
        }
    }
}
