package vn.lantoa.desk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The queue's bulk assignment: the ticked cases (one caseId field each) and the person to give them to. */
@Serdeable
public record BulkAssignForm(@Nullable List<String> caseId, @Nullable String assigneeId) {

    /** More than a queue page shows at once is not a person's choice. */
    static final int MAX = 500;

    List<String> caseIds() {
        return caseId == null ? List.of() : caseId;
    }
}
