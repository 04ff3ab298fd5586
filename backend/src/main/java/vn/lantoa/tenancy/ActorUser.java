package vn.lantoa.tenancy;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The columns of a user that decide whether their session still counts. */
@MappedEntity("app_user")
record ActorUser(@Id Long id, String email, String fullName, String status, boolean platformAdmin, Instant sessionsValidAfter) {
}
