package vn.lantoa.committee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A member of the Ban truyền thông, with or without a Lantoa account; at most one is the spokesperson. */
@MappedEntity("committee_member")
public record CommitteeMember(
        @Id @GeneratedValue @Nullable Long id,
        Long unitId,
        String fullName,
        @Nullable String jobTitle,
        CommitteeRole committeeRole,
        @Nullable String duties,
        @Nullable String phone,
        @Nullable String email,
        @Nullable Long userId,
        boolean spokesperson,
        int sortOrder,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Nullable Long updatedBy,
        @Version @Nullable Long version) {

    Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", fullName);
        m.put("jobTitle", jobTitle);
        m.put("committeeRole", committeeRole);
        m.put("duties", duties);
        m.put("phone", phone);
        m.put("email", email);
        m.put("userId", userId);
        m.put("spokesperson", spokesperson);
        m.put("sortOrder", sortOrder);
        return m;
    }
}
