package vn.lantoa.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** One official channel of a unit: its fanpage, Zalo OA, YouTube or TikTok channel, or another website. */
@MappedEntity("unit_channel")
public record Channel(@Id @GeneratedValue Long id, long unitId, ChannelKind kind, String name, String address, @Nullable Long personUserId,
                      @Nullable String personName, @Nullable String phone, int sortOrder, boolean active, Instant createdAt, Instant updatedAt,
                      @Nullable Long updatedBy, @Version Long version) {
}
