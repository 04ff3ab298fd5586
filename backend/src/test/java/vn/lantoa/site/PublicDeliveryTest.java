package vn.lantoa.site;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How public pages and Lantoa's files travel: compressed, cached as long as they can be, with their own addresses. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicDeliveryTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    Fixtures.World world;

    @BeforeAll
    void world() {
        world = fixtures.world();
        for (int i = 1; i <= SiteController.PAGE_SIZE + 1; i++) {
            fixtures.published(world, world.b().id(), ArticleKind.NEWS, "Tin số " + i + " của trường " + world.tag(), "<p>Nội dung tin số " + i + ".</p>");
        }
    }

    @Test
    void publicPagesAreCompressedForBrowsersThatAcceptGzipWhetherRenderedOrFromTheCache() throws Exception {
        String home = "/" + world.b().slug() + "/";
        HttpResponse<byte[]> miss = get(home, "Accept-Encoding", "gzip, deflate, br");
        HttpResponse<byte[]> hit = get(home, "Accept-Encoding", "gzip, deflate, br");
        HttpResponse<byte[]> plain = get(home, "Accept-Encoding", "identity");

        assertThat(miss.headers().firstValue("X-Lantoa-Cache")).contains("miss");
        assertThat(hit.headers().firstValue("X-Lantoa-Cache")).contains("hit");
        String html = new String(plain.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("<!DOCTYPE html>");
        for (HttpResponse<byte[]> compressed : java.util.List.of(miss, hit)) {
            assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
            assertThat(compressed.headers().firstValue("Vary")).contains("Accept-Encoding");
            assertThat(compressed.body().length).isLessThan(plain.body().length / 2);
            assertThat(gunzip(compressed.body())).isEqualTo(html);
        }
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Vary")).contains("Accept-Encoding");
        // Each encoding has its own ETag, and the browser that has the compressed page gets a 304 for it.
        String gzipEtag = hit.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipEtag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
        assertThat(send(request(home).header("Accept-Encoding", "gzip").header("If-None-Match", gzipEtag)).statusCode()).isEqualTo(304);
    }

    @Test
    void cssAndJavaScriptHaveVersionedAddressesKeptForAYearAndSetNoCookie() throws Exception {
        Page page = new Browser(server.getURI()).get("/" + world.b().slug() + "/");
        String css = page.doc().select("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/static/css/site\\.css\\?v=[0-9a-f]{10}");

        HttpResponse<byte[]> versioned = get(css, "Accept-Encoding", "gzip");
        assertThat(versioned.statusCode()).isEqualTo(200);
        assertThat(versioned.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(versioned.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(versioned.headers().firstValue("Content-Encoding")).contains("gzip");

        // An address without the current version (an old page, a typed URL) is checked again on every use.
        HttpResponse<byte[]> unversioned = get("/static/css/site.css?v=0000000000", "Accept", "text/css");
        assertThat(unversioned.headers().firstValue("Cache-Control")).contains("public, no-cache");
        assertThat(unversioned.headers().allValues("Set-Cookie")).isEmpty();

        Browser editor = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD);
        Page edit = editor.get("/admin/u/" + world.a().id() + "/articles/new");
        String tinymce = edit.doc().select("script[src*=tinymce]").attr("src");
        assertThat(tinymce).startsWith("/vendor/tinymce-");
        HttpResponse<byte[]> vendor = get(tinymce, "Accept", "*/*");
        assertThat(vendor.statusCode()).isEqualTo(200);
        assertThat(vendor.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(vendor.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(edit.doc().select("script[src*=editor.js]").attr("src")).matches("/static/js/editor\\.js\\?v=[0-9a-f]{10}");
    }

    @Test
    void everySiteHasAFavicon() throws Exception {
        for (String path : new String[]{"/favicon.ico"}) {
            HttpResponse<byte[]> icon = get(path, "Accept", "image/avif,image/webp,*/*");
            assertThat(icon.statusCode()).isEqualTo(200);
            assertThat(icon.headers().firstValue("Content-Type")).contains("image/x-icon");
            assertThat(icon.body()).startsWith(0, 0, 1, 0);
            assertThat(icon.headers().allValues("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void laterPagesOfANewsListHaveTheirOwnCanonicalAddress() {
        Browser visitor = new Browser(server.getURI());
        Page first = visitor.get("/" + world.b().slug() + "/tin");
        Page second = visitor.get("/" + world.b().slug() + "/tin?trang=2");

        assertThat(first.doc().select("link[rel=canonical]").attr("href")).endsWith("/" + world.b().slug() + "/tin");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.doc().select("link[rel=canonical]").attr("href")).endsWith("/" + world.b().slug() + "/tin?trang=2");
        assertThat(second.doc().select("meta[property=og:url]").attr("content")).endsWith("/tin?trang=2");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.getURI().resolve(path)).GET();
    }

    private HttpResponse<byte[]> get(String path, String header, String value) throws Exception {
        return send(request(path).header(header, value));
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
