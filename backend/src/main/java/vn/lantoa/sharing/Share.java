package vn.lantoa.sharing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An article or document a unit shared down to units below it; audience says whom, in words a person chose. */
@MappedEntity("share")
public record Share(@Id @GeneratedValue @Nullable Long id, Long unitId, ItemType itemType, Long itemId, String audience, boolean requiresAck,
                    Instant createdAt, @Nullable Long createdBy) {

    public enum ItemType { ARTICLE, DOCUMENT }
}
