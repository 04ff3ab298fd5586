package vn.lantoa.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.committee.CommitteeMember;
import vn.lantoa.committee.CommitteeReads;
import vn.lantoa.disclosure.DisclosureItem;
import vn.lantoa.disclosure.DisclosureReads;
import vn.lantoa.disclosure.Requirement;
import vn.lantoa.files.StoredFile;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleParts;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.CategoryRepository;
import vn.lantoa.newsroom.DocumentType;
import vn.lantoa.newsroom.OfficialDocument;
import vn.lantoa.newsroom.OfficialDocumentRepository;
import vn.lantoa.newsroom.SlugHistoryRepository;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.PublicPage;
import vn.lantoa.sharing.ShareReads;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit's public website: what parents, journalists and teachers read. Every address exists under /{slug}/ and, when
 * the unit has its own host name, at that host's root (PublicFastPath maps one onto the other). Only published
 * content appears here.
 */
@Hidden
@PublicPage
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.ALL)
class SiteController {

    static final int PAGE_SIZE = 12;

    private final SiteRenderer renderer;
    private final Teasers teasers;
    private final ArticleRepository articles;
    private final ArticleParts parts;
    private final SlugHistoryRepository slugHistory;
    private final CategoryRepository categories;
    private final OfficialDocumentRepository documents;
    private final vn.lantoa.files.StoredFileRepository files;
    private final CommitteeReads members;
    private final UnitRepository units;
    private final DisclosureReads disclosure;
    private final ShareReads shares;
    private final SiteSearch search;
    private final ArticlePdf pdf;
    private final SiteFrames frames;

    SiteController(SiteRenderer renderer, Teasers teasers, ArticleRepository articles, ArticleParts parts, SlugHistoryRepository slugHistory,
                   CategoryRepository categories, OfficialDocumentRepository documents, vn.lantoa.files.StoredFileRepository files,
                   CommitteeReads members, UnitRepository units, DisclosureReads disclosure, ShareReads shares, SiteSearch search, ArticlePdf pdf,
                   SiteFrames frames) {
        this.renderer = renderer;
        this.teasers = teasers;
        this.articles = articles;
        this.parts = parts;
        this.slugHistory = slugHistory;
        this.categories = categories;
        this.documents = documents;
        this.files = files;
        this.members = members;
        this.units = units;
        this.disclosure = disclosure;
        this.shares = shares;
        this.search = search;
        this.pdf = pdf;
        this.frames = frames;
    }

    /** Micronaut matches "/{slug}" and "/{slug}/" alike; the canonical link names the one with the slash. */
    @Get(SiteRoutes.SITE)
    HttpResponse<?> home(HttpRequest<?> request, String site) {
        return renderer.page(request, site, "/", s -> {
            long unitId = s.frame().unit().id();
            List<SitePages.FromAbove> fromAbove = shares.received(unitId, 8).stream()
                    .map(r -> new SitePages.FromAbove(r.displayTitle(), r.url(), "ARTICLE".equals(r.itemType()) ? "site.fromAbove.news" : "site.fromAbove.document",
                            r.fromUnitName(), r.sharedAt())).toList();
            return renderer.html(request, s, "site/home", new SitePages.HomePage(s, teasers.of(s.frame(), articles.findFeatured(unitId, 3)),
                    teasers.of(s.frame(), articles.findPublished(unitId, null, 20, 0)), fromAbove, documents.latestPublished(unitId, 5), slides(s.frame())));
        });
    }

    static final int SLIDES = 5;

    /** Up to five featured news that have a cover, newest first; none when the unit has no slideshow. */
    private List<SitePages.Teaser> slides(SiteFrame frame) {
        if (!frame.identity().slideshow()) {
            return List.of();
        }
        return teasers.of(frame, articles.findFeatured(frame.unit().id(), 2 * SLIDES)).stream().filter(t -> t.cover() != null && t.cover().isImage())
                .limit(SLIDES).toList();
    }

    @Get(SiteRoutes.SITE + "/tin")
    HttpResponse<?> news(HttpRequest<?> request, String site, @Nullable @QueryValue Integer trang) {
        return renderer.page(request, site, paged("/tin", trang), s -> list(request, s, null, s.t("site.news"), null, trang, s.url("/tin"), s.url("/rss.xml")));
    }

    @Get(SiteRoutes.SITE + "/chuyen-muc/{category}")
    HttpResponse<?> category(HttpRequest<?> request, String site, String category, @Nullable @QueryValue Integer trang) {
        return renderer.page(request, site, paged("/chuyen-muc/" + category, trang), s -> Optional.of(category).filter(SiteRoutes::isSlugShaped)
                .flatMap(slug -> categories.findByUnitIdAndSlug(s.frame().unit().id(), slug))
                .<HttpResponse<?>>map(c -> list(request, s, c, c.name(), c.description(), trang, s.url("/chuyen-muc/" + c.slug()), s.url("/chuyen-muc/" + c.slug() + "/rss.xml")))
                .orElseGet(() -> renderer.notFound(request, s)));
    }

