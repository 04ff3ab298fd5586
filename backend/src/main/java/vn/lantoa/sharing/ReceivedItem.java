package vn.lantoa.sharing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A share as its recipient sees it: what, from whom, when, and whether it asked for (and got) an acknowledgement. */
@Introspected
public record ReceivedItem(long shareId, String itemType, long itemId, String title, @Nullable String itemSlug, @Nullable String number,
                           long fromUnitId, String fromUnitName, String fromUnitSlug, Instant sharedAt, boolean requiresAck,
                           @Nullable Instant acknowledgedAt) {

    /** The original on the sender's site. */
    public String url() {
        return "ARTICLE".equals(itemType) ? "/" + fromUnitSlug + "/tin/" + itemSlug : "/" + fromUnitSlug + "/van-ban/" + itemId;
    }

    public String displayTitle() {
        return number == null ? title : number + ": " + title;
    }
}
