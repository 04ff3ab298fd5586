package vn.lantoa.newsroom;

import java.time.Instant;
import java.util.List;

/** An article's fields after validation; the body is already sanitized. */
public record ArticleDraft(ArticleKind kind, String title, String slug, String summary, String bodyHtml, Long categoryId, Long coverFileId,
                           String coverAlt, boolean featured, List<String> tags, List<Long> attachmentIds, Instant publishAt, String note,
                           Long version) {
}