    @Get(SiteRoutes.SITE + "/the/{tag}")
    HttpResponse<?> tag(HttpRequest<?> request, String site, String tag, @Nullable @QueryValue Integer trang) {
        return renderer.page(request, site, paged("/the/" + tag, trang), s -> {
            long unitId = s.frame().unit().id();
            int page = Math.max(1, trang == null ? 1 : trang);
            List<Article> found = SiteRoutes.isSlugShaped(tag) ? articles.findPublishedByTag(unitId, tag, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE) : List.of();
            if (found.isEmpty()) {
                return renderer.notFound(request, s);
            }
            String label = parts.tagsOf(unitId, found.get(0).id()).stream().filter(t -> vn.lantoa.platform.text.Slugs.slugify(t).equals(tag))
                    .findFirst().orElse(tag);
            int pageCount = found.size() > PAGE_SIZE ? page + 1 : page;
            return renderer.html(request, s, "site/list", new SitePages.ListPage(s, s.t("site.tagHeading", label), null,
                    teasers.of(s.frame(), found.subList(0, Math.min(PAGE_SIZE, found.size()))),
                    new SitePages.Pager(page, pageCount, s.url("/the/" + tag)), s.url("/rss.xml")));
        });
    }

    private HttpResponse<?> list(HttpRequest<?> request, SiteView s, Category category, String heading, String description, Integer trang,
                                 String baseUrl, String feedUrl) {
        long unitId = s.frame().unit().id();
        Long categoryId = category == null ? null : category.id();
        long total = articles.countPublished(unitId, categoryId);
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = trang == null ? 1 : trang;
        if (page < 1 || page > pageCount) {
            return renderer.notFound(request, s);
        }
        return renderer.html(request, s, "site/list", new SitePages.ListPage(s, heading, description,
                teasers.of(s.frame(), articles.findPublished(unitId, categoryId, PAGE_SIZE, (page - 1) * PAGE_SIZE)),
                new SitePages.Pager(page, pageCount, baseUrl), feedUrl));
    }

    @Get(SiteRoutes.SITE + "/tin/{slug}")
    HttpResponse<?> article(HttpRequest<?> request, String site, String slug) {
        return renderer.page(request, site, "/tin/" + slug, s -> showArticle(request, s, ArticleKind.NEWS, slug, "site/article", ""));
    }

    @Get(SiteRoutes.SITE + "/tin/{slug}/in")
    HttpResponse<?> print(HttpRequest<?> request, String site, String slug) {
        return renderer.page(request, site, "/tin/" + slug, s -> showArticle(request, s, ArticleKind.NEWS, slug, "site/print", "/in"));
    }

    @Get(SiteRoutes.SITE + "/tin/{slug}/pdf")
    HttpResponse<?> pdf(HttpRequest<?> request, String site, String slug) {
        return renderer.page(request, site, "/tin/" + slug + "/pdf", s -> findPublic(s.frame().unit().id(), ArticleKind.NEWS, slug)
                .<HttpResponse<?>>map(a -> {
                    byte[] pdf = this.pdf.render(renderer.htmlBytes("site/print", articlePage(s, a, false)));
                    return renderer.bytes(request, s.frame().dependsOn(), s.generation(), pdf, "application/pdf", "inline; filename=\"" + a.slug() + ".pdf\"");
                }).orElseGet(() -> renderer.notFound(request, s)));
    }

    @Get(SiteRoutes.SITE + "/trang/{slug}")
    HttpResponse<?> page(HttpRequest<?> request, String site, String slug) {
        return renderer.page(request, site, "/trang/" + slug, s -> showArticle(request, s, ArticleKind.PAGE, slug, "site/article", ""));
    }

    private HttpResponse<?> showArticle(HttpRequest<?> request, SiteView s, ArticleKind kind, String slug, String template, String suffix) {
        long unitId = s.frame().unit().id();
        if (!SiteRoutes.isSlugShaped(slug)) {
            return renderer.notFound(request, s);
        }
        Optional<Article> found = findPublic(unitId, kind, slug);
        if (found.isEmpty()) {
            // An old address of an article whose slug was edited: send the reader (and search engines) to the new one.
            Optional<Long> moved = slugHistory.articleFor(unitId, kind.name(), slug);
            if (moved.isEmpty() && kind == ArticleKind.NEWS) {
                moved = slugHistory.articleFor(unitId, ArticleKind.PRESS_RELEASE.name(), slug);
            }
            return moved.flatMap(id -> articles.findByUnitIdAndId(unitId, id)).filter(a -> a.status().isPublic())
                    .<HttpResponse<?>>map(a -> HttpResponse.status(HttpStatus.MOVED_PERMANENTLY).headers(h -> h.location(URI.create(s.articleUrl(a) + suffix))))
                    .orElseGet(() -> renderer.notFound(request, s));
        }
        return renderer.html(request, s, template, articlePage(s, found.get(), false));
    }

