package vn.lantoa.desk.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.lantoa.desk.Topic;

import java.time.Instant;

/** One unit's own choice for one topic: hidden from the public, its label (null: the standard one), its service levels. */
@MappedEntity("desk_topic_setting")
public record TopicSetting(
        @Id @GeneratedValue Long id,
        long unitId,
        Topic topic,
        boolean hidden,
        @Nullable String label,
        int acknowledgeDays,
        int answerDays,
        Instant updatedAt,
        @Nullable Long updatedBy) {
}
