package vn.lantoa.people;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "lantoa.security.login-attempts-per-minute", value = "3")
class LoginThrottleTest {

    /** The limit is shared by every instance through the database, so by every test class too: start from a fresh count. */
    @org.junit.jupiter.api.BeforeAll
    static void freshSignInLimit() {
        vn.lantoa.testing.TestServers.sql("DELETE FROM login_limit WHERE id LIKE '3/min:%'");
    }

    @Inject
    EmbeddedServer server;

    @Test
    void oneAddressTryingManyAccountsIsSlowedDown() {
        Browser browser = new Browser(server.getURI());
        browser.get("/login");
        for (int i = 0; i < 3; i++) {
            assertThat(browser.post("/login", Map.of("email", "doan" + i + "@example.edu.vn", "password", "doan-mo-" + i)).status()).isEqualTo(422);
        }
        Page fourth = browser.post("/login", Map.of("email", "doan4@example.edu.vn", "password", "doan-mo-4"));

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.text()).contains("Có quá nhiều lần đăng nhập từ địa chỉ của bạn");
    }
}
