package vn.lantoa.site;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.CategoryRepository;
import vn.lantoa.newsroom.OfficialDocument;
import vn.lantoa.newsroom.OfficialDocumentRepository;
import vn.lantoa.platform.web.PublicPage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** RSS and Atom feeds per site and per category, sitemap.xml and robots.txt: only published content, ever. */
@Hidden
@PublicPage
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.ALL)
class FeedController {

    private static final int FEED_SIZE = 30;
    private static final int SITEMAP_LIMIT = 5000;

    private final SiteRenderer renderer;
    private final ArticleRepository articles;
    private final CategoryRepository categories;
    private final OfficialDocumentRepository documents;
    private final String baseUrl;

    FeedController(SiteRenderer renderer, ArticleRepository articles, CategoryRepository categories, OfficialDocumentRepository documents,
                   @Value("${lantoa.base-url}") String baseUrl) {
        this.renderer = renderer;
        this.articles = articles;
        this.categories = categories;
        this.documents = documents;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Get(SiteRoutes.SITE + "/rss.xml")
    HttpResponse<?> rss(HttpRequest<?> request, String site) {
        return renderer.page(request, site, "/rss.xml", s -> feed(request, s, null, "rss_2.0", "application/rss+xml;charset=utf-8"));
    }

    @Get(SiteRoutes.SITE + "/atom.xml")
    HttpResponse<?> atom(HttpRequest<?> request, String site) {
        return renderer.page(request, site, "/atom.xml", s -> feed(request, s, null, "atom_1.0", "application/atom+xml;charset=utf-8"));
    }

    @Get(SiteRoutes.SITE + "/chuyen-muc/{category}/rss.xml")
    HttpResponse<?> categoryRss(HttpRequest<?> request, String site, String category) {
        return renderer.page(request, site, "/chuyen-muc/" + category + "/rss.xml", s -> Optional.of(category).filter(SiteRoutes::isSlugShaped)
                .flatMap(slug -> categories.findByUnitIdAndSlug(s.frame().unit().id(), slug))
                .<HttpResponse<?>>map(c -> feed(request, s, c, "rss_2.0", "application/rss+xml;charset=utf-8")).orElseGet(() -> renderer.notFound(request, s)));
    }

    @Get(SiteRoutes.SITE + "/chuyen-muc/{category}/atom.xml")
    HttpResponse<?> categoryAtom(HttpRequest<?> request, String site, String category) {
        return renderer.page(request, site, "/chuyen-muc/" + category + "/atom.xml", s -> Optional.of(category).filter(SiteRoutes::isSlugShaped)
                .flatMap(slug -> categories.findByUnitIdAndSlug(s.frame().unit().id(), slug))
                .<HttpResponse<?>>map(c -> feed(request, s, c, "atom_1.0", "application/atom+xml;charset=utf-8")).orElseGet(() -> renderer.notFound(request, s)));
    }

    private HttpResponse<?> feed(HttpRequest<?> request, SiteView s, Category category, String type, String contentType) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(category == null ? s.frame().displayName() : category.name() + " - " + s.frame().displayName());
        feed.setLink(s.absolute(category == null ? "/" : "/chuyen-muc/" + category.slug()));
        feed.setUri(s.canonical());
        feed.setDescription(s.frame().settings().tagline() == null ? s.frame().displayName() : s.frame().settings().tagline());
        feed.setLanguage("vi");
        List<SyndEntry> entries = new ArrayList<>();
        Date newest = null;
        for (Article a : articles.findPublished(s.frame().unit().id(), category == null ? null : category.id(), FEED_SIZE, 0)) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(a.title());
            entry.setLink(s.origin() + s.articleUrl(a));
            entry.setUri(s.origin() + s.articleUrl(a));
            entry.setPublishedDate(Date.from(a.publishedAt()));
            entry.setUpdatedDate(Date.from(a.updatedAt() == null ? a.publishedAt() : a.updatedAt()));
            if (a.summary() != null) {
                SyndContent summary = new SyndContentImpl();
                summary.setType("text/plain");
                summary.setValue(a.summary());
                entry.setDescription(summary);
            }
            entry.setAuthor(s.frame().displayName());
            entries.add(entry);
            newest = newest == null || entry.getPublishedDate().after(newest) ? entry.getPublishedDate() : newest;
        }
        feed.setEntries(entries);
        feed.setPublishedDate(newest == null ? new Date(0) : newest);
        try {
            String xml = new SyndFeedOutput().outputString(feed, true);
            return renderer.bytes(request, s.frame().dependsOn(), s.generation(), xml.getBytes(StandardCharsets.UTF_8), contentType);
        } catch (FeedException e) {
            throw new IllegalStateException("feed of " + s.frame().unit().slug(), e);
        }
    }

    @Get(SiteRoutes.SITE + "/sitemap.xml")
    HttpResponse<?> sitemap(HttpRequest<?> request, String site) {
        return renderer.page(request, site, "/sitemap.xml", s -> {
            long unitId = s.frame().unit().id();
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            url(xml, s.absolute("/"), null);
            url(xml, s.absolute("/tin"), null);
            url(xml, s.absolute("/van-ban"), null);
            url(xml, s.absolute("/lien-he"), null);
            url(xml, s.absolute("/en"), null);
            if (s.frame().hasDisclosure()) {
                url(xml, s.absolute("/cong-khai"), null);
            }
            if (s.frame().hasUnitsBelow()) {
                url(xml, s.absolute("/don-vi"), null);
            }
            s.frame().categories().forEach(c -> url(xml, s.absolute("/chuyen-muc/" + c.slug()), null));
            s.frame().pages().forEach(p -> url(xml, s.absolute("/trang/" + p.slug()), null));
            for (Article a : articles.findPublished(unitId, null, SITEMAP_LIMIT, 0)) {
                url(xml, s.origin() + s.articleUrl(a), (a.updatedAt() == null ? a.publishedAt() : a.updatedAt()).toString());
            }
            for (OfficialDocument d : documents.latestPublished(unitId, SITEMAP_LIMIT)) {
                url(xml, s.absolute("/van-ban/" + d.id()), null);
            }
            xml.append("</urlset>\n");
            return renderer.bytes(request, s.frame().dependsOn(), s.generation(), xml.toString().getBytes(StandardCharsets.UTF_8),
                    "application/xml;charset=utf-8");
        });
    }

    /** On a unit's own host, robots.txt is that site's; under /{slug}/ it is Lantoa's (below). */
    @Get(SiteRoutes.SITE + "/robots.txt")
    HttpResponse<?> siteRobots(HttpRequest<?> request, String site) {
        return renderer.page(request, site, "/robots.txt", s -> renderer.bytes(request, s.frame().dependsOn(), s.generation(),
                ("User-agent: *\nAllow: /\nDisallow: /admin/\nDisallow: /api/\nDisallow: /" + "tim-kiem\nSitemap: " + s.absolute("/sitemap.xml") + "\n")
                        .getBytes(StandardCharsets.UTF_8), "text/plain;charset=utf-8"));
    }

    @Get("/robots.txt")
    HttpResponse<?> robots() {
        return HttpResponse.ok("User-agent: *\nAllow: /\nDisallow: /admin/\nDisallow: /api/\nDisallow: /login\nDisallow: /*/tim-kiem\n"
                        + "Sitemap: " + baseUrl + "/sitemap.xml\n")
                .contentType("text/plain;charset=utf-8").header("Cache-Control", "public, max-age=3600");
    }

    /** The index of every site's sitemap. */
    @Get("/sitemap.xml")
    HttpResponse<?> sitemapIndex() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String slug : renderer.openSlugs()) {
            xml.append("  <sitemap><loc>").append(escape(baseUrl + "/" + slug + "/sitemap.xml")).append("</loc></sitemap>\n");
        }
        xml.append("</sitemapindex>\n");
        return HttpResponse.ok(xml.toString()).contentType("application/xml;charset=utf-8").header("Cache-Control", "public, max-age=3600");
    }

    private static void url(StringBuilder xml, String loc, String lastmod) {
        xml.append("  <url><loc>").append(escape(loc)).append("</loc>");
        if (lastmod != null) {
            xml.append("<lastmod>").append(lastmod, 0, 10).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
