package vn.lantoa.newsroom.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.api.Versioned;

import java.time.Instant;
import java.util.List;

/**
 * One article as the API shows it: its content (body already sanitized), where it stands in the workflow, the steps the
 * caller may take now ({@code actions}), and its public address once published.
 */
@Serdeable
record ArticleView(long id, long unitId, String kind, String title, String slug, @Nullable String summary, String bodyHtml,
                   @Nullable Long categoryId, List<String> tags, @Nullable Long coverFileId, @Nullable String coverAlt,
                   @Nullable String coverUrl, List<Long> attachmentIds, boolean featured, String status, @Nullable String reviewNote,
                   @Nullable Instant publishAt, @Nullable Instant publishedAt, @Nullable String publicUrl, @Nullable Long creditUnitId,
                   List<String> actions, Instant createdAt, Instant updatedAt, long version) implements Versioned {
}
