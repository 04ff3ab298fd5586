package vn.lantoa.brand;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.files.FileService;
import vn.lantoa.files.StoredFile;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.storage.ObjectStorage;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Saves a unit's identity. Everything is checked before anything is stored: a refused colour or file leaves the
 * identity, the media library and the storage as they were. The logo and banner join the unit's media library (resized
 * as covers are); the favicon is kept apart, under brand/, where the media library's sweeper does not look.
 */
@Singleton
public class IdentityService {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityService.class);

    private final SiteIdentityRepository identities;
    private final BrandUploads uploads;
    private final FileService files;
    private final ObjectStorage storage;
    private final Access access;
    private final AuditLog audit;
    private final PublicChanges publicChanges;
    private final SynchronousTransactionManager<Connection> transactions;

    IdentityService(SiteIdentityRepository identities, BrandUploads uploads, FileService files, ObjectStorage storage, Access access,
                    AuditLog audit, PublicChanges publicChanges, SynchronousTransactionManager<Connection> transactions) {
        this.identities = identities;
        this.uploads = uploads;
        this.files = files;
        this.storage = storage;
        this.access = access;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.transactions = transactions;
    }

    SiteIdentity current(long unitId) {
        return identities.findByUnitId(unitId).orElse(SiteIdentity.defaults(unitId));
    }

    /** A file as sent: its name and its bytes (read up to just past the largest size allowed, so a huge one is not kept in memory). */
    public record Upload(String fileName, byte[] bytes) {

        /** The part of a form, or null when its file input was left empty (browsers send an empty part then). */
        static Upload of(CompletedFileUpload part) {
            if (part == null || part.getFilename() == null || part.getFilename().isBlank() || part.getSize() == 0) {
                return null;
            }
            try (var in = part.getInputStream()) {
                return new Upload(part.getFilename(), in.readNBytes(BrandUploads.Kind.BANNER.maxBytes + 1));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The files sent with the form; any may be null (not sent). */
    public record Files(Upload logo, Upload banner, Upload favicon) {
    }

    /** Saves the identity; on a refusal returns the reasons by field and stores nothing. */
    public FieldErrors save(Actor actor, UnitRef unit, IdentityForm form, Files sent) {
        access.require(actor, unit, Permission.MANAGE_SITE);
        FieldErrors errors = new FieldErrors();
        String colour = colour(form.mainColour(), errors);
        BrandUploads.Checked logo = check(BrandUploads.Kind.LOGO, sent.logo(), errors);
        BrandUploads.Checked banner = check(BrandUploads.Kind.BANNER, sent.banner(), errors);
        BrandUploads.Checked favicon = check(BrandUploads.Kind.FAVICON, sent.favicon(), errors);
        if (errors.hasAny()) {
            return errors;
        }
        SiteIdentity before = current(unit.id());
        if (!Objects.equals(before.version(), form.versionNumber())) {
            return errors.add("form", "error.staleVersion");
        }
        Stored stored = new Stored();
        try {
            Long logoId = logo != null ? stored.image(actor, unit, logo) : IdentityForm.checked(form.removeLogo()) ? null : before.logoFileId();
            Long bannerId = banner != null ? stored.image(actor, unit, banner) : IdentityForm.checked(form.removeBanner()) ? null : before.bannerFileId();
            String faviconKey = before.faviconKey();
            String faviconType = before.faviconType();
            if (favicon != null) {
                faviconKey = stored.favicon(unit, favicon);
                faviconType = favicon.contentType().endsWith("icon") ? "image/x-icon" : favicon.contentType();
            } else if (IdentityForm.checked(form.removeFavicon())) {
                faviconKey = null;
                faviconType = null;
            }
            SiteIdentity after = new SiteIdentity(unit.id(), logoId, bannerId, colour, faviconKey, faviconType, form.isSlideshow(),
                    before.createdAt(), before.updatedAt(), actor.userId(), before.version());
            transactions.executeWrite(status -> {
                SiteIdentity saved = before.stored() ? identities.update(after) : identities.save(after);
                audit.record(actor, unit.id(), "site.identity", "siteIdentity", unit.id(), "Sửa nhận diện trang thông tin",
                        before.auditView(), saved.auditView());
                publicChanges.changed(unit.id());
                return saved;
            });
            if (before.faviconKey() != null && !before.faviconKey().equals(faviconKey)) {
                deleteQuietly(before.faviconKey());
            }
            return errors;
        } catch (UserInputException e) {
            stored.undo(actor, unit);
            // The media library refused an image (unreadable, too many pixels): the reason goes next to the file it came from.
            String field = stored.current == null ? "form" : stored.current.field;
            e.errors().all().forEach(err -> errors.add(field, err.key(), err.args().toArray()));
            return errors;
        } catch (DataAccessException e) {
            // Another admin saved (or created the identity) between our read and write.
            stored.undo(actor, unit);
            return errors.add("form", "error.staleVersion");
        }
    }

    private static String colour(String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String colour = ColourContrast.normalize(value);
        if (colour == null) {
            errors.add("mainColour", "identity.colour.invalid");
        } else if (!ColourContrast.passes(colour)) {
            errors.add("mainColour", "identity.colour.contrast", colour, ColourContrast.shown(ColourContrast.onWhite(colour)),
                    ColourContrast.suggestion(colour));
        }
        return colour;
    }

    private BrandUploads.Checked check(BrandUploads.Kind kind, Upload upload, FieldErrors errors) {
        return upload == null ? null : uploads.check(kind, upload.fileName(), upload.bytes(), errors);
    }

    /** What this save has stored so far, to take back if a later step fails. */
    private final class Stored {
        private final List<Long> images = new ArrayList<>();
        private String faviconKey;
        private BrandUploads.Kind current;

        Long image(Actor actor, UnitRef unit, BrandUploads.Checked image) {
            current = image.kind();
            StoredFile file = files.upload(actor, unit, image.fileName(), new ByteArrayInputStream(image.bytes()), Permission.MANAGE_SITE);
            images.add(file.id());
            return file.id();
        }

        String favicon(UnitRef unit, BrandUploads.Checked icon) {
            current = icon.kind();
            String key = FaviconPaths.key(unit.id(), "favicon-" + UUID.randomUUID() + (icon.contentType().equals("image/png") ? ".png" : ".ico"));
            storage.put(key, icon.bytes(), icon.contentType());
            faviconKey = key;
            return key;
        }

        void undo(Actor actor, UnitRef unit) {
            for (Long id : images) {
                try {
                    files.delete(actor, unit, id);
                } catch (RuntimeException e) {
                    LOG.warn("Could not take back image {} of unit {}: {}", id, unit.id(), e.getMessage());
                }
            }
            if (faviconKey != null) {
                deleteQuietly(faviconKey);
            }
        }
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete favicon {}: {}", key, e.getMessage());
        }
    }
}
