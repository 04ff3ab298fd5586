package vn.lantoa.people;

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

/** A person who signs in with an email address. Units reach people only through memberships. */
@MappedEntity("app_user")
public record User(
        @Id @GeneratedValue @Nullable Long id,
        String email,
        String fullName,
        @Nullable String phone,
        @Nullable String jobTitle,
        @Nullable String passwordHash,
        UserStatus status,
        boolean platformAdmin,
        int failedLoginCount,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastLoginAt,
        Instant sessionsValidAfter,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Long version) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("email", email);
        m.put("fullName", fullName);
        m.put("phone", phone);
        m.put("jobTitle", jobTitle);
        m.put("status", status);
        return m;
    }
}
