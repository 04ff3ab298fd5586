package vn.lantoa.recognition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A good example a unit wrote: who is honoured, for what deed; its story is the unit's article {@code articleId}. */
@MappedEntity("good_example")
public record GoodExample(@Id @GeneratedValue @Nullable Long id, Long unitId, Long articleId, String honoree, boolean collective, String honoreeUnit,
                          String deed, LocalDate deedOn, ExampleField field, Instant createdAt, @Nullable Long createdBy) {
}
