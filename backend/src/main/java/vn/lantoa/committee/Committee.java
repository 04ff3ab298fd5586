package vn.lantoa.committee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A unit's Ban truyền thông: the decision that set it up and its official hotline. One per unit. */
@MappedEntity("committee")
public record Committee(
        @Id Long unitId,
        @Nullable String decisionNumber,
        @Nullable LocalDate decisionDate,
        @Nullable String hotlinePhone,
        @Nullable String hotlineEmail,
        @Nullable String note,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Nullable Long updatedBy,
        @Version @Nullable Long version) {

    Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decisionNumber", decisionNumber);
        m.put("decisionDate", decisionDate == null ? null : decisionDate.toString());
        m.put("hotlinePhone", hotlinePhone);
        m.put("hotlineEmail", hotlineEmail);
        m.put("note", note);
        return m;
    }
}
