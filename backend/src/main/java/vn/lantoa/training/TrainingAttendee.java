package vn.lantoa.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A person an invited unit ({@code unitId}) sends to a training; {@code present} is null until attendance is recorded. */
@MappedEntity("training_attendee")
public record TrainingAttendee(@Id @GeneratedValue @Nullable Long id, Long unitId, Long trainingId, String fullName, @Nullable String position,
                               @Nullable Boolean present, Instant createdAt, @Nullable Long createdBy) {
}
