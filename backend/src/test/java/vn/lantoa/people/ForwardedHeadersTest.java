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

/** No proxy is trusted (the default): what a client writes in forwarding headers changes nothing. */
@MicronautTest(transactional = false)
@Property(name = "lantoa.security.login-attempts-per-minute", value = "3")
class ForwardedHeadersTest {

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
    void aForgedForwardedForDoesNotGiveAClientANewAddressToGuessFrom() {
        Browser browser = new Browser(server.getURI());
        browser.get("/login");
        // Three attempts a minute from one address (another test of this class may have used one): a fresh forged
        // address on every try must not reset the count.
        Page page = null;
        for (int i = 0; i < 4; i++) {
            page = browser.postWith("/login", Map.of("email", "gia" + i + "@example.edu.vn", "password", "doan-mo-" + i),
                    "X-Forwarded-For", "198.51.100." + i);
            if (page.status() == 429) {
                break;
            }
            assertThat(page.status()).isEqualTo(422);
        }

        assertThat(page.status()).isEqualTo(429);
        assertThat(page.text()).contains("Có quá nhiều lần đăng nhập từ địa chỉ của bạn");
    }

    @Test
    void aForgedForwardedProtoNeitherMakesTheCookieSecureNorTurnsOnHsts() {
        Fixtures.World world = fixtures.world();
        SessionCookieCheck check = new SessionCookieCheck(server, world.editorA().email());

        assertThat(check.setCookieOverHttps()).startsWith("lantoa_session=").doesNotContainIgnoringCase("Secure");
        assertThat(new Browser(server.getURI()).getWith("/login", "X-Forwarded-Proto", "https").header("Strict-Transport-Security")).isNull();
    }
}
