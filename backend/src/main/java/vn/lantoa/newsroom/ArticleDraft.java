package vn.lantoa.newsroom;

import java.time.Instant;
import java.util.List;

/**
 * An article's fields after validation; the body is already sanitized. topicIds: the shared topics (topic.TopicLinks) it
 * is to carry, or null to leave them as they are (the JSON API and the workflow's own drafts do not send them).
 */
public record ArticleDraft(ArticleKind kind, String title, String slug, String summary, String bodyHtml, Long categoryId, Long coverFileId,
                           String coverAlt, boolean featured, List<String> tags, List<Long> attachmentIds, Instant publishAt, String note,
                           Long version, List<Long> topicIds) {

    public ArticleDraft(ArticleKind kind, String title, String slug, String summary, String bodyHtml, Long categoryId, Long coverFileId,
                        String coverAlt, boolean featured, List<String> tags, List<Long> attachmentIds, Instant publishAt, String note,
                        Long version) {
        this(kind, title, slug, summary, bodyHtml, categoryId, coverFileId, coverAlt, featured, tags, attachmentIds, publishAt, note, version, null);
    }
}
