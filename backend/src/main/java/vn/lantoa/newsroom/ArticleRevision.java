package vn.lantoa.newsroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("article_revision")
public record ArticleRevision(@Id @GeneratedValue @Nullable Long id, Long unitId, Long articleId, int number, String title,
                              @Nullable String summary, String bodyHtml, @Nullable String note, Instant createdAt, @Nullable Long createdBy) {
}
