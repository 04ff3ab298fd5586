package vn.lantoa.tenancy;

import io.micronaut.core.annotation.Introspected;

/** A role of the signed-in person in one unit, with the unit's place in the tree. */
@Introspected
public record Grant(Long unitId, String unitPath, String unitName, Role role) {
}
