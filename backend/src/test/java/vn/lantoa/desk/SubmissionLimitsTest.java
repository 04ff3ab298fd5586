package vn.lantoa.desk;

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

/** Floods of the public form: per client address (as the trusted proxy reports it) and per unit, refused without storing. */
@MicronautTest(transactional = false)
@Property(name = "lantoa.desk.per-address-per-hour", value = "2")
@Property(name = "lantoa.desk.per-unit-per-hour", value = "3")
@Property(name = "lantoa.security.trusted-proxies", value = "127.0.0.1")
class SubmissionLimitsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Test
    void aFloodFromOneAddressIsRefusedWithoutStoringAndAForgedHeaderDoesNotHelp() {
        Fixtures.World w = fixtures.world();
        Browser citizen = new Browser(server.getURI());
        String path = "/" + w.a().slug() + "/gui-phan-anh";
        for (int i = 1; i <= 2; i++) {
            assertThat(citizen.postWith(path, DeskTest.form("KHAC", "Phản ánh số " + i + " " + w.tag(), Map.of()), "X-Forwarded-For", "203.0.113.7")
                    .status()).isEqualTo(200);
        }
        Page refused = citizen.postWith(path, DeskTest.form("KHAC", "Phản ánh số 3 " + w.tag(), Map.of()), "X-Forwarded-For", "203.0.113.7");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.doc().select("#form-notice").text()).startsWith("Bạn đã gửi quá nhiều phản ánh");
        assertThat(refused.doc().select("#f-message").text()).isEqualTo("Phản ánh số 3 " + w.tag());
        // A client that writes its own first hop is still seen at the address the trusted proxy appended last.
        assertThat(citizen.postWith(path, DeskTest.form("KHAC", "Phản ánh số 4 " + w.tag(), Map.of()), "X-Forwarded-For", "10.9.9.9, 203.0.113.7")
                .status()).isEqualTo(429);
        assertThat(DeskTest.query("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id())).isEqualTo("2");
    }

    @Test
    void aFloodToOneUnitFromManyAddressesStopsAtTheUnitsLimitAndLeavesOtherUnitsOpen() {
        Fixtures.World w = fixtures.world();
        Browser citizen = new Browser(server.getURI());
        String path = "/" + w.b().slug() + "/gui-phan-anh";
        for (int i = 1; i <= 3; i++) {
            assertThat(citizen.postWith(path, DeskTest.form("KHAC", "Tin nhắn số " + i + " " + w.tag(), Map.of()), "X-Forwarded-For", "198.51.100." + i)
                    .status()).isEqualTo(200);
        }
        assertThat(citizen.postWith(path, DeskTest.form("KHAC", "Tin nhắn số 4 " + w.tag(), Map.of()), "X-Forwarded-For", "198.51.100.4").status())
                .isEqualTo(429);
        assertThat(DeskTest.query("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.b().id())).isEqualTo("3");
        assertThat(citizen.postWith("/" + w.z().slug() + "/gui-phan-anh", DeskTest.form("KHAC", "Tin nhắn khác " + w.tag(), Map.of()),
                "X-Forwarded-For", "198.51.100.5").status()).isEqualTo(200);
    }
}
