package vn.lantoa.tenancy;

import io.micronaut.core.annotation.Introspected;

/** A person holding some role in a unit: enough to pick them from a list. */
@Introspected
public record UnitPerson(Long id, String fullName, String email) {
}
