package vn.lantoa.people;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Lantoa behind a load balancer on loopback, which appends the client's address and says whether it used HTTPS. */
@MicronautTest(transactional = false)
@Property(name = "lantoa.security.login-attempts-per-minute", value = "3")
@Property(name = "lantoa.security.trusted-proxies", value = "127.0.0.1/32, ::1/128")
class BehindAProxyTest {

    /** The limit is shared by every instance through the database, so by every test class too: start from a fresh count. */
    @org.junit.jupiter.api.BeforeAll
    static void freshSignInLimit() {
        vn.lantoa.testing.TestServers.sql("DELETE FROM login_limit WHERE id LIKE '3/min:%'");
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Test
    void theAddressThrottledIsTheRightmostOneThatIsNotAProxy() {
        Browser browser = new Browser(server.getURI());
        browser.get("/login");
        // The client forges a different first entry each time; the proxy appends the address it really came from.
        for (int i = 0; i < 3; i++) {
            Page page = browser.postWith("/login", Map.of("email", "lb" + i + "@example.edu.vn", "password", "doan-mo-" + i),
                    "X-Forwarded-For", "10.9.9." + i + ", 203.0.113.50");
            assertThat(page.status()).isEqualTo(422);
        }
        Page fourth = browser.postWith("/login", Map.of("email", "lb4@example.edu.vn", "password", "doan-mo-4"), "X-Forwarded-For", "10.9.9.4, 203.0.113.50");
        assertThat(fourth.status()).isEqualTo(429);

        // Another visitor behind the same proxy is not slowed down by the first one.
        Page other = browser.postWith("/login", Map.of("email", "lb5@example.edu.vn", "password", "doan-mo-5"), "X-Forwarded-For", "203.0.113.51");
        assertThat(other.status()).isEqualTo(422);
    }

    @Test
    void theSessionCookieIsSecureAndHstsIsSentWhenTheProxySaysHttps() {
        Fixtures.World world = fixtures.world();

        assertThat(new SessionCookieCheck(server, world.editorA().email()).setCookieOverHttps()).containsIgnoringCase("Secure");
        assertThat(new Browser(server.getURI()).getWith("/login", "X-Forwarded-Proto", "https").header("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000");
        assertThat(new Browser(server.getURI()).get("/login").header("Strict-Transport-Security")).isNull();

        // Public pages answered from the cache, before Micronaut, follow the same rule.
        String home = "/" + world.a().slug() + "/";
        new Browser(server.getURI()).get(home);
        Page hit = new Browser(server.getURI()).getWith(home, "X-Forwarded-Proto", "https");
        assertThat(hit.header("X-Lantoa-Cache")).isEqualTo("hit");
        assertThat(hit.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        assertThat(new Browser(server.getURI()).get(home).header("Strict-Transport-Security")).isNull();
    }
}
