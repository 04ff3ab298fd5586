package vn.lantoa.recognition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One step up the tree: {@code unitId} sent the example to {@code toUnitId} as the story {@code storyId}. */
@MappedEntity("good_example_hop")
record GoodExampleHop(@Id @GeneratedValue @Nullable Long id, Long unitId, Long toUnitId, Long goodExampleId, Long storyId, Instant createdAt,
                      @Nullable Long createdBy) {
}
