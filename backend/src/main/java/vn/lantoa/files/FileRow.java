package vn.lantoa.files;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** A file as listed: what it is and who put it there. */
@Introspected
public record FileRow(Long id, String originalName, String contentType, long sizeBytes, Instant createdAt, @Nullable String uploaderName) {

    /** "1,2 MB", "350 KB": sizes as people read them. */
    public String humanSize() {
        if (sizeBytes >= 1024 * 1024) {
            return String.format(java.util.Locale.forLanguageTag("vi"), "%.1f MB", sizeBytes / (1024.0 * 1024));
        }
        return Math.max(1, sizeBytes / 1024) + " KB";
    }

    public String kind() {
        if (contentType.startsWith("image/")) {
            return "image";
        }
        return contentType.equals("application/pdf") ? "pdf" : "document";
    }
}