    /** News and press releases share the /tin/ addresses. */
    private Optional<Article> findPublic(long unitId, ArticleKind kind, String slug) {
        if (!SiteRoutes.isSlugShaped(slug)) {
            return Optional.empty();
        }
        Optional<Article> a = articles.findPublicBySlug(unitId, kind.name(), slug);
        if (a.isEmpty() && kind == ArticleKind.NEWS) {
            a = articles.findPublicBySlug(unitId, ArticleKind.PRESS_RELEASE.name(), slug);
        }
        return a;
    }

    SitePages.ArticlePage articlePage(SiteView s, Article a, boolean preview) {
        long unitId = s.frame().unit().id();
        List<Long> attachmentIds = parts.attachmentsOf(unitId, a.id());
        List<Long> fileIds = new ArrayList<>(attachmentIds);
        if (a.coverFileId() != null) {
            fileIds.add(a.coverFileId());
        }
        Map<Long, StoredFile> byId = new LinkedHashMap<>();
        if (!fileIds.isEmpty()) {
            files.findByUnitIdAndIds(unitId, fileIds).forEach(f -> byId.put(f.id(), f));
        }
        List<StoredFile> attachments = attachmentIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        List<SitePages.Teaser> related = a.kind().listed()
                ? frames.latest(unitId, a.categoryId()).stream().filter(t -> !t.article().id().equals(a.id())).limit(4).toList()
                : List.of();
        Unit credit = a.creditUnitId() == null ? null : units.findById(a.creditUnitId()).orElse(null);
        return new SitePages.ArticlePage(s, a, s.frame().category(a.categoryId()), a.coverFileId() == null ? null : byId.get(a.coverFileId()),
                parts.tagsOf(unitId, a.id()), attachments, related, credit, preview);
    }

    @Get(SiteRoutes.SITE + "/van-ban")
    HttpResponse<?> documents(HttpRequest<?> request, String site, @Nullable @QueryValue String loai, @Nullable @QueryValue String nam,
                              @Nullable @QueryValue("co-quan") String coQuan, @Nullable @QueryValue String so, @Nullable @QueryValue String q,
                              @Nullable @QueryValue Integer trang) {
        return renderer.page(request, site, paged("/van-ban", trang), s -> {
            long unitId = s.frame().unit().id();
            DocumentType type = DocumentType.parse(loai);
            Integer year = parseYear(nam);
            String pattern = "%" + VietnameseText.fold(q == null ? "" : q.strip()).replaceAll("\\s+", "%") + "%";
            String number = "%" + (so == null ? "" : so.strip()) + "%";
            String issuer = "%" + (coQuan == null ? "" : coQuan.strip()) + "%";
            String typeName = type == null ? null : type.name();
            long total = documents.count(unitId, true, typeName, year, pattern, number, issuer);
            int pageCount = (int) Math.max(1, (total + 20 - 1) / 20);
            int page = Math.min(Math.max(1, trang == null ? 1 : trang), pageCount);
            SitePages.DocumentFilter filter = new SitePages.DocumentFilter(typeName == null ? "" : typeName, year == null ? "" : year.toString(),
                    coQuan == null ? "" : coQuan.strip(), so == null ? "" : so.strip(), q == null ? "" : q.strip());
            List<Option> types = new ArrayList<>();
            for (DocumentType t : DocumentType.values()) {
                types.add(new Option(t.name(), s.t(t.labelKey())));
            }
            List<Option> years = documents.publishedYears(unitId).stream().map(y -> new Option(y.toString(), y.toString())).toList();
            List<Option> issuers = documents.publishedIssuers(unitId).stream().map(i -> new Option(i, i)).toList();
            return renderer.html(request, s, "site/documents", new SitePages.DocumentsPage(s,
                    documents.search(unitId, true, typeName, year, pattern, number, issuer, 20, (page - 1) * 20), total, filter, types, years, issuers,
                    new SitePages.Pager(page, pageCount, s.url("/van-ban") + filter.query())));
        });
    }

    @Get(SiteRoutes.SITE + "/van-ban/{documentId}")
    HttpResponse<?> document(HttpRequest<?> request, String site, String documentId) {
        return renderer.page(request, site, "/van-ban/" + documentId, s -> {
            long unitId = s.frame().unit().id();
            Optional<OfficialDocument> doc = parseId(documentId).flatMap(id -> documents.findByUnitIdAndId(unitId, id)).filter(OfficialDocument::published);
            if (doc.isEmpty()) {
                return renderer.notFound(request, s);
            }
            StoredFile file = doc.get().fileId() == null ? null : files.findByUnitIdAndId(unitId, doc.get().fileId()).orElse(null);
            return renderer.html(request, s, "site/document", new SitePages.DocumentPage(s, doc.get(), file));
        });
    }

