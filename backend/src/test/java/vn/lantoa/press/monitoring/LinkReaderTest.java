package vn.lantoa.press.monitoring;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The link reader against a local HTTP server, reached only through the test-only door (that one address and port), and
 * its guard against server-side request forgery: loopback, private, link-local and metadata addresses, names that resolve
 * to them, and redirects to them are refused before any connection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkReaderTest {

    HttpServer server;
    InetSocketAddress address;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeAll
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        page("/bai-bao", 200, "text/html; charset=utf-8", """
                <html><head><title>Tiêu đề thẻ title</title>
                <meta property="og:title" content="Đắk Lắk: ngày thi đầu tiên diễn ra an toàn, nghiêm túc">
                <meta property="og:site_name" content="Báo Đắk Lắk">
                <meta property="article:published_time" content="2024-06-27T22:30:00+00:00">
                </head><body><p>Nội dung</p></body></html>""");
        page("/doc-hai", 200, "text/html", """
                <html><head>
                <meta property="og:title" content="&lt;script&gt;alert(1)&lt;/script&gt;Điểm thi &lt;b&gt;an toàn&lt;/b&gt; javascript:alert(1)">
                <meta property="og:site_name" content="<img src=x onerror=alert(1)>Báo&#10;Đắk&#9;Lắk&#0;">
                </head></html>""");
        page("/tieu-de-dai", 200, "text/html", "<html><head><title>" + "Rất dài ".repeat(300) + "</title></head></html>");
        page("/chi-title", 200, "text/html", "<html><head><title>Chỉ có thẻ title</title></head></html>");
        page("/anh.png", 200, "image/png", "PNG");
        page("/qua-lon", 200, "text/html", "<html><head><title>x</title></head><body>" + "a".repeat(600 * 1024) + "</body></html>");
        page("/khong-co", 404, "text/html", "<html>Không có</html>");
        redirect("/chuyen-tiep", "/bai-bao");
        redirect("/ve-metadata", "http://169.254.169.254/latest/meta-data/");
        redirect("/ve-ipv6", "http://[::1]/bai-bao");
        server.createContext("/qua-lon-chunked", exchange -> {
            hit("/qua-lon-chunked");
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] block = "b".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 12; i++) {
                    out.write(block);
                }
            } catch (IOException e) {
                // The reader hung up once it had enough: expected.
            }
        });
        server.start();
        address = server.getAddress();
        // The loopback redirect names this server's own port on another loopback address, outside the door.
        redirect("/ve-loopback-2", "http://127.0.0.2:" + address.getPort() + "/bai-bao");
        redirect("/ve-localhost", "http://localhost:" + address.getPort() + "/bai-bao");
    }

    @AfterAll
    void stop() {
        server.stop(0);
    }

    void page(String path, int status, String type, String body) {
        server.createContext(path, exchange -> {
            hit(path);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            } catch (IOException e) {
                // The reader hung up early: expected for the oversize page.
            }
        });
    }

    void redirect(String path, String location) {
        server.createContext(path, exchange -> {
            hit(path);
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
    }

    void hit(String path) {
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    }

    int hitsOf(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    /** The reader with the test-only door open to this server. */
    LinkReader door() {
        return new LinkReader(address, Duration.ofSeconds(3), LinkReader.MAX_BYTES);
    }

    String url(String path) {
        return "http://127.0.0.1:" + address.getPort() + path;
    }

    LinkReader.Refusal refusal(LinkReader reader, String link) {
        try {
            reader.fetch(link);
            return null;
        } catch (LinkReader.Refused e) {
            return e.reason();
        }
    }

    @Test
    void thePagesOpenGraphTagsGiveTheTitleTheVietnamDayAndTheOutlet() throws Exception {
        OpenGraph.Tags tags = OpenGraph.of(door().fetch(url("/bai-bao")));

        assertThat(tags.title()).isEqualTo("Đắk Lắk: ngày thi đầu tiên diễn ra an toàn, nghiêm túc");
        assertThat(tags.siteName()).isEqualTo("Báo Đắk Lắk");
        assertThat(tags.publishedOn()).as("22:30 UTC on the 27th is the 28th in Vietnam").isEqualTo(LocalDate.of(2024, 6, 28));
    }

    @Test
    void withoutOpenGraphTagsThePageTitleAndTheHostAreUsed() throws Exception {
        OpenGraph.Tags tags = OpenGraph.of(door().fetch(url("/chi-title")));

        assertThat(tags.title()).isEqualTo("Chỉ có thẻ title");
        assertThat(tags.siteName()).isEqualTo("127.0.0.1");
        assertThat(tags.publishedOn()).isNull();
    }

    @Test
    void aRedirectOnTheSameServerIsFollowed() throws Exception {
        LinkReader.Fetched page = door().fetch(url("/chuyen-tiep"));

        assertThat(page.finalUrl().getPath()).isEqualTo("/bai-bao");
        assertThat(OpenGraph.of(page).siteName()).isEqualTo("Báo Đắk Lắk");
    }

    @Test
    void aHostileTitleIsKeptAsPlainTextOnOneLineAndCutToTheFieldSize() throws Exception {
        OpenGraph.Tags tags = OpenGraph.of(door().fetch(url("/doc-hai")));

        assertThat(tags.title()).isEqualTo("Điểm thi an toàn javascript:alert(1)");
        assertThat(tags.siteName()).isEqualTo("Báo Đắk Lắk");
        OpenGraph.Tags longOne = OpenGraph.of(door().fetch(url("/tieu-de-dai")));
        assertThat(longOne.title()).hasSize(ClippingInput.TITLE_MAX).endsWith("…");
    }

    @Test
    void theGuardRefusesLoopbackPrivateLinkLocalAndMetadataAddressesWithoutConnecting() {
        LinkReader production = new LinkReader();
        int before = hits.values().stream().mapToInt(AtomicInteger::get).sum();

        for (String link : List.of("http://127.0.0.1/", "http://127.0.0.1:" + address.getPort() + "/bai-bao", "http://10.0.0.1/", "https://10.1.2.3/",
                "http://172.16.5.4/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fd00::1]/",
                "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:169.254.169.254]/", "http://0.0.0.0/", "http://100.64.0.1/",
                "http://localhost/", "http://localhost:" + address.getPort() + "/bai-bao")) {
            assertThat(refusal(production, link)).as(link).isEqualTo(LinkReader.Refusal.BLOCKED);
        }
        assertThat(hits.values().stream().mapToInt(AtomicInteger::get).sum()).as("no request reached the server").isEqualTo(before);
    }

    @Test
    void onlyHttpAndHttpsOnPorts80And443AreRead() {
        LinkReader production = new LinkReader();

        assertThat(refusal(production, "ftp://baodaklak.example.vn/bai")).isEqualTo(LinkReader.Refusal.BAD_ADDRESS);
        assertThat(refusal(production, "javascript:alert(1)")).isEqualTo(LinkReader.Refusal.BAD_ADDRESS);
        assertThat(refusal(production, "data:text/html,<title>x</title>")).isEqualTo(LinkReader.Refusal.BAD_ADDRESS);
        assertThat(refusal(production, "file:///etc/passwd")).isEqualTo(LinkReader.Refusal.BAD_ADDRESS);
        assertThat(refusal(production, "http://user:pass@93.184.216.34/")).isEqualTo(LinkReader.Refusal.BAD_ADDRESS);
        assertThat(refusal(production, "http://93.184.216.34:8080/")).isEqualTo(LinkReader.Refusal.BLOCKED);
        assertThat(refusal(production, "http://93.184.216.34:22/")).isEqualTo(LinkReader.Refusal.BLOCKED);
    }

    @Test
    void aRedirectToAnInternalAddressIsRefusedAndNotFollowed() {
        int pageHits = hitsOf("/bai-bao");

        assertThat(refusal(door(), url("/ve-loopback-2"))).isEqualTo(LinkReader.Refusal.BLOCKED);
        assertThat(refusal(door(), url("/ve-localhost"))).as("a name resolving to the door's own address is not the door")
                .isEqualTo(LinkReader.Refusal.BLOCKED);
        assertThat(refusal(door(), url("/ve-metadata"))).isEqualTo(LinkReader.Refusal.BLOCKED);
        assertThat(refusal(door(), url("/ve-ipv6"))).isEqualTo(LinkReader.Refusal.BLOCKED);
        assertThat(hitsOf("/ve-loopback-2")).isEqualTo(1);
        assertThat(hitsOf("/bai-bao")).as("no redirect was followed").isEqualTo(pageHits);
    }

    @Test
    void theReaderGivesUpOnASilentServerWithinItsTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            LinkReader reader = new LinkReader(new InetSocketAddress(silent.getInetAddress(), silent.getLocalPort()), Duration.ofMillis(400),
                    LinkReader.MAX_BYTES);
            long started = System.nanoTime();

            LinkReader.Refusal why = refusal(reader, "http://127.0.0.1:" + silent.getLocalPort() + "/bai-bao");

            assertThat(why).isEqualTo(LinkReader.Refusal.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void theProductionLimitsAreThreeSecondsAndHalfAMegabyte() {
        assertThat(LinkReader.TIMEOUT).isEqualTo(Duration.ofSeconds(3));
        assertThat(LinkReader.MAX_BYTES).isEqualTo(512 * 1024);
    }

    @Test
    void aPageLargerThanTheLimitIsRefusedWhetherItsLengthIsSaidOrNot() {
        assertThat(refusal(door(), url("/qua-lon"))).isEqualTo(LinkReader.Refusal.TOO_LARGE);
        assertThat(refusal(door(), url("/qua-lon-chunked"))).isEqualTo(LinkReader.Refusal.TOO_LARGE);
    }

    @Test
    void errorsAndPagesThatAreNotHtmlAreRefused() {
        assertThat(refusal(door(), url("/khong-co"))).isEqualTo(LinkReader.Refusal.HTTP_ERROR);
        assertThat(refusal(door(), url("/anh.png"))).isEqualTo(LinkReader.Refusal.NOT_HTML);
    }

    @Test
    void theGuardKnowsPublicAddressesFromInternalOnes() throws Exception {
        for (String internal : List.of("127.0.0.1", "127.8.9.10", "10.0.0.1", "172.31.255.255", "192.168.0.1", "169.254.169.254", "100.127.0.1",
                "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:10.0.0.1",
                "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "ff02::1")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(internal))).as(internal).isFalse();
        }
        for (String open : List.of("8.8.8.8", "203.162.4.191", "2001:4860:4860::8888", "2404:6800:4005::200e")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(open))).as(open).isTrue();
        }
    }
}
