package vn.lantoa.desk.qa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import vn.lantoa.desk.Topic;

import java.time.Instant;

/** A public question and answer of a unit's "Hỏi đáp" page, prepared from an answered case without the citizen's personal data. */
@MappedEntity("desk_qa")
public record Qa(
        @Id @GeneratedValue Long id,
        long unitId,
        @Nullable Long caseId,
        Topic topic,
        String question,
        String answer,
        String searchText,
        @Nullable String removed,
        boolean published,
        @Nullable Instant publishedAt,
        @Nullable Long createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) {

    Qa with(Topic topic, String question, String answer, String searchText, boolean published, @Nullable Instant publishedAt, Instant now) {
        return new Qa(id, unitId, caseId, topic, question, answer, searchText, removed, published, publishedAt, createdBy, createdAt, now, version);
    }

    /** What the stripping took out, one item a line, for the reviewer. */
    public java.util.List<String> removedItems() {
        return removed == null || removed.isBlank() ? java.util.List.of() : java.util.List.of(removed.split("\n"));
    }
}
