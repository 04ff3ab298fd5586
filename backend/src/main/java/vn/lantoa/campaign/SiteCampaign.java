package vn.lantoa.campaign;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/** A campaign as a target site shows it: banner (with its alternative text), key messages and the category to read more. */
public record SiteCampaign(long id, String name, @Nullable String bannerUrl, String bannerAlt, List<String> messages,
                           String categorySlug, LocalDate startsOn, LocalDate endsOn) {

    boolean runningOn(LocalDate today) {
        return !today.isBefore(startsOn) && !today.isAfter(endsOn);
    }

    /** The row read for a site, before the banner's address is worked out. */
    @Introspected
    record Row(long id, long unitId, String name, @Nullable Long bannerFileId, @Nullable String bannerAlt, @Nullable String keyMessages,
               LocalDate startsOn, LocalDate endsOn, String categorySlug) {
    }
}
