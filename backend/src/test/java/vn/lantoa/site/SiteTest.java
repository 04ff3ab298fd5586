package vn.lantoa.site;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleDraft;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Browser;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitDraft;
import vn.lantoa.unit.UnitService;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a visitor of a unit's public site sees, and what they never see. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ArticleService articles;
    @Inject
    UnitRefRepository refs;
    @Inject
    UnitService units;
    @Inject
    vn.lantoa.testing.TestClock clock;
    @Inject
    vn.lantoa.newsroom.ScheduledPublisher publisher;
    @Inject
    vn.lantoa.committee.CommitteeSeeder committees;

    Fixtures.World world;
    Actor platform;
    UnitRef a;
    Browser visitor;

    @BeforeAll
    void world() {
        world = fixtures.world();
        platform = fixtures.actor(world.platformAdmin());
        a = refs.findById(world.a().id()).orElseThrow();
        visitor = new Browser(server.getURI());
    }

    Article article(UnitRef unit, ArticleKind kind, String title, String body, boolean publish) {
        return publish ? fixtures.published(world, unit.id(), kind, title, body) : fixtures.draft(world, unit.id(), kind, title, body);
    }

    Article publish(UnitRef unit, Article article, Instant at) {
        articles.submit(platform, unit, article.id());
        articles.approve(platform, unit, article.id());
        return articles.publish(platform, unit, article.id(), at);
    }

    @Test
    void thePublishedArticleIsOnTheHomePageAndHasItsOwnPage() {
        Article published = article(a, ArticleKind.NEWS, "Lễ khai giảng năm học 2026-2027", "<p>Sáng ngày 5/9, nhà trường tổ chức lễ khai giảng.</p>", true);

        Page home = visitor.get("/" + a.slug() + "/");
        Page page = visitor.get("/" + a.slug() + "/tin/" + published.slug());

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.doc().select("h3 a").eachText()).contains("Lễ khai giảng năm học 2026-2027");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.doc().select("h1").text()).isEqualTo("Lễ khai giảng năm học 2026-2027");
        assertThat(page.doc().select(".body").text()).contains("Sáng ngày 5/9");
        assertThat(page.doc().select("meta[property=og:title]").attr("content")).startsWith("Lễ khai giảng");
        assertThat(page.doc().select("link[rel=canonical]").attr("href")).endsWith("/" + a.slug() + "/tin/" + published.slug());
        assertThat(page.doc().select("html").attr("lang")).isEqualTo("vi");
        assertThat(page.header("ETag")).isNotBlank();
        assertThat(page.header("Cache-Control")).isEqualTo("public, no-cache");
    }

    @Test
    void anOldAddressRedirectsAfterTheSlugIsEdited() {
        Article published = article(a, ArticleKind.NEWS, "Hội khỏe Phù Đổng cấp trường", "<p>Hội khỏe.</p>", true);
        String oldUrl = "/" + a.slug() + "/tin/" + published.slug();
        visitor.get(oldUrl);
        articles.update(platform, a, published.id(), new ArticleDraft(ArticleKind.NEWS, published.title(), "hoi-khoe-phu-dong-2026",
                published.summary(), published.bodyHtml(), null, null, null, false, List.of(), List.of(), null, null, null));

        Page moved = visitor.get(oldUrl);

        assertThat(moved.status()).isEqualTo(301);
        assertThat(moved.location()).isEqualTo("/" + a.slug() + "/tin/hoi-khoe-phu-dong-2026");
        assertThat(visitor.get(moved.location()).doc().select("h1").text()).isEqualTo("Hội khỏe Phù Đổng cấp trường");
    }

    @Test
    void aUnitWithItsOwnHostNameAnswersAtThatHostsRoot() {
        String host = "thcs-rieng-" + world.tag() + ".example.vn";
        Unit own = units.create(platform, world.d().id(), new UnitDraft("Trường THCS Tên Miền Riêng " + world.tag(), null, UnitType.SCHOOL,
                SchoolLevel.THCS, null, host, null, null, null, null, null, null, null));
        Article news = article(refs.findById(own.id()).orElseThrow(), ArticleKind.NEWS, "Tin trên tên miền riêng", "<p>Nội dung.</p>", true);

        Page home = visitor.getWith("/", "Host", host);
        Page article = visitor.getWith("/tin/" + news.slug(), "Host", host);
        Page admin = visitor.getWith("/admin", "Host", host);

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.doc().select("link[rel=canonical]").attr("href")).isEqualTo("https://" + host + "/");
        assertThat(home.doc().select("h3 a").attr("href")).isEqualTo("/tin/" + news.slug());
        assertThat(article.doc().select("h1").text()).isEqualTo("Tin trên tên miền riêng");
        assertThat(admin.status()).isEqualTo(303);
    }

    @Test
    void aDraftIsNotFoundAndNeverListed() {
        Article draft = article(a, ArticleKind.NEWS, "Bản nháp chưa duyệt về học phí", "<p>Chưa được đăng.</p>", false);

        assertThat(visitor.get("/" + a.slug() + "/tin/" + draft.slug()).status()).isEqualTo(404);
        assertThat(visitor.get("/" + a.slug() + "/").body()).doesNotContain("Bản nháp chưa duyệt");
        assertThat(visitor.get("/" + a.slug() + "/rss.xml").body()).doesNotContain("Bản nháp chưa duyệt");
        assertThat(visitor.get("/" + a.slug() + "/sitemap.xml").body()).doesNotContain(draft.slug());
        assertThat(visitor.get("/" + a.slug() + "/tim-kiem?q=ban+nhap+hoc+phi").body()).doesNotContain("Bản nháp chưa duyệt");
    }

    @Test
    void aScheduledArticleStaysHiddenUntilItsTime() {
        clock.freezeAt(Instant.parse("2026-09-16T01:00:00Z"));
        try {
            Article created = article(a, ArticleKind.NEWS, "Thông báo lịch thi học kỳ I", "<p>Lịch thi.</p>", false);
            publish(a, created, clock.instant().plusSeconds(3600));

            assertThat(visitor.get("/" + a.slug() + "/tin/" + created.slug()).status()).isEqualTo(404);
            assertThat(visitor.get("/" + a.slug() + "/tin").body()).doesNotContain("Thông báo lịch thi học kỳ I");

            clock.advance(java.time.Duration.ofMinutes(59));
            publisher.publishDue();
            assertThat(visitor.get("/" + a.slug() + "/tin/" + created.slug()).status()).isEqualTo(404);

            clock.advance(java.time.Duration.ofMinutes(1));
            publisher.publishDue();
            assertThat(visitor.get("/" + a.slug() + "/tin/" + created.slug()).status()).isEqualTo(200);
            assertThat(visitor.get("/" + a.slug() + "/tin").body()).contains("Thông báo lịch thi học kỳ I");
        } finally {
            clock.reset();
        }
    }

    @Test
    void publishingShowsAtOnceEvenWhenThePageWasCached() {
        String home = "/" + a.slug() + "/";
        visitor.get(home);
        Page cached = visitor.get(home);
        assertThat(cached.header("X-Lantoa-Cache")).isEqualTo("hit");

        article(a, ArticleKind.NEWS, "Tin vừa đăng về hội thi giáo viên giỏi", "<p>Hội thi.</p>", true);

        Page after = visitor.get(home);
        assertThat(after.body()).contains("Tin vừa đăng về hội thi giáo viên giỏi");
    }

    @Test
    void relatedNewsOnAnArticleIncludesWhatWasJustPublished() {
        Article first = article(a, ArticleKind.NEWS, "Tin cũ về thư viện xanh", "<p>Thư viện.</p>", true);
        String url = "/" + a.slug() + "/tin/" + first.slug();
        visitor.get(url);

        article(a, ArticleKind.NEWS, "Tin mới về vườn trường", "<p>Vườn trường.</p>", true);

        assertThat(visitor.get(url).doc().select(".related h3").eachText()).contains("Tin mới về vườn trường");
    }

    @Test
    void aBrowserThatHasThePageGetsNotModified() {
        String url = "/" + a.slug() + "/lien-he";
        Page first = visitor.get(url);
        Page again = visitor.getWith(url, "If-None-Match", first.header("ETag"));

        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void searchIgnoresToneMarksAndMarksTheWords() {
        article(a, ArticleKind.NEWS, "Kỳ thi tốt nghiệp THPT năm 2024 diễn ra an toàn", "<p>Kỳ thi tốt nghiệp THPT năm 2024 đã diễn ra an toàn, nghiêm túc.</p>", true);

        Page found = visitor.get("/" + a.slug() + "/tim-kiem?q=ky+thi+tot+nghiep");

        assertThat(found.doc().select(".search-hits h2").text()).contains("Kỳ thi tốt nghiệp THPT năm 2024 diễn ra an toàn");
        assertThat(found.doc().select(".search-hits mark").eachText()).contains("Kỳ", "thi", "tốt", "nghiệp");
    }

    @Test
    void hostileTitlesAreShownAsText() {
        Article hostile = article(a, ArticleKind.NEWS, "<script>alert(1)</script> Tin \"lạ\"", "<p onclick=\"x()\">Nội dung<img src=x onerror=alert(2)></p>", true);

        Page page = visitor.get("/" + a.slug() + "/tin/" + hostile.slug());

        assertThat(page.doc().select("h1").text()).isEqualTo("<script>alert(1)</script> Tin \"lạ\"");
        assertThat(page.doc().select("script:not([src])")).isEmpty();
        assertThat(page.body()).doesNotContain("onerror").doesNotContain("onclick");
    }

    @Test
    void anUnknownAddressGetsAVietnameseNotFoundPage() {
        Page missing = visitor.get("/" + a.slug() + "/tin/khong-co-bai-nay");
        Page noSite = visitor.get("/khong-co-don-vi-nay/");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.doc().select("h1").text()).isEqualTo("Không tìm thấy trang");
        assertThat(noSite.status()).isEqualTo(404);
        assertThat(noSite.doc().select("html").attr("lang")).isEqualTo("vi");
    }

    @Test
    void thePageOfADistrictListsItsSchoolsWithLinks() {
        Page directory = visitor.get("/" + world.d().slug() + "/don-vi");

        assertThat(directory.status()).isEqualTo(200);
        assertThat(directory.doc().select("a[href=/" + world.a().slug() + "/]").text()).isEqualTo(world.a().name());
        assertThat(directory.body()).doesNotContain(world.z().name());
    }

    @Test
    void anArticleCanBeSavedAsPdf() {
        Article published = article(a, ArticleKind.NEWS, "Tuyên truyền an toàn giao thông", "<p>Học sinh đội mũ bảo hiểm đúng cách.</p>", true);

        Page pdf = visitor.get("/" + a.slug() + "/tin/" + published.slug() + "/pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void thePublicPagesParseWithoutAnyHtmlError() {
        Article published = article(a, ArticleKind.NEWS, "Ngày hội STEM <năm 2026> & \"robot\"", "<h2>Chương trình</h2><p>Học sinh <b>trình diễn</b>"
                + "<ul><li>robot</ul><table><tr><td>9A1</table><iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>", true);
        String site = "/" + a.slug();
        for (String page : List.of(site + "/", site + "/tin", site + "/tin/" + published.slug(), site + "/tin/" + published.slug() + "/in",
                site + "/van-ban", site + "/lien-he", site + "/en", site + "/cong-khai", site + "/cong-khai/luu-tru", site + "/tim-kiem?q=stem",
                site + "/khong-co-trang-nay", "/" + world.d().slug() + "/don-vi")) {
            assertThat(vn.lantoa.testing.HtmlCheck.problems(visitor.get(page).body())).as(page).isEmpty();
        }
    }

    @Test
    void phoneLinksAreValidTelUrisAndShareLinksCarryTheAddressEncoded() {
        Unit school = fixtures.unit(platform, world.d().id(), "Trường Tiểu học Liên Lạc " + world.tag(), UnitType.SCHOOL, SchoolLevel.TH);
        committees.seed(platform, school.id(), new vn.lantoa.committee.CommitteeForm("3/QĐ-THLL", "2026-09-01", "(024) 3864.1234",
                "lienhe@example.edu.vn", "", ""), List.of(new vn.lantoa.committee.CommitteeSeeder.SeedMember(null, "Lê Thị Hoa", "hoa@example.edu.vn", "Hiệu trưởng",
                "HEAD", "Chỉ đạo chung", "0912 345 678", true)));
        Article news = fixtures.published(world, school.id(), ArticleKind.NEWS, "Ngày hội đọc sách & \"Sách hay\" 2026", "<p>Đọc sách.</p>");
        String site = "/" + school.slug();

        Page contacts = visitor.get(site + "/lien-he");
        Page article = visitor.get(site + "/tin/" + news.slug());

        assertThat(contacts.doc().select("a[href^=tel:]").eachAttr("href")).contains("tel:+842438641234", "tel:+84912345678");
        String address = article.doc().select("link[rel=canonical]").attr("href");
        assertThat(article.doc().select("a:contains(Facebook)").attr("href"))
                .isEqualTo("https://www.facebook.com/sharer/sharer.php?u=" + java.net.URLEncoder.encode(address, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(article.doc().select("a[href^=mailto:?]").attr("href")).startsWith("mailto:?subject=Ng%C3%A0y%20h%E1%BB%99i");
        for (Page page : List.of(contacts, article, visitor.get(site + "/en"), visitor.get(site + "/"))) {
            assertThat(vn.lantoa.testing.HtmlCheck.problems(page.body())).isEmpty();
        }
    }

    @Test
    void everyLinkOnThePublicPagesLeadsSomewhere() {
        Article published = article(a, ArticleKind.NEWS, "Liên kết nào cũng mở được " + world.tag(), "<p>Nội dung.</p>", true);
        String site = "/" + a.slug();
        java.util.Set<String> links = new java.util.LinkedHashSet<>();
        for (String page : List.of(site + "/", site + "/tin/" + published.slug(), site + "/van-ban", site + "/lien-he", site + "/en",
                "/" + world.d().slug() + "/en", "/" + world.d().slug() + "/don-vi")) {
            visitor.get(page).doc().select("a[href^=/]").eachAttr("href").forEach(links::add);
        }
        for (String link : links) {
            assertThat(visitor.get(link).status()).as(link).isLessThan(400);
        }
    }

    @Test
    void robotsAndTheSitemapIndexAnswer() {
        assertThat(visitor.get("/robots.txt").body()).contains("Sitemap:");
        assertThat(visitor.get("/sitemap.xml").body()).contains("/" + a.slug() + "/sitemap.xml");
        assertThat(visitor.get("/" + a.slug() + "/atom.xml").body()).contains("<feed");
    }
}
