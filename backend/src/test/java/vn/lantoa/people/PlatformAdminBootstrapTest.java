package vn.lantoa.people;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "lantoa.bootstrap.admin-email", value = PlatformAdminBootstrapTest.EMAIL)
class PlatformAdminBootstrapTest {

    static final String EMAIL = "bootstrap-admin@lantoa.test";

    @Inject
    EmbeddedServer server;
    @Inject
    UserRepository users;

    @Test
    void aNewInstallationInvitesItsFirstPlatformAdminWhoThenCreatesTheMinistry() {
        User invited = users.findByEmail(EMAIL).orElseThrow();
        assertThat(invited.platformAdmin()).isTrue();
        assertThat(invited.status()).isEqualTo(UserStatus.INVITED);

        String token = Mailbox.await(EMAIL, 1).token();
        Browser browser = new Browser(server.getURI());
        browser.get("/invitation?token=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
        browser.post("/invitation", Map.of("token", token, "fullName", "Quản trị Đầu tiên", "password", "Khoi-dong-2026", "confirm", "Khoi-dong-2026"));
        assertThat(browser.get("/admin").location()).isEqualTo("/admin/platform");

        browser.get("/admin/platform/units/new");
        Page created = browser.post("/admin/platform/units", Map.of("name", "Bộ Giáo dục và Đào tạo Thử", "type", "MINISTRY",
                "slug", "bo-gddt-bootstrap"));
        assertThat(created.status()).isEqualTo(303);
        assertThat(browser.get("/admin/platform").text()).contains("Bộ Giáo dục và Đào tạo Thử");
    }
}
