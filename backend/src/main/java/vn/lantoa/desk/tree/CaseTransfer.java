package vn.lantoa.desk.tree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One move of a case along the tree, kept by both units: code is the case's code when it left. actor null: the escalation job. */
@MappedEntity("desk_case_transfer")
public record CaseTransfer(
        @Id @GeneratedValue Long id,
        long caseId,
        TransferKind kind,
        long fromUnitId,
        long toUnitId,
        String code,
        Instant at,
        @Nullable String reason,
        @Nullable Long actorId,
        @Nullable String actorName) {
}
