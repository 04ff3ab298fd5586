package vn.lantoa.files;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A file a unit uploaded; the bytes live in S3 under the unit's prefix, this row says what they are. */
@MappedEntity("stored_file")
public record StoredFile(
        @Id @GeneratedValue @Nullable Long id,
        Long unitId,
        String objectKey,
        String originalName,
        String contentType,
        long sizeBytes,
        String sha256,
        Instant createdAt,
        @Nullable Long createdBy,
        @Nullable String imageWidths) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", originalName);
        m.put("contentType", contentType);
        m.put("sizeBytes", sizeBytes);
        m.put("sha256", sha256);
        m.put("objectKey", objectKey);
        return m;
    }
}
