package vn.lantoa.brand;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.files.FileService;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleDraft;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.HtmlCheck;
import vn.lantoa.testing.Images;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit's site identity: what its admin may set, what is refused, and what the public site then shows. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    UnitRefRepository refs;
    @Inject
    FileService files;
    @Inject
    ArticleService articles;

    Fixtures.World world;
    Browser adminA;
    Browser adminB;
    Browser visitor;

    @BeforeAll
    void world() {
        world = fixtures.world();
        adminA = new Browser(server.getURI()).signIn(world.adminA().email(), Fixtures.PASSWORD);
        adminB = new Browser(server.getURI()).signIn(world.adminB().email(), Fixtures.PASSWORD);
        visitor = new Browser(server.getURI());
    }

    static String page(long unitId) {
        return "/admin/u/" + unitId + "/site/identity";
    }

    static String version(Browser admin, long unitId) {
        return admin.get(page(unitId)).doc().selectFirst("input[name=version]").attr("value");
    }

    static Page send(Browser admin, long unitId, Map<String, String> fields, String field, String fileName, byte[] content, String type) {
        Map<String, String> all = new HashMap<>(fields);
        all.putIfAbsent("version", version(admin, unitId));
        return admin.postMultipart(page(unitId), all, field, fileName, content, type);
    }

    /** The identity row and the unit's stored files, to see that a refusal stored nothing. */
    static String stateOf(long unitId) throws Exception {
        try (var c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             var rs = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM stored_file WHERE unit_id = " + unitId + "), "
                     + "(SELECT CONCAT_WS('|', logo_file_id, banner_file_id, main_colour, favicon_key, slideshow, version) FROM site_identity "
                     + "WHERE unit_id = " + unitId + ")")) {
            rs.next();
            return rs.getString(1) + "/" + rs.getString(2);
        }
    }

    @Test
    void anAdminSetsColourLogoBannerAndFaviconAndThePublicSiteShowsThem() throws Exception {
        long b = world.b().id();
        assertThat(send(adminB, b, Map.of("mainColour", "#1B7A3A"), "logo", "logo-truong.png", Images.PNG, "image/png").status()).isEqualTo(303);
        assertThat(send(adminB, b, Map.of("mainColour", "#1b7a3a"), "banner", "san-truong.jpg", Images.jpeg(1800, 500), "image/jpeg").status())
                .isEqualTo(303);
        assertThat(send(adminB, b, Map.of("mainColour", "#1b7a3a"), "favicon", "bieu-tuong.png", Images.PNG, "image/png").status()).isEqualTo(303);

        var home = visitor.get("/" + world.b().slug() + "/").doc();
        assertThat(home.body().attr("style")).contains("--site-colour:#1b7a3a").contains("--site-banner:url(\"/anh/" + b + "/");
        assertThat(home.selectFirst("header.site-header").hasClass("has-banner")).isTrue();
        var logo = home.selectFirst(".site-name img.site-logo");
        assertThat(logo.attr("src")).startsWith("/anh/" + b + "/");
        assertThat(home.selectFirst(".site-name").text()).isEqualTo(world.b().name());
        String favicon = home.selectFirst("link[rel=icon]").attr("href");
        assertThat(favicon).startsWith("/bieu-tuong/" + b + "/favicon-").endsWith(".png");

        Page icon = visitor.get(favicon, "*/*");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.bytes()).isEqualTo(Images.PNG);
        assertThat(icon.header("Content-Type")).startsWith("image/png");
        assertThat(icon.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
        assertThat(visitor.get(logo.attr("src"), "*/*").status()).isEqualTo(200);
    }

    @Test
    void aColourThatWhiteTextCannotBeReadOnIsRefusedWithItsRatioAndADarkerSuggestion() throws Exception {
        long a = world.a().id();
        String before = stateOf(a);

        Page refused = send(adminA, a, Map.of("mainColour", "#777777"), "logo", "", new byte[0], "application/octet-stream");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().selectFirst("#e-mainColour").text())
                .isEqualTo("Chữ trắng trên màu #777777 chỉ đạt tỷ lệ tương phản 4,47:1, chưa đủ 4,5:1 để người đọc nhìn rõ. Gợi ý màu đậm hơn: #757575.");
        assertThat(refused.doc().selectFirst("#f-mainColour").attr("aria-invalid")).isEqualTo("true");
        assertThat(stateOf(a)).isEqualTo(before);

        assertThat(send(adminA, a, Map.of("mainColour", "#767676"), "logo", "", new byte[0], "application/octet-stream").status()).isEqualTo(303);
        assertThat(visitor.get("/" + world.a().slug() + "/").doc().body().attr("style")).contains("--site-colour:#767676");
    }

    @Test
    void aColourThatIsNoHexCodeIsRefusedAndNeverReachesTheStyle() throws Exception {
        long a = world.a().id();
        String before = stateOf(a);
        Page refused = send(adminA, a, Map.of("mainColour", "#000000;background:url(//x.example)"), "logo", "", new byte[0], "text/plain");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().selectFirst("#e-mainColour").text()).isEqualTo("Màu phải có dạng #RRGGBB, ví dụ #0b4f9c.");
        assertThat(stateOf(a)).isEqualTo(before);
    }

    @Test
    void aPngNamedJpgATextFileNamedPngAnSvgAndATenMegabyteImageAreRefusedInVietnameseAndNothingIsStored() throws Exception {
        long a = world.a().id();
        String before = stateOf(a);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        System.arraycopy(Images.PNG, 0, tenMegabytes, 0, Images.PNG.length);

        Map<String, String> expected = Map.of(
                "logo", "Tên tệp có đuôi .jpg nhưng nội dung là ảnh PNG. Hãy đổi đuôi tên tệp cho đúng rồi tải lại.",
                "banner", "Tệp không phải ảnh PNG hoặc JPEG (định dạng được kiểm tra theo nội dung tệp, không theo tên).",
                "favicon", "Không nhận ảnh SVG vì tệp SVG có thể chứa mã chạy. Hãy lưu ảnh thành PNG rồi tải lại.");
        Page renamed = send(adminA, a, Map.of(), "logo", "logo.jpg", Images.PNG, "image/jpeg");
        Page text = send(adminA, a, Map.of(), "banner", "logo.png", "Đây là một tệp văn bản.".getBytes(StandardCharsets.UTF_8), "image/png");
        Page script = send(adminA, a, Map.of(), "favicon", "icon.png", svg, "image/png");
        Page huge = send(adminA, a, Map.of(), "banner", "anh-nen.png", tenMegabytes, "image/png");

        for (var sent : List.of(Map.entry(renamed, "logo"), Map.entry(text, "banner"), Map.entry(script, "favicon"))) {
            assertThat(sent.getKey().status()).isEqualTo(422);
            assertThat(sent.getKey().doc().selectFirst("#e-" + sent.getValue()).text()).isEqualTo(expected.get(sent.getValue()));
        }
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.doc().selectFirst("#e-banner").text()).isEqualTo("Tệp quá lớn: tối đa 5 MB. Hãy thu nhỏ ảnh rồi tải lại.");
        assertThat(stateOf(a)).isEqualTo(before);
    }

    @Test
    void aFaviconMayBeAnIcoFileAndIsServedAsOne() throws Exception {
        long d = world.d().id();
        Browser adminD = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        byte[] ico = icoWithPng();
        assertThat(send(adminD, d, Map.of(), "favicon", "favicon.ico", ico, "image/x-icon").status()).isEqualTo(303);
        String href = visitor.get("/" + world.d().slug() + "/").doc().selectFirst("link[rel=icon]").attr("href");
        Page icon = visitor.get(href, "*/*");
        assertThat(icon.bytes()).isEqualTo(ico);
        assertThat(icon.header("Content-Type")).startsWith("image/x-icon");
    }

    @Test
    void removingTheLogoTakesItOffTheSiteAndASecondAdminWithAnOldFormIsToldToReload() throws Exception {
        long d = world.d().id();
        Browser adminD = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        assertThat(send(adminD, d, Map.of(), "logo", "logo.png", Images.PNG, "image/png").status()).isEqualTo(303);
        String opened = version(adminD, d);
        assertThat(visitor.get("/" + world.d().slug() + "/").doc().select(".site-logo")).hasSize(1);

        assertThat(send(adminD, d, Map.of("removeLogo", "true"), "logo", "", new byte[0], "application/octet-stream").status()).isEqualTo(303);
        assertThat(visitor.get("/" + world.d().slug() + "/").doc().select(".site-logo")).isEmpty();

        String before = stateOf(d);
        Page stale = send(adminD, d, Map.of("version", opened, "mainColour", "#0b4f9c"), "logo", "logo.png", Images.PNG, "image/png");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.doc().select(".error-summary").text()).contains("Dữ liệu vừa được người khác thay đổi");
        assertThat(stateOf(d)).isEqualTo(before);
    }

    @Test
    void anotherSchoolsAdminCanNeitherOpenNorChangeTheIdentityAndAnotherUnitsFaviconIsNotFound() throws Exception {
        long a = world.a().id();
        String before = stateOf(a);
        assertThat(adminB.get(page(a)).status()).isIn(403, 404);
        Page changed = adminB.postMultipart(page(a), Map.of("mainColour", "#b3261e", "version", ""), "logo", "logo.png", Images.PNG, "image/png");
        assertThat(changed.status()).isIn(403, 404);
        assertThat(stateOf(a)).isEqualTo(before);
        assertThat(visitor.get("/bieu-tuong/" + a + "/favicon-00000000-0000-0000-0000-000000000000.png", "*/*").status()).isEqualTo(404);
        assertThat(visitor.get("/bieu-tuong/" + a + "/..%2F..%2Fetc%2Fpasswd", "*/*").status()).isEqualTo(404);
    }

    @Test
    void theHomePageShowsUpToFiveFeaturedCoversAsASlideshowWithTheirAltTexts() {
        long q = world.q().id();
        Browser adminQ = new Browser(server.getURI()).signIn(world.adminQ().email(), Fixtures.PASSWORD);
        for (int i = 1; i <= 6; i++) {
            featured(q, "Tin nổi bật số " + i, "Ảnh tin số " + i);
        }
        fixtures.published(world, q, ArticleKind.NEWS, "Tin thường không có ảnh", "<p>Nội dung.</p>");
        assertThat(visitor.get("/" + world.q().slug() + "/").doc().select(".slideshow")).as("off until the unit turns it on").isEmpty();

        assertThat(send(adminQ, q, Map.of("slideshow", "true"), "logo", "", new byte[0], "application/octet-stream").status()).isEqualTo(303);

        var home = visitor.get("/" + world.q().slug() + "/").doc();
        assertThat(home.select(".slideshow .slide")).hasSize(5);
        assertThat(home.select(".slideshow .slide img").eachAttr("alt")).containsExactly("Ảnh tin số 6", "Ảnh tin số 5", "Ảnh tin số 4",
                "Ảnh tin số 3", "Ảnh tin số 2");
        assertThat(home.select(".slideshow [data-slideshow-toggle]").text()).isEqualTo("Dừng trình chiếu");
        assertThat(home.select(".slideshow [role=group]").eachAttr("aria-label")).first().isEqualTo("1 / 5");
    }

    @Test
    void theIdentityPageWithItsErrorsAndTheBrandedHomePagePassTheHtmlCheck() throws Exception {
        long a = world.a().id();
        Page shown = adminA.get(page(a));
        assertThat(HtmlCheck.problems(shown.body())).isEmpty();
        assertThat(shown.doc().select("#site-tabs a[aria-current=page]").text()).isEqualTo("Nhận diện");
        Page refused = send(adminA, a, Map.of("mainColour", "#ffcc00"), "favicon", "icon.png", "không phải ảnh".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(HtmlCheck.problems(refused.body())).isEmpty();
        assertThat(refused.doc().select(".error-summary li")).hasSize(2);
        assertThat(HtmlCheck.problems(visitor.get("/" + world.b().slug() + "/").body())).isEmpty();
        assertThat(HtmlCheck.problems(adminA.get("/admin/u/" + world.a().id() + "/site").body())).isEmpty();
        assertThat(adminA.get("/admin/u/" + world.a().id() + "/site").doc().select("#site-tabs a[href$=/site/identity]")).hasSize(1);
    }

    void featured(long unitId, String title, String alt) {
        Actor platform = fixtures.actor(world.platformAdmin());
        UnitRef unit = refs.findById(unitId).orElseThrow();
        long cover = files.upload(platform, unit, "anh.jpg", new ByteArrayInputStream(Images.jpeg(900, 500))).id();
        Article created = articles.create(platform, unit, new ArticleDraft(ArticleKind.NEWS, title, null, "Tóm tắt", "<p>Nội dung.</p>", null, cover,
                alt, true, List.of(), List.of(), null, null, null));
        articles.submit(platform, unit, created.id());
        articles.approve(platform, unit, created.id());
        articles.publish(platform, unit, created.id(), null);
    }

    /** An ICO file holding one 1×1 PNG, as today's icon editors save them. */
    static byte[] icoWithPng() {
        byte[] png = Images.PNG;
        byte[] ico = new byte[6 + 16 + png.length];
        ico[2] = 1;
        ico[4] = 1;
        ico[6] = 1;
        ico[7] = 1;
        ico[10] = 1;
        ico[12] = 32;
        int size = png.length;
        ico[14] = (byte) size;
        ico[15] = (byte) (size >> 8);
        ico[18] = 22;
        System.arraycopy(png, 0, ico, 22, png.length);
        return ico;
    }
}
