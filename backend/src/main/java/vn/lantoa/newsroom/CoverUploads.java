package vn.lantoa.newsroom;

import io.micronaut.http.multipart.CompletedFileUpload;
import jakarta.inject.Singleton;
import vn.lantoa.files.FileService;
import vn.lantoa.files.StoredFile;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An image uploaded for the newsroom (a cover, or a picture in the body): stored in the unit's media library with the
 * checks every upload gets; a file that is no image is not kept.
 */
@Singleton
public class CoverUploads {

    private final FileService files;

    CoverUploads(FileService files) {
        this.files = files;
    }

    /** The stored image, or null with the reason added to {@code errors} under "coverUpload" (the editor's field). */
    public StoredFile store(Actor actor, UnitRef unit, CompletedFileUpload upload, FieldErrors errors) {
        return store(actor, unit, upload, errors, "coverUpload");
    }

    /** The same, with the reason under the given field (the API's "file"). */
    public StoredFile store(Actor actor, UnitRef unit, CompletedFileUpload upload, FieldErrors errors, String field) {
        if (upload == null || upload.getFilename() == null || upload.getFilename().isBlank()) {
            errors.add(field, "file.required");
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            StoredFile saved = files.upload(actor, unit, upload.getFilename(), in);
            if (!saved.isImage()) {
                files.delete(actor, unit, saved.id());
                errors.add(field, "media.notImage");
                return null;
            }
            return saved;
        } catch (UserInputException e) {
            e.errors().all().forEach(err -> errors.add(field, err.key(), err.args().toArray()));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
