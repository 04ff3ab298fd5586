package vn.lantoa.press.incidents;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
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

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.press.incidents.IncidentFixture.count;

/** The incidents API: open with an Idempotency-Key, read with an ETag, change with If-Match, work and close; stable error codes. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    TestClock clock;

    Fixtures.World w;
    User spokesA;
    Api spokes;

    @BeforeAll
    void world() {
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 0));
        w = fixtures.world();
        spokesA = fixtures.member(w.a(), Role.SPOKESPERSON, "spokes-api", w.tag());
        spokes = new Api(server.getURI(), json).signIn(spokesA.email(), Fixtures.PASSWORD);
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    String path() {
        return "/api/v1/units/" + w.a().id() + "/press-incidents";
    }

    Map<String, Object> body(String title) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("type", "EXAM_SITE");
        b.put("severity", "MINOR");
        b.put("ownerId", spokesA.id());
        b.put("firstAlertAt", "2026-12-10T07:30:00+07:00");
        return b;
    }

    @Test
    void anIncidentOpenedTwiceWithTheSameKeyIsOpenedOnce() {
        Map<String, Object> b = body("Thí sinh đến muộn " + w.tag());
        Api.Reply first = spokes.postWith(path(), b, "Idempotency-Key", "inc-" + w.tag());
        Api.Reply again = spokes.postWith(path(), b, "Idempotency-Key", "inc-" + w.tag());

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        Map<?, ?> incident = (Map<?, ?>) first.json().get("incident");
        assertThat(((Map<?, ?>) again.json().get("incident")).get("id")).isEqualTo(incident.get("id"));
        assertThat(incident.get("statementDueAt")).isEqualTo("2026-12-11T00:30:00Z");
        assertThat(incident.get("statementState")).isEqualTo("RUNNING");
        assertThat(count("SELECT COUNT(*) FROM press_incident WHERE unit_id = ? AND title = ?", w.a().id(), "Thí sinh đến muộn " + w.tag())).isEqualTo(1);
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndRaisingTheSeverityIsOnTheTimeline() {
        Api.Reply created = spokes.post(path(), body("Mất điện phòng thi " + w.tag()));
        long id = ((Number) ((Map<?, ?>) created.json().get("incident")).get("id")).longValue();
        Api.Reply read = spokes.get(path() + "/" + id);
        String etag = read.header("ETag");
        assertThat(etag).isNotBlank();

        Map<String, Object> change = body("Mất điện phòng thi (đã có điện) " + w.tag());
        change.put("severity", "SERIOUS");
        assertThat(spokes.put(path() + "/" + id, change).code()).isEqualTo("VERSION_REQUIRED");
        Api.Reply stale = spokes.putWith(path() + "/" + id, change, "If-Match", "\"99\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("STALE_VERSION");
        Api.Reply ok = spokes.putWith(path() + "/" + id, change, "If-Match", etag);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(((Map<?, ?>) ok.json().get("incident")).get("severity")).isEqualTo("SERIOUS");
        assertThat(((List<?>) ok.json().get("timeline")).stream().map(e -> String.valueOf(((Map<?, ?>) e).get("kind"))).toList()).contains("OPENED", "EDITED", "SEVERITY",
                "ESCALATED");
    }

    @Test
    void notesTasksAndClosureThroughTheApiWithStableErrors() {
        Api.Reply created = spokes.post(path(), body("Thí sinh bị mệt " + w.tag()));
        long id = ((Number) ((Map<?, ?>) created.json().get("incident")).get("id")).longValue();
        String one = path() + "/" + id;

        assertThat(spokes.post(one + "/notes", Map.of("text", "Đã đưa thí sinh sang phòng y tế")).status()).isEqualTo(200);
        Api.Reply task = spokes.post(one + "/tasks", Map.of("title", "Báo cáo Hội đồng thi", "dueAt", "2026-12-10T10:00:00+07:00"));
        assertThat(task.status()).as(task.body()).isEqualTo(200);
        Map<?, ?> added = (Map<?, ?>) ((List<?>) task.json().get("tasks")).get(0);
        assertThat(added.get("dueAt")).isEqualTo("2026-12-10T03:00:00Z");
        Api.Reply done = spokes.post(one + "/tasks/" + added.get("id") + "/done", Map.of("done", true));
        assertThat(((Map<?, ?>) ((List<?>) done.json().get("tasks")).get(0)).get("doneAt")).isNotNull();

        Api.Reply missing = spokes.post(one + "/close", Map.of("results", "Thí sinh thi tiếp"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("lessons");
        Api.Reply closed = spokes.post(one + "/close", Map.of("results", "Thí sinh thi tiếp", "lessons", "Chuẩn bị sẵn phòng y tế"));
        assertThat(((Map<?, ?>) closed.json().get("incident")).get("status")).isEqualTo("CLOSED");
        Api.Reply late = spokes.post(one + "/notes", Map.of("text", "Sau khi kết thúc"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("INCIDENT_CLOSED");
    }

    @Test
    void aSiblingGetsNotFoundAndTheUnitAboveReadsButCannotOpen() {
        Api.Reply created = spokes.post(path(), body("Riêng tư " + w.tag()));
        long id = ((Number) ((Map<?, ?>) created.json().get("incident")).get("id")).longValue();
        Api sibling = new Api(server.getURI(), json).signIn(w.adminB().email(), Fixtures.PASSWORD);
        Api district = new Api(server.getURI(), json).signIn(w.adminD().email(), Fixtures.PASSWORD);

        assertThat(sibling.get(path() + "/" + id).status()).isEqualTo(404);
        assertThat(sibling.get("/api/v1/units/" + w.b().id() + "/press-incidents/" + id).status()).isEqualTo(404);
        assertThat(district.get(path() + "/" + id).status()).isEqualTo(200);
        assertThat(district.get(path() + "?sort=-severity").json().get("total")).isNotNull();
        assertThat(district.get(path() + "?sort=colour").status()).isEqualTo(400);
        assertThat(district.post(path(), body("Từ Phòng " + w.tag())).status()).isEqualTo(403);
        assertThat(district.post(path() + "/" + id + "/notes", Map.of("text", "Từ Phòng")).status()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM press_incident WHERE title = ?", "Từ Phòng " + w.tag())).isZero();
    }
}
