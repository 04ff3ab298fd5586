package vn.lantoa.newsroom.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** An article in a list: without its body, tags and attachments (GET the article for those). */
@Serdeable
record ArticleSummary(long id, long unitId, String kind, String title, String slug, @Nullable String summary, @Nullable Long categoryId,
                      @Nullable Long coverFileId, boolean featured, String status, @Nullable Instant publishAt, @Nullable Instant publishedAt,
                      @Nullable String publicUrl, Instant createdAt, Instant updatedAt, long version) {
}
