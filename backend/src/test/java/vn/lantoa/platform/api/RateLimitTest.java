package vn.lantoa.platform.api;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Fixtures;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "lantoa.api.requests-per-minute", value = "5")
class RateLimitTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    Router router;

    @Test
    void aCallerOverItsLimitIsToldWhenToComeBackWhileOthersGoOn() {
        Fixtures.World world = fixtures.world();
        Api busy = new Api(server.getURI(), json).signIn(world.adminD().email(), Fixtures.PASSWORD);
        Api other = new Api(server.getURI(), json).signIn(world.adminA().email(), Fixtures.PASSWORD);

        for (int i = 0; i < 5; i++) {
            assertThat(busy.get("/api/v1/units/" + world.d().id()).status()).isEqualTo(200);
        }
        Api.Reply refused = busy.get("/api/v1/units/" + world.d().id());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat((String) refused.json().get("message")).contains("giây");
        assertThat(other.get("/api/v1/units/" + world.a().id()).status()).isEqualTo(200);
    }

    @Test
    void everyOperationTellsACallerOverItsLimitWhenToComeBack() {
        Fixtures.World world = fixtures.world();
        Api busy = new Api(server.getURI(), json).signIn(world.adminB().email(), Fixtures.PASSWORD);
        for (int i = 0; i < 5; i++) {
            busy.get("/api/v1/units/" + world.b().id());
        }
        List<String> wrong = new ArrayList<>();
        router.uriRoutes().filter(r -> r.getUriMatchTemplate().toPathString().startsWith("/api/v1/"))
                .filter(r -> r.getHttpMethod() != io.micronaut.http.HttpMethod.HEAD && r.getHttpMethod() != io.micronaut.http.HttpMethod.OPTIONS)
                .filter(r -> !r.getUriMatchTemplate().toPathString().startsWith("/api/v1/auth/token"))
                .forEach(route -> {
                    String path = route.getUriMatchTemplate().toPathString().replace("{unitId}", String.valueOf(world.b().id()))
                            .replace("{periodCode}", "2026-11").replaceAll("\\{[^}]+}", "999999");
                    boolean write = !"GET".equals(route.getHttpMethodName()) && !"DELETE".equals(route.getHttpMethodName());
                    Api.Reply reply = busy.raw(route.getHttpMethodName(), path, write ? "application/json" : null, write ? "{}" : null);
                    if (reply.status() != 429 || reply.header("Retry-After") == null) {
                        wrong.add(route.getHttpMethodName() + " " + path + " -> " + reply.status());
                    }
                });
        assertThat(wrong).isEmpty();
    }
}
