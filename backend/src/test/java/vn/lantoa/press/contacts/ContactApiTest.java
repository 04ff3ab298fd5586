package vn.lantoa.press.contacts;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Fixtures;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.press.contacts.ContactsFixture.count;

/** Press contacts and lists through the JSON API: idempotent creates, versioned updates, stable error codes, the desk roles only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;

    Fixtures.World w;
    Api desk;

    @BeforeAll
    void world() {
        w = fixtures.world();
        User s = fixtures.member(w.a(), Role.SPOKESPERSON, "spokes-a", w.tag());
        desk = api(s.email());
    }

    Api api(String email) {
        return new Api(server.getURI(), json).signIn(email, Fixtures.PASSWORD);
    }

    String contacts() {
        return "/api/v1/units/" + w.a().id() + "/press-contacts";
    }

    @Test
    void aJournalistIsCreatedOnceForOneIdempotencyKeyReadWithItsETagUpdatedWithIfMatchAndDeleted() {
        Map<String, Object> body = Map.of("fullName", "Đỗ Văn Tin", "email", "tin.do@dantri.example.vn", "beat", "Giáo dục", "phone", "0903 123 456");
        Api.Reply created = desk.postWith(contacts(), body, "Idempotency-Key", "pv-" + w.tag());
        assertThat(created.status()).isEqualTo(201);
        long id = ((Number) created.json().get("id")).longValue();
        assertThat(created.header("Location")).isEqualTo(contacts() + "/" + id);
        Api.Reply again = desk.postWith(contacts(), body, "Idempotency-Key", "pv-" + w.tag());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(count("SELECT COUNT(*) FROM press_contact WHERE unit_id = ? AND email = 'tin.do@dantri.example.vn'", w.a().id())).isEqualTo(1);

        Api.Reply got = desk.get(contacts() + "/" + id);
        assertThat(got.header("ETag")).isEqualTo("\"v0\"");
        assertThat(got.json().get("beat")).isEqualTo("Giáo dục");
        assertThat(got.json().get("active")).isEqualTo(true);

        Map<String, Object> change = Map.of("fullName", "Đỗ Văn Tín", "email", "tin.do@dantri.example.vn");
        assertThat(desk.put(contacts() + "/" + id, change).code()).isEqualTo("VERSION_REQUIRED");
        Api.Reply updated = desk.putWith(contacts() + "/" + id, change, "If-Match", "\"v0\"");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("fullName")).isEqualTo("Đỗ Văn Tín");
        Api.Reply stale = desk.putWith(contacts() + "/" + id, change, "If-Match", "\"v0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("STALE_VERSION");

        assertThat(desk.get(contacts() + "?q=dantri").json().get("total")).isEqualTo(1);
        assertThat(desk.delete(contacts() + "/" + id).status()).isEqualTo(204);
        assertThat(desk.get(contacts() + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void badInputGetsValidationFailedWithTheFieldAndADuplicateEmailIsNamed() {
        desk.post(contacts(), Map.of("fullName", "Người Đầu", "email", "dau@tuoitre.example.vn"));
        long before = count("SELECT COUNT(*) FROM press_contact WHERE unit_id = ?", w.a().id());
        Api.Reply bad = desk.post(contacts(), Map.of("fullName", "", "email", "không-phải-email", "phone", "abc"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(fields(bad)).contains("fullName", "email", "phone");
        Api.Reply duplicate = desk.post(contacts(), Map.of("fullName", "Người Sau", "email", "DAU@tuoitre.example.vn"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(fields(duplicate)).containsExactly("email");
        Api.Reply outlet = desk.post("/api/v1/units/" + w.a().id() + "/press-outlets", Map.of("name", "Trang Lạ", "kind", "NEWS_SITE",
                "scope", "NATIONAL", "website", "javascript:alert(1)"));
        assertThat(fields(outlet)).containsExactly("website");
        assertThat(count("SELECT COUNT(*) FROM press_contact WHERE unit_id = ?", w.a().id())).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(Api.Reply reply) {
        return ((List<Map<String, Object>>) reply.json().get("errors")).stream().map(e -> (String) e.get("field")).toList();
    }

    @Test
    void aListIsCreatedWithItsMembersAndItsMembersAreReplacedByAnUpdate() {
        long outlet = ((Number) desk.post("/api/v1/units/" + w.a().id() + "/press-outlets", Map.of("name", "VnExpress " + w.tag(), "kind", "NEWS_SITE",
                "scope", "NATIONAL", "website", "https://vnexpress.example.vn")).json().get("id")).longValue();
        assertThat(desk.get("/api/v1/units/" + w.a().id() + "/press-outlets/" + outlet).json().get("kind")).isEqualTo("NEWS_SITE");
        long one = ((Number) desk.post(contacts(), Map.of("fullName", "Một", "email", "mot@vnexpress.example.vn", "outletId", outlet)).json().get("id"))
                .longValue();
        long two = ((Number) desk.post(contacts(), Map.of("fullName", "Hai", "email", "hai@vnexpress.example.vn")).json().get("id")).longValue();
        String lists = "/api/v1/units/" + w.a().id() + "/press-lists";
        Api.Reply created = desk.post(lists, Map.of("name", "Phóng viên giáo dục", "contactIds", List.of(one)));
        assertThat(created.status()).isEqualTo(201);
        long listId = ((Number) created.json().get("id")).longValue();
        assertThat(created.json().get("recipients")).isEqualTo(1);
        Api.Reply updated = desk.putWith(lists + "/" + listId, Map.of("name", "Phóng viên giáo dục", "contactIds", List.of(two)), "If-Match", "\"v0\"");
        assertThat(updated.status()).isEqualTo(200);
        assertThat((List<?>) updated.json().get("members")).singleElement().satisfies(m -> assertThat(((Map<?, ?>) m).get("fullName")).isEqualTo("Hai"));
        assertThat(desk.get(contacts() + "/" + two).json().get("listIds")).isEqualTo(List.of((int) listId));
        Api.Reply foreign = desk.putWith(lists + "/" + listId, Map.of("name", "X", "contactIds", List.of(999_999_999L)), "If-Match", "\"v1\"");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM press_list_member WHERE list_id = ?", listId)).isEqualTo(1);
        assertThat(desk.delete(lists + "/" + listId).status()).isEqualTo(204);
    }

    @Test
    void aViewerGets403AndASiblingGets404AndNothingChanges() {
        long id = ((Number) desk.post(contacts(), Map.of("fullName", "Riêng Tư", "email", "rieng@vtv.example.vn")).json().get("id")).longValue();
        long before = count("SELECT COUNT(*) FROM press_contact WHERE unit_id = ?", w.a().id());
        Api viewer = api(w.viewerA().email());
        assertThat(viewer.get(contacts()).status()).isEqualTo(403);
        assertThat(viewer.get(contacts() + "/" + id).status()).isEqualTo(403);
        assertThat(viewer.post(contacts(), Map.of("fullName", "Người xem thêm")).status()).isEqualTo(403);
        Api sibling = api(w.adminB().email());
        assertThat(sibling.get(contacts()).status()).isEqualTo(404);
        assertThat(sibling.get("/api/v1/units/" + w.b().id() + "/press-contacts/" + id).status()).isEqualTo(404);
        assertThat(sibling.delete("/api/v1/units/" + w.b().id() + "/press-contacts/" + id).status()).isEqualTo(404);
        assertThat(api(w.adminD().email()).get(contacts()).status()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM press_contact WHERE unit_id = ?", w.a().id())).isEqualTo(before);
    }
}
