package vn.lantoa.platform.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.unit.UnitRepository;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a careless or malicious person can send, and what they get back: a clear error, nothing stored, never a 500. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    UnitRepository units;

    Fixtures.World world;

    @BeforeAll
    void world() {
        world = fixtures.world();
    }

    @Test
    void scriptInANameIsShownAsTextEverywhereItAppears() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        admin.get("/admin/u/" + world.d().id() + "/units/new");
        Page created = admin.post("/admin/u/" + world.d().id() + "/units",
                Map.of("name", "Trường " + SCRIPT + " " + world.tag(), "type", "SCHOOL", "schoolLevel", "TH"));
        assertThat(created.status()).isEqualTo(303);

        for (String path : new String[]{created.location(), "/admin/u/" + world.d().id() + "/units"}) {
            Page page = admin.get(path);
            assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
            assertThat(page.body()).contains("&lt;script&gt;");
            assertThat(page.doc().select("script:not([src])")).isEmpty();
        }
    }

    @Test
    void hugeValuesAreRefusedFieldByFieldAndNothingIsStored() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        long before = units.countByParentId(world.d().id());
        admin.get("/admin/u/" + world.d().id() + "/units/new");
        Page page = admin.post("/admin/u/" + world.d().id() + "/units", Map.of("name", "T".repeat(100_000), "type", "SCHOOL",
                "schoolLevel", "TH", "address", "Đ".repeat(5000), "email", "x".repeat(300) + "@a.vn", "slug", "Không Hợp Lệ!"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.doc().select("#e-name").text()).isEqualTo("Tối đa 255 ký tự.");
        assertThat(page.doc().select("#e-address").text()).isEqualTo("Tối đa 500 ký tự.");
        assertThat(page.doc().select("#e-email").text()).startsWith("Email không hợp lệ");
        assertThat(page.doc().select("#e-slug").text()).startsWith("Đường dẫn chỉ gồm");
        assertThat(page.doc().select(".error-summary li")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(units.countByParentId(world.d().id())).isEqualTo(before);
    }

    @Test
    void controlCharactersAndEmojiAreHandled() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        admin.get("/admin/u/" + world.d().id() + "/units/new");
        Page created = admin.post("/admin/u/" + world.d().id() + "/units",
                Map.of("name", "Trường\u0000 Vui 🎉 " + world.tag(), "type", "SCHOOL", "schoolLevel", "MN"));
        assertThat(created.status()).isEqualTo(303);
        assertThat(admin.get(created.location()).doc().select("h1").text()).isEqualTo("Trường Vui 🎉 " + world.tag());
    }

    @Test
    void theApiAnswersMalformedJsonWithAStableCode() {
        Api api = new Api(server.getURI(), json).signIn(world.adminD().email(), Fixtures.PASSWORD);
        Api.Reply reply = api.postRaw("/api/v1/units/" + world.d().id() + "/units", "application/json", "{\"name\": \"unterminated");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("MALFORMED_BODY");
        assertThat((String) reply.json().get("message")).isNotBlank();
    }

    @Test
    void theApiExplainsEveryInvalidFieldInVietnamese() {
        Api api = new Api(server.getURI(), json).signIn(world.adminD().email(), Fixtures.PASSWORD);
        Api.Reply reply = api.post("/api/v1/units/" + world.d().id() + "/units",
                Map.of("name", "", "type", "PLANET", "phone", "abc", "website", "javascript:alert(1)"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(reply.body()).contains("\"field\":\"name\"").contains("\"field\":\"type\"").contains("\"field\":\"phone\"")
                .contains("\"field\":\"website\"").contains("Vui lòng nhập tên đơn vị");
    }

    @Test
    void wrongTypesInTheUrlAreA400NotA500() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        assertThat(admin.get("/admin/u/not-a-number/units").status()).isEqualTo(400);
        assertThat(admin.get("/admin/u/99999999999999999999/units").status()).isEqualTo(400);
        assertThat(admin.get("/admin/u/" + world.d().id() + "/units?page=abc").status()).isEqualTo(400);
        assertThat(new Api(server.getURI(), json).signIn(world.adminD().email(), Fixtures.PASSWORD).get("/api/v1/units/xyz").code())
                .isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void anUnknownPageIsAVietnamese404() {
        Page page = new Browser(server.getURI()).get("/khong-co-trang-nay");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.doc().select("h1").text()).isEqualTo("Không tìm thấy");
    }

    @Test
    void aSearchWithSqlWildcardsAndQuotesIsJustText() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminP().email(), Fixtures.PASSWORD);
        Page page = admin.get("/admin/u/" + world.p().id() + "/units?scope=all&q=%27%20OR%201%3D1%20--%20%25");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Tìm thấy 0 đơn vị");
    }
}
