package vn.lantoa.platform;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "lantoa.health.operator-token", value = "kiem-tra-suc-khoe-0123456789")
class HealthTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    Fixtures fixtures;

    @Test
    void probesGetTheStatusWithAnyAcceptAndNoDetails() {
        for (String path : new String[]{"/health", "/health/liveness", "/health/readiness"}) {
            for (String accept : new String[]{"*/*", "text/html", "application/json", "text/html,application/xhtml+xml,*/*;q=0.8", null}) {
                Browser probe = new Browser(server.getURI());
                Page page = accept == null ? probe.getWith(path, "User-Agent", "kube-probe/1.30") : probe.get(path, accept);

                assertThat(page.status()).as("%s with Accept %s", path, accept).isEqualTo(200);
                assertThat(page.header("Content-Type")).startsWith("application/json");
                assertThat(page.body()).isEqualTo("{\"status\":\"UP\"}");
                assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlatformAdminSeesTheDatabaseAndTheBucketAsUp() throws IOException {
        Fixtures.World world = fixtures.world();
        Page page = new Browser(server.getURI()).signIn(world.platformAdmin().email(), Fixtures.PASSWORD).get("/health", "*/*");

        assertThat(page.status()).isEqualTo(200);
        Map<String, Object> body = json.readValue(page.body(), Argument.mapOf(String.class, Object.class));
        Map<String, Object> details = (Map<String, Object>) body.get("details");
        assertThat(((Map<String, Object>) details.get("jdbc")).get("status")).isEqualTo("UP");
        assertThat(((Map<String, Object>) details.get("s3")).get("status")).isEqualTo("UP");
    }

    @Test
    void aMonitorWithTheOperatorTokenSeesTheDetailsAndOthersDoNot() {
        Fixtures.World world = fixtures.world();

        assertThat(new Browser(server.getURI()).getWith("/health/readiness", "X-Lantoa-Operator-Token", "kiem-tra-suc-khoe-0123456789").body())
                .contains("\"jdbc\"").contains("\"s3\"");
        assertThat(new Browser(server.getURI()).getWith("/health/readiness", "X-Lantoa-Operator-Token", "doan-thu").body())
                .isEqualTo("{\"status\":\"UP\"}");
        Page editor = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD).get("/health", "application/json");
        assertThat(editor.body()).isEqualTo("{\"status\":\"UP\"}").doesNotContain("jdbc:");
    }

    @Test
    void micronautsOwnEndpointShowsNoDetailsToAnyone() {
        Fixtures.World world = fixtures.world();
        Page anonymous = new Browser(server.getURI()).get("/_endpoints/health", "application/json");
        Page admin = new Browser(server.getURI()).signIn(world.platformAdmin().email(), Fixtures.PASSWORD).get("/_endpoints/health", "application/json");

        assertThat(anonymous.status()).isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("jdbc");
        assertThat(admin.body()).doesNotContain("jdbc:");
    }
}
