package vn.lantoa.audit;

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
import vn.lantoa.testing.TestClock;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;

    Fixtures.World world;
    Instant beforeEdit;

    @Inject
    TestClock clock;

    @BeforeAll
    void world() {
        // Made and edited at two different minutes, whatever the clock was left at by the tests before.
        clock.runFrom(LocalDateTime.of(2026, 11, 2, 9, 0));
        world = fixtures.world();
        clock.advance(Duration.ofMinutes(5));
        beforeEdit = clock.instant();
        Browser admin = new Browser(server.getURI()).signIn(world.adminA().email(), Fixtures.PASSWORD);
        admin.get("/admin/u/" + world.a().id() + "/profile/edit");
        admin.post("/admin/u/" + world.a().id() + "/profile", Map.of("name", world.a().name(), "type", "SCHOOL", "schoolLevel", "THCS",
                "slug", world.a().slug(), "phone", "0243 555 7777"));
    }

    private Api as(String email) {
        return new Api(server.getURI(), json).signIn(email, Fixtures.PASSWORD);
    }

    private String events(long unitId) {
        return "/api/v1/units/" + unitId + "/audit-events";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Api.Reply reply) {
        return (List<Map<String, Object>>) reply.json().get("items");
    }

    @Test
    void aDistrictAdminReadsWhoChangedWhatInASchoolWithTheFieldsBeforeAndAfter() {
        Api.Reply reply = as(world.adminD().email()).get(events(world.a().id()));

        assertThat(reply.status()).isEqualTo(200);
        Map<String, Object> edit = items(reply).stream().filter(e -> "unit.updated".equals(e.get("action"))).findFirst().orElseThrow();
        assertThat(edit.get("actorEmail")).isEqualTo(world.adminA().email());
        assertThat(edit.get("unitId")).isEqualTo(world.a().id().intValue());
        assertThat(edit.get("entityType")).isEqualTo("unit");
        assertThat(edit.get("entityId")).isEqualTo(String.valueOf(world.a().id()));
        assertThat((List<Map<String, Object>>) edit.get("changes")).anySatisfy(c -> {
            assertThat(c.get("field")).isEqualTo("phone");
            assertThat(c.get("after")).isEqualTo("0243 555 7777");
        });
        assertThat(OffsetDateTime.parse((String) edit.get("occurredAt")).toInstant()).isAfterOrEqualTo(beforeEdit.minusSeconds(1));
        assertThat(items(reply).get(0).get("action")).as("newest first").isEqualTo("unit.updated");
    }

    @Test
    void aSchoolAdminCannotReadTheDistrictsLogNorASiblingsAndAViewerCannotReadItsOwn() {
        assertThat(as(world.adminA().email()).get(events(world.d().id())).status()).isEqualTo(404);
        assertThat(as(world.adminA().email()).get(events(world.b().id())).status()).isEqualTo(404);
        Api.Reply viewer = as(world.viewerA().email()).get(events(world.a().id()));
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void theLogFiltersByPersonActionAndResource() {
        Api admin = as(world.adminA().email());
        String a = events(world.a().id());

        List<Map<String, Object>> byPerson = items(admin.get(a + "?changedBy=" + enc(world.platformAdmin().email()) + "&action=unit."));
        assertThat(byPerson).extracting(e -> e.get("action")).containsOnly("unit.created");
        assertThat(items(admin.get(a + "?action=unit.upd"))).extracting(e -> e.get("action")).containsExactly("unit.updated");
        assertThat(items(admin.get(a + "?changedBy=" + enc("admin-a-")))).extracting(e -> e.get("actorEmail")).containsOnly(world.adminA().email());
        List<Map<String, Object>> unit = items(admin.get(a + "?entityType=unit&entityId=" + world.a().id()));
        assertThat(unit).extracting(e -> e.get("action")).containsExactly("unit.updated", "unit.created");
        assertThat(items(admin.get(a + "?entityType=unit&entityId=" + world.b().id()))).isEmpty();
    }

    @Test
    void theLogIsPagedInSqlWithItsTotalAndLinks() {
        Api.Reply first = as(world.adminA().email()).get(events(world.a().id()) + "?perPage=1");

        assertThat(first.status()).isEqualTo(200);
        long total = ((Number) first.json().get("total")).longValue();
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(items(first)).hasSize(1);
        assertThat(first.header("X-Total-Count")).isEqualTo(String.valueOf(total));
        String lastLink = java.util.Arrays.stream(first.header("Link").split(", ")).filter(l -> l.endsWith("rel=\"last\"")).findFirst().orElseThrow();
        assertThat(first.header("Link")).contains("rel=\"next\"");
        assertThat(lastLink).contains("page=" + total).contains("perPage=1");
        Api.Reply last = as(world.adminA().email()).get(events(world.a().id()) + "?perPage=1&page=" + total);
        assertThat(items(last)).hasSize(1);
        assertThat(items(last).get(0).get("action")).as("the oldest").isEqualTo("unit.created");
        assertThat(items(as(world.adminA().email()).get(events(world.a().id()) + "?perPage=1&page=" + (total + 1)))).isEmpty();
    }

    @Test
    void sinceKeepsWhatHappenedFromThatInstantAndOldestFirstIsASort() {
        Api admin = as(world.adminA().email());
        Map<String, Object> edit = items(admin.get(events(world.a().id()) + "?action=unit.updated")).get(0);
        Instant editedAt = OffsetDateTime.parse((String) edit.get("occurredAt")).toInstant();
        String since = enc(OffsetDateTime.ofInstant(editedAt, java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString());

        List<Map<String, Object>> recent = items(admin.get(events(world.a().id()) + "?since=" + since));
        assertThat(recent).extracting(e -> e.get("action")).containsExactly("unit.updated");
        List<Map<String, Object>> later = items(admin.get(events(world.a().id()) + "?since=" + enc(clock.instant().plusSeconds(600).toString())));
        assertThat(later).isEmpty();
        List<Map<String, Object>> oldestFirst = items(admin.get(events(world.a().id()) + "?sort=occurredAt&action=unit."));
        assertThat(oldestFirst).extracting(e -> e.get("action")).containsExactly("unit.created", "unit.updated");
    }

    @Test
    void aProvinceAdminReadsTheLogOfTheWholeTreeBelow() {
        Api.Reply reply = as(world.adminP().email()).get(events(world.p().id()) + "?scope=subtree&action=unit.updated");

        assertThat(items(reply)).anySatisfy(e -> {
            assertThat(e.get("unitId")).isEqualTo(world.a().id().intValue());
            assertThat(e.get("unitName")).isEqualTo(world.a().name());
        });
        assertThat(items(as(world.adminP().email()).get(events(world.p().id()) + "?action=unit.updated"))).as("the province's own log").isEmpty();
    }

    @Test
    void badFiltersAreRefusedWithTheFieldAndAVietnameseMessage() {
        Api admin = as(world.adminA().email());
        String a = events(world.a().id());

        Api.Reply date = admin.get(a + "?from=31/02/2026");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(fields(date)).containsExactly("from");
        assertThat((String) date.json().get("message")).contains("Ngày không hợp lệ");
        assertThat(fields(admin.get(a + "?from=2026-11-20&to=2026-11-01"))).containsExactly("to");
        assertThat(fields(admin.get(a + "?since=hom-qua"))).containsExactly("since");
        assertThat(fields(admin.get(a + "?scope=ca-nuoc"))).containsExactly("scope");
        assertThat(fields(admin.get(a + "?sort=action"))).containsExactly("sort");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(Api.Reply reply) {
        assertThat(reply.status()).isEqualTo(400);
        return ((List<Map<String, Object>>) reply.json().get("errors")).stream().map(e -> e.get("field")).toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
