package vn.lantoa.press.monitoring;

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
import vn.lantoa.testing.TestClock;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Media monitoring as JSON: paging and filters, safe resends, optimistic locking, forwarding up, stable error codes. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClippingApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    TestClock clock;

    Fixtures.World w;
    Api officer;
    String base;

    @BeforeAll
    void world() {
        clock.runFrom(LocalDateTime.of(2026, 11, 20, 10, 0));
        w = fixtures.world();
        User hotline = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline", w.tag());
        officer = new Api(server.getURI(), json).signIn(hotline.email(), Fixtures.PASSWORD);
        base = "/api/v1/units/" + w.a().id() + "/press-clippings";
    }

    Map<String, Object> body(String title, String day, String tone) {
        Map<String, Object> b = new HashMap<>(Map.of("title", title, "outletName", "Giáo dục & Thời đại", "outletKind", "ONLINE", "publishedOn", day,
                "tone", tone, "topics", List.of("THI_CU"), "unitIds", List.of(w.a().id()), "reach", 5000));
        b.put("url", "https://giaoducthoidai.example.vn/" + Math.abs(title.hashCode()));
        return b;
    }

    @Test
    void aCreateSentTwiceWithTheSameKeyIsStoredOnceAndReadBackWithItsEtag() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> b = body("Đề thi được bảo mật tuyệt đối " + w.tag(), "2026-11-19", "POSITIVE");

        Api.Reply first = officer.postWith(base, b, "Idempotency-Key", key);
        Api.Reply again = officer.postWith(base, b, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        long id = ((Number) first.json().get("id")).longValue();
        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping WHERE unit_id = ? AND title = ?", w.a().id(), b.get("title"))).isEqualTo(1);
        Api.Reply read = officer.get(base + "/" + id);
        assertThat(read.header("ETag")).isEqualTo("\"v0\"");
        assertThat(read.json().get("topics")).isEqualTo(List.of("THI_CU"));
        assertThat(read.json().get("reach")).isEqualTo(5000);
        assertThat(first.header("Location")).isEqualTo(base + "/" + id);
    }

    @Test
    void anUpdateNeedsTheVersionAndAStaleOneIsRefusedWith412() {
        long id = ((Number) officer.post(base, body("Lịch thi " + w.tag(), "2026-11-18", "NEUTRAL")).json().get("id")).longValue();
        Map<String, Object> change = body("Lịch thi đã điều chỉnh " + w.tag(), "2026-11-18", "NEGATIVE");

        assertThat(officer.put(base + "/" + id, change).code()).isEqualTo("VERSION_REQUIRED");
        Api.Reply ok = officer.putWith(base + "/" + id, change, "If-Match", "\"v0\"");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("tone")).isEqualTo("NEGATIVE");
        Api.Reply stale = officer.putWith(base + "/" + id, change, "If-Match", "\"v0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("STALE_VERSION");
    }

    @Test
    void theListPagesAndFiltersAndBadFiltersAreNamed() {
        Fixtures.World v = fixtures.world();
        Api admin = new Api(server.getURI(), json).signIn(v.adminA().email(), Fixtures.PASSWORD);
        String list = "/api/v1/units/" + v.a().id() + "/press-clippings";
        for (int i = 1; i <= 5; i++) {
            Map<String, Object> b = new HashMap<>(Map.of("title", "Tin " + i, "outletName", i % 2 == 0 ? "Báo Đắk Lắk" : "VTV", "outletKind", "ONLINE",
                    "publishedOn", "2026-11-0" + i, "tone", i == 3 ? "NEGATIVE" : "POSITIVE", "topics", List.of(i == 3 ? "HOC_PHI" : "KHAC")));
            assertThat(admin.post(list, b).status()).isEqualTo(201);
        }

        Api.Reply page = admin.get(list + "?perPage=2&page=2");
        assertThat(page.json().get("total")).isEqualTo(5);
        assertThat(titles(page)).containsExactly("Tin 3", "Tin 2");
        assertThat(titles(admin.get(list + "?tone=NEGATIVE"))).containsExactly("Tin 3");
        assertThat(titles(admin.get(list + "?topic=KHAC&from=2026-11-02&to=2026-11-04"))).containsExactly("Tin 4", "Tin 2");
        assertThat(titles(admin.get(list + "?outlet=VTV"))).containsExactly("Tin 5", "Tin 3", "Tin 1");
        assertThat(titles(admin.get(list + "?outlet=VTV&sort=publishedOn"))).containsExactly("Tin 1", "Tin 3", "Tin 5");
        Api.Reply bad = admin.get(list + "?tone=ANGRY&from=hom-qua&sort=reach");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
    }

    static List<Object> titles(Api.Reply r) {
        return ((List<?>) r.json().get("items")).stream().map(i -> ((Map<?, ?>) i).get("title")).map(Object.class::cast).toList();
    }

    @Test
    void badBodiesAreRefusedWithStableCodesAndNothingIsStored() {
        long before = Db.count("SELECT COUNT(*) FROM press_clipping WHERE unit_id = ?", w.a().id());
        Map<String, Object> b = body("", "2099-01-01", "ANGRY");
        b.put("url", "javascript:alert(1)");
        b.put("unitIds", List.of(w.z().id()));

        Api.Reply bad = officer.post(base, b);

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(officer.postRaw(base, "application/json", "{\"title\": [1, 2").status()).isEqualTo(400);
        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping WHERE unit_id = ?", w.a().id())).isEqualTo(before);
    }

    @Test
    void aClippingGoesUpOnceAndItsCopyOutlivesItAndATopUnitHasNowhereToSendIt() {
        long id = ((Number) officer.post(base, body("Học sinh đạt giải " + w.tag(), "2026-11-17", "POSITIVE")).json().get("id")).longValue();

        Api.Reply up = officer.post(base + "/" + id + "/forward", Map.of());
        Api.Reply again = officer.post(base + "/" + id + "/forward", Map.of());

        assertThat(up.status()).isEqualTo(201);
        assertThat(((Number) up.json().get("unitId")).longValue()).isEqualTo(w.d().id());
        assertThat(((Number) up.json().get("forwardedFromId")).longValue()).isEqualTo(id);
        assertThat(up.json().get("unitIds")).isEqualTo(List.of(((Number) w.a().id()).intValue()));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id")).isEqualTo(up.json().get("id"));

        Api top = new Api(server.getURI(), json).signIn(w.adminP().email(), Fixtures.PASSWORD);
        long ofP = ((Number) top.post("/api/v1/units/" + w.p().id() + "/press-clippings", body("Tin của Sở " + w.tag(), "2026-11-17", "NEUTRAL"))
                .json().get("id")).longValue();
        Api.Reply noParent = top.post("/api/v1/units/" + w.p().id() + "/press-clippings/" + ofP + "/forward", Map.of());
        assertThat(noParent.status()).isEqualTo(409);
        assertThat(noParent.code()).isEqualTo("NO_PARENT");

        assertThat(officer.delete(base + "/" + id).status()).isEqualTo(204);
        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping WHERE id = ? AND unit_id = ? AND forwarded_from_id IS NULL",
                ((Number) up.json().get("id")).longValue(), w.d().id())).as("the copy above is the district's own").isEqualTo(1);
    }

    @Test
    void aSiblingGets404AndAViewerGets403OnWritesAndNothingChanges() {
        long id = ((Number) officer.post(base, body("Tin của An Bình " + w.tag(), "2026-11-16", "NEGATIVE")).json().get("id")).longValue();
        Api sibling = new Api(server.getURI(), json).signIn(w.adminB().email(), Fixtures.PASSWORD);
        Api viewer = new Api(server.getURI(), json).signIn(w.viewerA().email(), Fixtures.PASSWORD);

        assertThat(sibling.get(base + "/" + id).status()).isEqualTo(404);
        assertThat(sibling.get("/api/v1/units/" + w.b().id() + "/press-clippings/" + id).status()).isEqualTo(404);
        assertThat(sibling.delete(base + "/" + id).status()).isEqualTo(404);
        assertThat(viewer.get(base + "/" + id).status()).isEqualTo(200);
        assertThat(viewer.delete(base + "/" + id).status()).isEqualTo(403);
        assertThat(viewer.putWith(base + "/" + id, body("Đổi " + w.tag(), "2026-11-16", "POSITIVE"), "If-Match", "\"v0\"").status()).isEqualTo(403);
        assertThat(viewer.post(base + "/" + id + "/forward", Map.of()).status()).isEqualTo(403);

        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping WHERE id = ? AND version = 0", id)).isEqualTo(1);
        assertThat(officer.delete(base + "/" + id).status()).isEqualTo(204);
        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping WHERE id = ?", id)).isZero();
    }
}
