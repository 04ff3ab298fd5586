package vn.lantoa.newsroom;

import jakarta.inject.Singleton;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.webhook.WebhookEvent;
import vn.lantoa.webhook.WebhookEventType;
import vn.lantoa.webhook.WebhookOutbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells webhooks that an article became public (published now, on schedule, again after an archive, or a story from below
 * republished here), in the transaction that published it. A published article is public, so the units above may be told.
 */
@Singleton
class ArticleEvents {

    private final WebhookOutbox outbox;
    private final UnitRefRepository units;

    ArticleEvents(WebhookOutbox outbox, UnitRefRepository units) {
        this.outbox = outbox;
        this.units = units;
    }

    void published(Article article, Instant at) {
        UnitRef unit = units.findById(article.unitId()).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("articleId", article.id());
        data.put("kind", article.kind().name());
        data.put("title", article.title());
        data.put("slug", article.slug());
        data.put("summary", article.summary());
        data.put("categoryId", article.categoryId());
        data.put("publishedAt", WebhookEvent.time(article.publishedAt()));
        data.put("creditUnitId", article.creditUnitId());
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("article", "/api/v1/units/" + unit.id() + "/articles/" + article.id());
        links.put("public", Media.articleUrl(unit, article));
        data.put("links", links);
        outbox.record(WebhookEvent.of(WebhookEventType.ARTICLE_PUBLISHED, unit, "article:" + article.id(), data, at));
    }
}
