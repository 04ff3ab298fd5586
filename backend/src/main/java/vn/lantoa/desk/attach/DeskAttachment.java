package vn.lantoa.desk.attach;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A file a citizen attached to a case: its object in the bucket (under desk/), its name as sent, its type as sniffed. */
@MappedEntity("desk_case_attachment")
public record DeskAttachment(
        @Id @GeneratedValue Long id,
        long caseId,
        long unitId,
        String objectKey,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        Instant createdAt) {
}
