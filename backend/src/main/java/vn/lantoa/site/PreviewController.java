package vn.lantoa.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

/**
 * An article as it looks on the public site, whatever its state (the banner says which): only for the unit's own
 * members, never cached, never indexed.
 */
@Hidden
@Controller("/admin/u/{unitId}/articles")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class PreviewController {

    private final ArticleService articles;
    private final SiteRenderer renderer;
    private final SiteController site;
    private final Access access;
    private final Pages pages;

    PreviewController(ArticleService articles, SiteRenderer renderer, SiteController site, Access access, Pages pages) {
        this.articles = articles;
        this.renderer = renderer;
        this.site = site;
        this.access = access;
        this.pages = pages;
    }

    @Get("/{articleId}/preview")
    HttpResponse<?> preview(HttpRequest<?> request, Actor actor, long unitId, long articleId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        Article article = articles.load(actor, unit, articleId);
        SiteView view = renderer.view(request, unit.slug(),
                (article.kind() == vn.lantoa.newsroom.ArticleKind.PAGE ? "/trang/" : "/tin/") + article.slug()).orElseThrow(() -> new NotFoundException("site " + unit.slug()));
        return pages.render("site/article", site.articlePage(view, article, true))
                .header("X-Robots-Tag", "noindex")
                .header("Content-Security-Policy", SiteRoutes.CSP);
    }
}
