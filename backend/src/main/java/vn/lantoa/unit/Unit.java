package vn.lantoa.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A unit of the education sector: ministry, Sở, Phòng, school... and a tenant of Lantoa. */
@MappedEntity("unit")
public record Unit(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long parentId,
        String path,
        int depth,
        UnitType type,
        @Nullable SchoolLevel schoolLevel,
        String name,
        @Nullable String shortName,
        String slug,
        @Nullable String hostName,
        @Nullable String address,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String website,
        @Nullable String officialEmailDomains,
        @Nullable LocalDate closedOn,
        String searchText,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Nullable Long createdBy,
        @Nullable Long updatedBy,
        @Version @Nullable Long version,
        // A closed unit's successor (the unit it merged into), and whether its own host name redirects to the successor's site.
        @Nullable Long successorUnitId,
        boolean hostRedirect) {

    /** The fields a person edits, for the audit log's before/after. */
    Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("shortName", shortName);
        m.put("type", type);
        m.put("schoolLevel", schoolLevel);
        m.put("slug", slug);
        m.put("hostName", hostName);
        m.put("address", address);
        m.put("phone", phone);
        m.put("email", email);
        m.put("website", website);
        m.put("officialEmailDomains", officialEmailDomains);
        m.put("closedOn", closedOn == null ? null : closedOn.toString());
        m.put("parentId", parentId);
        m.put("successorUnitId", successorUnitId);
        m.put("hostRedirect", hostRedirect);
        return m;
    }
}
