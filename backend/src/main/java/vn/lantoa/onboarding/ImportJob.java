package vn.lantoa.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** One uploaded onboarding file: checked rows waiting for confirmation, then the import's progress and outcome. */
@MappedEntity("import_job")
public record ImportJob(
        @Id @GeneratedValue @Nullable Long id,
        Long unitId,
        Long createdBy,
        String fileName,
        ImportStatus status,
        int rowsTotal,
        int rowsDone,
        int rowsInvalid,
        String payload,
        @Nullable String failure,
        Instant createdAt,
        @Nullable Instant finishedAt,
        @Version @Nullable Long version) {
}
