package vn.lantoa.unit;

import io.micronaut.core.annotation.Introspected;
import vn.lantoa.tenancy.UnitType;

@Introspected
public record TypeCount(UnitType type, long n) {
}
