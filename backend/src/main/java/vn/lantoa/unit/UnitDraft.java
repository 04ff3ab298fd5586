package vn.lantoa.unit;

import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;

import java.time.LocalDate;

/** A unit's fields after validation: trimmed, typed, optional ones null. */
public record UnitDraft(
        String name,
        String shortName,
        UnitType type,
        SchoolLevel schoolLevel,
        String slug,
        String hostName,
        String address,
        String phone,
        String email,
        String website,
        String officialEmailDomains,
        LocalDate closedOn,
        Long version) {
}
