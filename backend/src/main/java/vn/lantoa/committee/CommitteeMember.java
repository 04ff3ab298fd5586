package vn.lantoa.committee;

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
        @Id @GeneratedValue Long id,
        Long unitId,
        String fullName,
        String jobTitle,
        CommitteeRole committeeRole,
        String duties,
        String phone,
        String email,
        Long userId,
        boolean spokesperson,
        int sortOrder,
        @DateCreated Instant createdAt,
        @DateUpdated Instant updatedAt,
        Long updatedBy,
        @Version Long version) {

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
