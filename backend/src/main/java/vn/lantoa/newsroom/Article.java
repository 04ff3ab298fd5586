package vn.lantoa.newsroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A news item, press release or page of a unit's site. bodyHtml has been through SafeHtml. */
@MappedEntity("article")
public record Article(
        @Id @GeneratedValue @Nullable Long id,
        Long unitId,
        ArticleKind kind,
        String title,
        String slug,
        @Nullable String summary,
        String bodyHtml,
        String searchText,
        @Nullable Long categoryId,
        @Nullable Long coverFileId,
        @Nullable String coverAlt,
        boolean featured,
        ArticleStatus status,
        @Nullable String reviewNote,
        @Nullable Instant publishAt,
        @Nullable Instant publishedAt,
        @Nullable Long authorId,
        @Nullable Long approvedBy,
        @Nullable Long creditUnitId,
        @Nullable Long sourceArticleId,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Nullable Long updatedBy,
        @Version @Nullable Long version) {

    public Article withStatus(ArticleStatus newStatus, @Nullable Instant newPublishAt, @Nullable Instant newPublishedAt, @Nullable String note,
                              @Nullable Long approver, Long actorId) {
        return new Article(id, unitId, kind, title, slug, summary, bodyHtml, searchText, categoryId, coverFileId, coverAlt, featured, newStatus,
                note, newPublishAt, newPublishedAt, authorId, approver, creditUnitId, sourceArticleId, createdAt, updatedAt, actorId, version);
    }

    Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("title", title);
        m.put("slug", slug);
        m.put("summary", summary);
        m.put("categoryId", categoryId);
        m.put("featured", featured);
        m.put("status", status);
        m.put("publishAt", publishAt == null ? null : publishAt.toString());
        m.put("bodyLength", bodyHtml.length());
        return m;
    }
}
