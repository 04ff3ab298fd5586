package vn.lantoa.newsroom.api;

import jakarta.inject.Singleton;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleParts;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.newsroom.Media;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.Locale;

/**
 * Reads articles for the API as the newsroom's rules allow: the unit's members see every state, the units above only what
 * is published (a draft is not there for them: 404).
 */
@Singleton
class ArticleViews {

    private final ArticleService service;
    private final vn.lantoa.newsroom.ArticleRepository articles;
    private final ArticleParts parts;
    private final StoredFileRepository files;
    private final Access access;

    ArticleViews(ArticleService service, vn.lantoa.newsroom.ArticleRepository articles, ArticleParts parts, StoredFileRepository files,
                 Access access) {
        this.service = service;
        this.articles = articles;
        this.parts = parts;
        this.files = files;
        this.access = access;
    }

    /** True when the actor reads the unit's unpublished work; false when only its published work (oversight from above). */
    boolean readsDrafts(Actor actor, UnitRef unit) {
        return access.can(actor, unit, Permission.READ_DRAFTS);
    }

    Article readable(Actor actor, UnitRef unit, long articleId) {
        Article article = articles.findByUnitIdAndId(unit.id(), articleId).orElseThrow(() -> new NotFoundException("article " + articleId));
        if (!article.status().isPublic() && !readsDrafts(actor, unit)) {
            throw new NotFoundException("article " + articleId);
        }
        return article;
    }

    ArticleView view(Actor actor, UnitRef unit, Article a) {
        String coverUrl = a.coverFileId() == null ? null
                : files.findByUnitIdAndId(unit.id(), a.coverFileId()).map(f -> Media.imageUrl(f, 1600)).orElse(null);
        var actions = readsDrafts(actor, unit)
                ? service.allowedActions(actor, unit, a).stream().map(x -> x.name().toLowerCase(Locale.ROOT)).sorted().toList()
                : java.util.List.<String>of();
        return new ArticleView(a.id(), a.unitId(), a.kind().name(), a.title(), a.slug(), a.summary(), a.bodyHtml(), a.categoryId(),
                parts.tagsOf(unit.id(), a.id()), a.coverFileId(), a.coverAlt(), coverUrl, parts.attachmentsOf(unit.id(), a.id()), a.featured(),
                a.status().name(), a.reviewNote(), a.publishAt(), a.publishedAt(), publicUrl(unit, a), a.creditUnitId(), actions, a.createdAt(),
                a.updatedAt(), a.version());
    }

    static ArticleSummary summary(UnitRef unit, Article a) {
        return new ArticleSummary(a.id(), a.unitId(), a.kind().name(), a.title(), a.slug(), a.summary(), a.categoryId(), a.coverFileId(),
                a.featured(), a.status().name(), a.publishAt(), a.publishedAt(), publicUrl(unit, a), a.createdAt(), a.updatedAt(), a.version());
    }

    private static String publicUrl(UnitRef unit, Article a) {
        return a.status().isPublic() ? Media.articleUrl(unit, a) : null;
    }
}
