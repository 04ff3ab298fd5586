package vn.lantoa.launcher;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveTrainingTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aPageLeadsToOneArticleAndToItsStylesheetsAndScriptsButNotToOtherSitesOrPages() {
        String html = """
                <link rel="stylesheet" href="/static/lantoa.css?v=3f2a">
                <a href="/thcs-tan-mai/tin/khai-giang">Khai giảng</a>
                <a href="/thcs-tan-mai/tin/hop-phu-huynh">Họp phụ huynh</a>
                <a href="/thcs-tan-mai/van-ban">Văn bản</a>
                <script src="//cdn.example.org/x.js"></script>
                <script src="/static/site.js"></script>
                <a href="https://moet.gov.vn/">Bộ GDĐT</a>
                """;

        assertThat(ArchiveTraining.linksWorthVisiting(html))
                .containsExactly("/static/lantoa.css?v=3f2a", "/thcs-tan-mai/tin/khai-giang", "/static/site.js");
    }

    @Test
    void theBuildsRunAsksItsServerForTheFirstPagesAndWhatTheyLinkToWithGetRequestsOnly() throws IOException {
        List<String> asked = new CopyOnWriteArrayList<>();
        Map<String, String> pages = Map.of(
                "/login", "<link href=\"/static/lantoa.css\"><form method=\"post\" action=\"/login\"></form>",
                "/thcs-tan-mai/", "<a href=\"/thcs-tan-mai/tin/khai-giang\">Khai giảng</a>",
                "/thcs-tan-mai/tin/khai-giang", "<a href=\"/thcs-tan-mai/tin/hop-phu-huynh\">Tin khác</a>");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            String page = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "Không tìm thấy" : page).getBytes(StandardCharsets.UTF_8);
            if ("/".equals(exchange.getRequestURI().getPath())) {
                exchange.getResponseHeaders().add("Location", "/login");
                exchange.sendResponseHeaders(303, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();

        int visited = ArchiveTraining.visit("http://127.0.0.1:" + server.getAddress().getPort());

        assertThat(asked).containsExactly("GET /login", "GET /", "GET /thcs-tan-mai/", "GET /static/lantoa.css",
                "GET /thcs-tan-mai/tin/khai-giang");
        assertThat(visited).isEqualTo(5);
    }

    @Test
    void aServerThatIsNotThereCostsNothingButTheTry() {
        assertThat(ArchiveTraining.visit("http://127.0.0.1:1")).isEqualTo(ArchiveTraining.PAGES.size());
    }
}
