package vn.lantoa.desk.register;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a unit's public-opinion register. */
@MappedEntity("public_opinion_issue")
public record Issue(
        @Id @GeneratedValue Long id,
        long unitId,
        String title,
        IssueSource source,
        @Nullable String link,
        LocalDate firstSeenOn,
        Severity severity,
        IssueStatus status,
        @Nullable String handling,
        @Nullable String result,
        String searchText,
        @Nullable Instant resolvedAt,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Long createdBy,
        @Nullable Long updatedBy,
        @Version Long version) {
}
