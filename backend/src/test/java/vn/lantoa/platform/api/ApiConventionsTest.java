package vn.lantoa.platform.api;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Fixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The conventions every operation follows, tried on a few of them; ApiContract checks every answer of every test. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiConventionsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;

    Fixtures.World world;

    @BeforeAll
    void world() {
        world = fixtures.world();
    }

    private Api api(String email) {
        return new Api(server.getURI(), json).signIn(email, Fixtures.PASSWORD);
    }

    @Test
    void everyAnswerHasARequestIdAndIsNeverStoredByACache() {
        Api api = api(world.adminD().email());
        Api.Reply mine = api.getWith("/api/v1/units/" + world.d().id(), "X-Request-Id", "tich-hop-42-abc");
        Api.Reply given = api.getWith("/api/v1/units/" + world.d().id(), "X-Request-Id", "<script>");
        Api.Reply anonymous = new Api(server.getURI(), json).get("/api/v1/units/" + world.d().id());

        assertThat(mine.header("X-Request-Id")).isEqualTo("tich-hop-42-abc");
        assertThat(given.header("X-Request-Id")).matches("[0-9a-f]{24}");
        assertThat(mine.header("Cache-Control")).isEqualTo("no-store");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("X-Request-Id")).isNotBlank();
        assertThat(anonymous.header("Cache-Control")).isEqualTo("no-store");
        assertThat(mine.header("RateLimit-Limit")).isEqualTo("1200");
        assertThat(Integer.parseInt(mine.header("RateLimit-Remaining"))).isBetween(0, 1199);
    }

    @Test
    void listsArePagedWithTheirTotalAndLinksToTheOtherPages() {
        Api api = api(world.adminP().email());
        Api.Reply first = api.get("/api/v1/units/" + world.p().id() + "/units?scope=all&perPage=2");
        Api.Reply tooMany = api.get("/api/v1/units/" + world.p().id() + "/units?perPage=500");
        Api.Reply zero = api.get("/api/v1/units/" + world.p().id() + "/units?page=0");

        long total = ((Number) first.json().get("total")).longValue();
        assertThat(total).isGreaterThan(2);
        assertThat(first.header("X-Total-Count")).isEqualTo(Long.toString(total));
        assertThat(first.header("Link")).contains("rel=\"next\"", "rel=\"last\"", "page=2", "perPage=2", "scope=all")
                .doesNotContain("rel=\"prev\"");
        assertThat((java.util.List<?>) first.json().get("items")).hasSize(2);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"field\":\"perPage\"");
        assertThat(zero.body()).contains("\"field\":\"page\"");
    }

    @Test
    void theUnitsBelowAreSortedAndFilteredByWhenTheyChanged() {
        Api api = api(world.adminP().email());
        String path = "/api/v1/units/" + world.p().id() + "/units?scope=all";
        Api.Reply byName = api.get(path + "&sort=name&perPage=200");
        Api.Reply byNameDown = api.get(path + "&sort=-name&perPage=200");
        Api.Reply future = api.get(path + "&updatedSince=2099-01-01T00:00:00%2B07:00");
        Api.Reply past = api.get(path + "&updatedSince=2000-01-01T00:00:00Z");
        Api.Reply wrongSort = api.get(path + "&sort=hieuTruong");
        Api.Reply wrongSince = api.get(path + "&updatedSince=h%C3%B4m-qua");

        List<String> names = new java.util.ArrayList<>(names(byName));
        java.util.Collections.reverse(names);
        assertThat(names).hasSizeGreaterThan(2);
        assertThat(names(byNameDown)).containsExactlyElementsOf(names);
        assertThat(future.json().get("total")).isEqualTo(0);
        assertThat(past.json().get("total")).isEqualTo(byName.json().get("total"));
        assertThat(wrongSort.status()).isEqualTo(400);
        assertThat(wrongSort.body()).contains("\"field\":\"sort\"", "name, updatedAt");
        assertThat(wrongSince.body()).contains("\"field\":\"updatedSince\"");
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Api.Reply reply) {
        return ((List<Map<String, Object>>) reply.json().get("items")).stream().map(u -> (String) u.get("name")).toList();
    }

    @Test
    void aFieldTheOperationDoesNotKnowIsRefusedNotDropped() {
        Api api = api(world.adminD().email());
        Api.Reply reply = api.post("/api/v1/units/" + world.d().id() + "/units",
                Map.of("name", "Trường Lạ " + world.tag(), "type", "SCHOOL", "schoolLevel", "TH", "hieuTruong", "Ông A"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(reply.body()).contains("\"field\":\"hieuTruong\"", "không có trong yêu cầu này");
    }

    @Test
    void aReadHasAnEtagAndAnUpdateFromAStaleOneIsRefused() {
        Api api = api(world.adminD().email());
        String path = "/api/v1/units/" + world.a().id();
        Api.Reply read = api.get(path);
        String etag = read.header("ETag");
        Api.Reply unchanged = api.getWith(path, "If-None-Match", etag);
        Map<String, Object> body = new HashMap<>();
        body.put("name", read.json().get("name"));
        body.put("type", read.json().get("type"));
        body.put("schoolLevel", read.json().get("schoolLevel"));
        body.put("address", "Số 1 Đường Mới");

        Api.Reply withoutVersion = api.put(path, body);
        Api.Reply updated = api.putWith(path, body, "If-Match", etag);
        Api.Reply stale = api.putWith(path, body, "If-Match", etag);
        Api.Reply garbled = api.putWith(path, body, "If-Match", "abc");

        assertThat(etag).matches("\"v\\d+\"");
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(withoutVersion.status()).isEqualTo(428);
        assertThat(withoutVersion.code()).isEqualTo("VERSION_REQUIRED");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("address")).isEqualTo("Số 1 Đường Mới");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("STALE_VERSION");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(api.get(path).header("ETag")).isNotEqualTo(etag);
    }
}
