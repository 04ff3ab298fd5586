package vn.lantoa.platform.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Lantoa's own addresses mean one thing whatever the client accepts; a public site never takes them over. */
@MicronautTest(transactional = false)
class RouteSelectionTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Test
    void theFixedRoutesAnswerTheSameWithAnyAcceptOrNone() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("/", 303);
        expected.put("/login", 200);
        expected.put("/admin", 303);
        expected.put("/account", 303);
        expected.put("/password/forgot", 200);
        expected.put("/password/reset?token=x", 200);
        expected.put("/lang/en?back=/login", 303);
        expected.put("/health", 200);
        expected.put("/health/liveness", 200);
        expected.put("/health/readiness", 200);
        expected.put("/robots.txt", 200);
        expected.put("/sitemap.xml", 200);
        expected.put("/api/openapi.yml", 200);
        expected.put("/favicon.ico", 200);
        for (Map.Entry<String, Integer> route : expected.entrySet()) {
            for (String accept : new String[]{"*/*", "image/webp,*/*;q=0.8", "text/*", null}) {
                Browser client = new Browser(server.getURI());
                Page page = accept == null ? client.getWith(route.getKey(), "User-Agent", "curl/8.5.0") : client.get(route.getKey(), accept);
                assertThat(page.status()).as("GET %s with Accept %s", route.getKey(), accept).isEqualTo(route.getValue());
                if (route.getValue() == 303 && !route.getKey().startsWith("/lang")) {
                    assertThat(page.location()).as("GET %s with Accept %s", route.getKey(), accept).startsWith("/login");
                }
            }
        }
    }

    @Test
    void aSitesPagesStillAnswerWithAnyAccept() {
        Fixtures.World world = fixtures.world();
        for (String accept : new String[]{"*/*", "text/html", "text/*", "text/*;q=0.9, application/json;q=0.1", null}) {
            Browser client = new Browser(server.getURI());
            Page home = accept == null ? client.getWith("/" + world.a().slug() + "/", "User-Agent", "curl/8.5.0") : client.get("/" + world.a().slug() + "/", accept);
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.doc().select("link[rel=canonical]").attr("href")).endsWith("/" + world.a().slug() + "/");
        }
        assertThat(new Browser(server.getURI()).get("/" + world.a().slug(), "*/*").status()).isEqualTo(200);
    }
}
