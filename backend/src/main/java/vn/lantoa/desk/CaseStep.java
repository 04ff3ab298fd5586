package vn.lantoa.desk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One line of a case's history: who did what and when. */
@MappedEntity("desk_case_step")
public record CaseStep(
        @Id @GeneratedValue Long id,
        long unitId,
        long caseId,
        StepKind kind,
        Instant at,
        @Nullable Long actorId,
        @Nullable String actorName,
        @Nullable String detail,
        boolean publicStep) {
}
