package vn.lantoa.files;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Singleton;
import vn.lantoa.platform.storage.ContentDisposition;
import vn.lantoa.platform.storage.ObjectStorage;
import vn.lantoa.platform.web.NotFoundException;

import java.net.URI;

/** Serving a stored file: streamed through Lantoa, or by a presigned S3 link valid for a few minutes. */
@Singleton
public class FileDownloads {

    private final ObjectStorage storage;

    FileDownloads(ObjectStorage storage) {
        this.storage = storage;
    }

    /** A unit's own file, for people allowed to read it: private caching, never framed. */
    public HttpResponse<?> stream(StoredFile file, boolean inline) {
        var object = storage.get(file.objectKey()).orElseThrow(() -> new NotFoundException("object " + file.objectKey()));
        // Only images and PDF are shown in the browser; Office files always download.
        boolean showInline = inline && (file.contentType().startsWith("image/") || file.contentType().equals("application/pdf"));
        return HttpResponse.ok(new StreamedFile(object, MediaType.of(file.contentType()), file.createdAt().toEpochMilli(), file.sizeBytes()))
                .header("Content-Disposition", showInline ? ContentDisposition.inline(file.originalName()) : ContentDisposition.attachment(file.originalName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
                .header("Cache-Control", "private, max-age=300");
    }

    /**
     * A file that a published page links: the same for everyone. PDF is shown in the site's own pages (so framing by
     * the same origin is allowed); images are immutable (their names are never reused) and cached for a year.
     */
    public HttpResponse<?> streamPublic(StoredFile file, String key, String contentType, boolean inline) {
        var object = storage.get(key).orElseThrow(() -> new NotFoundException("object " + key));
        boolean image = contentType.startsWith("image/");
        boolean showInline = inline && (image || contentType.equals("application/pdf"));
        var response = HttpResponse.ok(new StreamedFile(object, MediaType.of(contentType), file.createdAt().toEpochMilli(),
                        object.response().contentLength()))
                .header("Content-Disposition", showInline ? ContentDisposition.inline(file.originalName()) : ContentDisposition.attachment(file.originalName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Cache-Control", image ? "public, max-age=31536000, immutable" : "public, max-age=300");
        if (!contentType.equals("application/pdf")) {
            response.header("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
        }
        return response;
    }

    HttpResponse<?> redirectToPresigned(StoredFile file) {
        URI url = storage.presignedDownload(file.objectKey(), file.originalName(), file.contentType());
        return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(url));
    }
}
