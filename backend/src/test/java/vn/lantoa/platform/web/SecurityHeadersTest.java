package vn.lantoa.platform.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;

    Fixtures.World world;

    @BeforeAll
    void world() {
        world = fixtures.world();
    }

    @Test
    void theSignInPasswordAccountAndAdminPagesCarryAContentSecurityPolicyWithoutInlineScripts() {
        Browser anonymous = new Browser(server.getURI());
        Browser admin = new Browser(server.getURI()).signIn(world.adminA().email(), Fixtures.PASSWORD);
        for (Page page : new Page[]{anonymous.get("/login"), anonymous.get("/password/forgot"), anonymous.get("/password/reset?token=x"),
                admin.get("/account"), admin.get("/admin/u/" + world.a().id() + "/people"), admin.get("/admin/u/" + world.a().id() + "/articles/new")}) {
            String csp = page.header("Content-Security-Policy");
            assertThat(csp).as("CSP of a page answering %s", page.status()).isNotNull()
                    .contains("script-src 'self';").contains("object-src 'none'").contains("frame-ancestors 'none'").contains("base-uri 'self'");
            assertThat(page.doc().select("script:not([src])")).isEmpty();
            assertThat(page.doc().select("[onclick], [onload], [onsubmit], [onchange], [onerror]")).isEmpty();
        }
    }

    @Test
    void publicPagesAllowNoPluginsWhetherRenderedOrFromTheCache() {
        Page first = new Browser(server.getURI()).get("/" + world.a().slug() + "/");
        Page cached = new Browser(server.getURI()).get("/" + world.a().slug() + "/");

        assertThat(first.header("X-Lantoa-Cache")).isEqualTo("miss");
        assertThat(cached.header("X-Lantoa-Cache")).isEqualTo("hit");
        for (Page page : new Page[]{first, cached}) {
            assertThat(page.header("Content-Security-Policy")).contains("object-src 'none'").doesNotContain("object-src 'self'");
        }
    }

    @Test
    void apiTokensAreNeverCached() throws Exception {
        HttpResponse<String> token = postJson("/api/v1/auth/token",
                json.writeValueAsString(Map.of("email", world.editorA().email(), "password", Fixtures.PASSWORD)));
        String refreshToken = (String) json.readValue(token.body(), Map.class).get("refreshToken");
        HttpResponse<String> refreshed = postJson("/api/v1/auth/refresh", json.writeValueAsString(Map.of("refreshToken", refreshToken)));

        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(token.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(refreshed.headers().firstValue("Cache-Control")).contains("no-store");
    }

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutHttpsThereIsNoHsts() {
        assertThat(new Browser(server.getURI()).get("/login").header("Strict-Transport-Security")).isNull();
    }
}
