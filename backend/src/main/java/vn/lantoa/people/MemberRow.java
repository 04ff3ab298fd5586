package vn.lantoa.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.tenancy.Role;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A person as listed in one unit: contact details and the roles they hold there. */
@Introspected
@Serdeable
public record MemberRow(Long id, String email, String fullName, @Nullable String phone, @Nullable String jobTitle, UserStatus status,
                        @Nullable Instant lockedUntil, @Nullable Instant lastLoginAt, @Nullable String roles) {

    public List<Role> roleList() {
        return roles == null ? List.of() : Arrays.stream(roles.split(",")).map(Role::parse).filter(r -> r != null).toList();
    }
}
