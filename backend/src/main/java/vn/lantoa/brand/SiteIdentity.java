package vn.lantoa.brand;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A unit's logo, banner, main colour, favicon and slideshow choice. A unit without a row has the default look. */
@MappedEntity("site_identity")
record SiteIdentity(@Id Long unitId, @Nullable Long logoFileId, @Nullable Long bannerFileId, @Nullable String mainColour,
                    @Nullable String faviconKey, @Nullable String faviconType, boolean slideshow,
                    @DateCreated @Nullable Instant createdAt, @DateUpdated @Nullable Instant updatedAt, @Nullable Long updatedBy,
                    @Version @Nullable Long version) {

    static SiteIdentity defaults(long unitId) {
        return new SiteIdentity(unitId, null, null, null, null, null, false, null, null, null, null);
    }

    boolean stored() {
        return version != null;
    }

    /** The favicon's name in its public address: the last part of its object key, random, so a new one is a new address. */
    String faviconName() {
        return faviconKey == null ? null : faviconKey.substring(faviconKey.lastIndexOf('/') + 1);
    }

    Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("logoFileId", logoFileId);
        m.put("bannerFileId", bannerFileId);
        m.put("mainColour", mainColour);
        m.put("favicon", faviconKey);
        m.put("slideshow", slideshow);
        return m;
    }
}