    @Get(SiteRoutes.SITE + "/lien-he")
    HttpResponse<?> contacts(HttpRequest<?> request, String site) {
        return renderer.page(request, site, "/lien-he", s -> renderer.html(request, s, "site/contacts",
                new SitePages.ContactsPage(s, members.members(s.frame().unit().id()))));
    }

    @Get(SiteRoutes.SITE + "/en")
    HttpResponse<?> english(HttpRequest<?> request, String site) {
        return renderer.page(request, site, "/en", s -> renderer.html(request, s, "site/english", new SitePages.EnglishPage(s, s.frame().spokesperson())));
    }

    @Get(SiteRoutes.SITE + "/don-vi")
    HttpResponse<?> directory(HttpRequest<?> request, String site) {
        return renderer.page(request, site, "/don-vi", s -> {
            Map<String, List<Unit>> groups = new LinkedHashMap<>();
            for (Unit child : units.findOpenChildren(s.frame().unit().id())) {
                String group = child.type() == vn.lantoa.tenancy.UnitType.SCHOOL && child.schoolLevel() != null
                        ? s.t(child.schoolLevel().labelKey()) : s.t("unitType." + child.type().name());
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(child);
            }
            if (groups.isEmpty()) {
                return renderer.notFound(request, s);
            }
            return renderer.html(request, s, "site/directory", new SitePages.DirectoryPage(s, groups));
        });
    }

    @Get(SiteRoutes.SITE + "/cong-khai")
    HttpResponse<?> disclosure(HttpRequest<?> request, String site) {
        return renderer.page(request, site, "/cong-khai", s -> disclosurePage(request, s, false));
    }

    @Get(SiteRoutes.SITE + "/cong-khai/luu-tru")
    HttpResponse<?> disclosureArchive(HttpRequest<?> request, String site) {
        return renderer.page(request, site, "/cong-khai/luu-tru", s -> disclosurePage(request, s, true));
    }

    private HttpResponse<?> disclosurePage(HttpRequest<?> request, SiteView s, boolean archive) {
        Unit unit = s.frame().unit();
        if (!s.frame().hasDisclosure()) {
            return renderer.notFound(request, s);
        }
        List<DisclosureItem> items = archive ? disclosure.archive(unit.id()) : disclosure.current(unit.id());
        List<Long> fileIds = items.stream().map(DisclosureItem::fileId).filter(java.util.Objects::nonNull).toList();
        Map<Long, StoredFile> filesById = new LinkedHashMap<>();
        if (!fileIds.isEmpty()) {
            files.findByUnitIdAndIds(unit.id(), fileIds).forEach(f -> filesById.put(f.id(), f));
        }
        List<SitePages.DisclosureSection> sections = new ArrayList<>();
        List<SitePages.DisclosureRow> archived = new ArrayList<>();
        if (archive) {
            items.forEach(i -> archived.add(new SitePages.DisclosureRow(i.requirement(), i, i.fileId() == null ? null : filesById.get(i.fileId()))));
        } else {
            for (Requirement.Section section : Requirement.Section.values()) {
                List<SitePages.DisclosureRow> rows = new ArrayList<>();
                for (Requirement r : Requirement.forLevel(unit.schoolLevel())) {
                    if (r.section() != section) {
                        continue;
                    }
                    DisclosureItem latest = items.stream().filter(i -> i.requirement() == r).findFirst().orElse(null);
                    rows.add(new SitePages.DisclosureRow(r, latest, latest == null || latest.fileId() == null ? null : filesById.get(latest.fileId())));
                }
                sections.add(new SitePages.DisclosureSection(section, rows));
            }
        }
        return renderer.html(request, s, "site/disclosure", new SitePages.DisclosurePage(s, sections, archive, archived));
    }

    @Get(SiteRoutes.SITE + "/tim-kiem")
    HttpResponse<?> search(HttpRequest<?> request, String site, @Nullable @QueryValue String q) {
        return renderer.page(request, site, "/tim-kiem", s -> renderer.html(request, s, "site/search",
                new SitePages.SearchPage(s, q == null ? "" : q.strip(), search.find(s, q))));
    }


    /** The canonical address of a list's page: page 2 and later are pages of their own for search engines. */
    private static String paged(String path, Integer trang) {
        return trang != null && trang > 1 ? path + "?trang=" + trang : path;
    }

    private static Integer parseYear(String value) {
        try {
            int y = Integer.parseInt(value == null ? "" : value.strip());
            return y >= 1945 && y <= 2200 ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
