package vn.lantoa.campaign;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.files.FileService;
import vn.lantoa.files.StoredFile;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.io.ByteArrayInputStream;
import java.util.Set;

/**
 * A campaign's banner, stored in the launching unit's library (S3) with the checks every upload gets, plus its own: a
 * photo (JPEG, PNG or WebP, by its content, not its name) of at most {@link #MAX_BYTES}. Anything else is not kept.
 */
@Singleton
class BannerUploads {

    static final String FIELD = "bannerUpload";
    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");
    private static final Logger LOG = LoggerFactory.getLogger(BannerUploads.class);

    /** An uploaded banner as read from the form; {@code bytes} is null when it was over the limit. */
    record Incoming(String fileName, long size, byte[] bytes) {
    }

    private final FileService files;

    BannerUploads(FileService files) {
        this.files = files;
    }

    Long store(Actor actor, UnitRef unit, Incoming banner) {
        if (banner.bytes() == null || banner.size() > MAX_BYTES) {
            throw UserInputException.of(FIELD, "campaign.banner.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        StoredFile saved;
        try {
            saved = files.upload(actor, unit, banner.fileName(), new ByteArrayInputStream(banner.bytes()), Permission.APPROVE_CONTENT);
        } catch (UserInputException e) {
            throw UserInputException.of(FIELD, "file.empty".equals(e.errors().all().get(0).key()) ? "campaign.banner.empty" : "campaign.banner.notImage");
        }
        if (!TYPES.contains(saved.contentType())) {
            discard(actor, unit, saved.id());
            throw UserInputException.of(FIELD, "campaign.banner.notImage");
        }
        return saved.id();
    }

    /** Removes a banner stored for a launch that did not happen. */
    void discard(Actor actor, UnitRef unit, Long fileId) {
        if (fileId == null) {
            return;
        }
        try {
            files.delete(actor, unit, fileId);
        } catch (RuntimeException e) {
            LOG.warn("Could not remove banner {} of unit {}; the orphan sweeper will", fileId, unit.id(), e);
        }
    }
}
