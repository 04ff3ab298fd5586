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
import vn.lantoa.testing.TestServers;
import vn.lantoa.unit.UnitRepository;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyTest {

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

    private Api admin() {
        return new Api(server.getURI(), json).signIn(world.adminD().email(), Fixtures.PASSWORD);
    }

    @Test
    void aCreateRetriedWithTheSameKeyIsAnsweredAgainAndMadeOnce() {
        Api api = admin();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/units/" + world.d().id() + "/units";
        Map<String, Object> body = Map.of("name", "Trường Thử Lại " + world.tag(), "type", "SCHOOL", "schoolLevel", "TH");
        long before = units.countByParentId(world.d().id());

        Api.Reply first = api.postWith(path, body, "Idempotency-Key", key);
        Api.Reply again = api.postWith(path, body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(units.countByParentId(world.d().id())).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedAndCreatesNothing() {
        Api api = admin();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/units/" + world.d().id() + "/units";
        api.postWith(path, Map.of("name", "Trường Một " + world.tag(), "type", "SCHOOL", "schoolLevel", "TH"), "Idempotency-Key", key);
        long before = units.countByParentId(world.d().id());

        Api.Reply other = api.postWith(path, Map.of("name", "Trường Hai " + world.tag(), "type", "SCHOOL", "schoolLevel", "TH"), "Idempotency-Key", key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(units.countByParentId(world.d().id())).isEqualTo(before);
    }

    @Test
    void aRefusedCreateKeepsNothingSoTheKeyWorksOnceTheRequestIsFixed() {
        Api api = admin();
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/units/" + world.d().id() + "/units";

        Api.Reply refused = api.postWith(path, Map.of("name", "", "type", "SCHOOL", "schoolLevel", "TH"), "Idempotency-Key", key);
        Api.Reply fixed = api.postWith(path, Map.of("name", "Trường Sửa Rồi " + world.tag(), "type", "SCHOOL", "schoolLevel", "TH"), "Idempotency-Key", key);
        Api.Reply badKey = api.postWith(path, Map.of("name", "Trường Khóa Lạ " + world.tag(), "type", "SCHOOL", "schoolLevel", "TH"),
                "Idempotency-Key", "khoa co dau cach");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fixed.status()).isEqualTo(201);
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.body()).contains("\"field\":\"Idempotency-Key\"");
    }

    @Test
    void keysOfDifferentPeopleNeverMeet() throws java.sql.SQLException {
        String key = UUID.randomUUID().toString();
        Api district = admin();
        Api province = new Api(server.getURI(), json).signIn(world.adminP().email(), Fixtures.PASSWORD);

        Api.Reply mine = district.postWith("/api/v1/units/" + world.d().id() + "/units",
                Map.of("name", "Trường Của Phòng " + world.tag(), "type", "SCHOOL", "schoolLevel", "TH"), "Idempotency-Key", key);
        Api.Reply theirs = province.postWith("/api/v1/units/" + world.p().id() + "/units",
                Map.of("name", "Phòng Của Sở " + world.tag(), "type", "DISTRICT_OFFICE"), "Idempotency-Key", key);

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("id")).isNotEqualTo(mine.json().get("id"));
        int stored;
        try (var connection = java.sql.DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             var ps = connection.prepareStatement("SELECT COUNT(*) FROM api_idempotency WHERE idem_key = ?")) {
            ps.setString(1, key);
            try (var rs = ps.executeQuery()) {
                rs.next();
                stored = rs.getInt(1);
            }
        }
        assertThat(stored).isEqualTo(2);
    }
}
