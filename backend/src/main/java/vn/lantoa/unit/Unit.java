package vn.lantoa.unit;

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
        @Id @GeneratedValue Long id,
        Long parentId,
        String path,
        int depth,
        UnitType type,
        SchoolLevel schoolLevel,
        String name,
        String shortName,
        String slug,
        String hostName,
        String address,
        String phone,
        String email,
        String website,
        String officialEmailDomains,
        LocalDate closedOn,
        String searchText,
        @DateCreated Instant createdAt,
        @DateUpdated Instant updatedAt,
        Long createdBy,
        Long updatedBy,
        @Version Long version) {

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
        return m;
    }
}
