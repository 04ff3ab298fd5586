package vn.lantoa.disclosure;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.files.FileService;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.TestClock;
import vn.lantoa.unit.Unit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Công khai through the API, over HTTP against the real database: a school publishes, a new item replaces the old in
 * the archive, and a Sở reads in one call which schools below are missing or late with which items.
 */
@MicronautTest(transactional = false)
class DisclosureApiTest {

    static final List<String> YEARLY = List.of("GENERAL_INFO", "ORGANISATION", "FEES", "BUDGET", "STAFF", "FACILITIES", "ENROLMENT_PLAN",
            "EDUCATION_RESULTS", "ANNUAL_REPORT");

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    TestClock clock;
    @Inject
    FileService files;
    @Inject
    UnitRefRepository refs;

    Api api(String email) {
        return new Api(server.getURI(), json).signIn(email, Fixtures.PASSWORD);
    }

    Api.Reply publish(Api who, long unitId, String requirement, String period, String title, Long fileId) {
        Map<String, Object> body = new HashMap<>(Map.of("requirement", requirement, "period", period, "title", title,
                "body", "Nội dung công khai: " + title));
        if (fileId != null) {
            body.put("fileId", fileId);
        }
        return who.postWith("/api/v1/units/" + unitId + "/disclosure/items", body, "Idempotency-Key", UUID.randomUUID().toString());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (List<Map<String, Object>>) reply.json().get("items");
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fieldMessages(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        Map<String, String> messages = new LinkedHashMap<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) reply.json().get("errors")) {
            messages.put((String) e.get("field"), (String) e.get("message"));
        }
        return messages;
    }

    @SuppressWarnings("unchecked")
    static List<String> requirements(Map<String, Object> school, String list) {
        return ((List<Map<String, Object>>) school.get(list)).stream().map(m -> (String) m.get("requirement")).toList();
    }

    static Map<String, Object> school(List<Map<String, Object>> schools, long id) {
        return schools.stream().filter(s -> ((Number) s.get("schoolId")).longValue() == id).findFirst().orElseThrow();
    }

    @Test
    void aSoReadsWhichSchoolsBelowAreMissingOrLateWithWhichItemsInOneCall() {
        clock.runFrom(LocalDateTime.of(2026, 6, 20, 9, 0));
        Fixtures.World w = fixtures.world();
        Unit kindergarten = fixtures.unit(fixtures.actor(w.platformAdmin()), w.d().id(), "Trường Mầm non Hoa Sen " + w.tag(), UnitType.SCHOOL,
                SchoolLevel.MN);
        long report = files.upload(fixtures.actor(w.platformAdmin()), refs.findById(w.a().id()).orElseThrow(), "bao-cao-thuong-nien.pdf",
                new ByteArrayInputStream("%PDF-1.4\n".getBytes(StandardCharsets.UTF_8))).id();
        Api schoolA = api(w.editorA().email());
        for (String requirement : YEARLY) {
            Api.Reply published = publish(schoolA, w.a().id(), requirement, "2026", "Công khai " + requirement, "ANNUAL_REPORT".equals(requirement)
                    ? report : null);
            assertThat(published.status()).as(published.body()).isEqualTo(201);
        }
        clock.runFrom(LocalDateTime.of(2026, 7, 5, 15, 0));
        assertThat(publish(api(w.editorB().email()), w.b().id(), "FEES", "2026", "Học phí năm học 2026-2027", null).status()).isEqualTo(201);
        clock.runFrom(LocalDateTime.of(2026, 7, 10, 8, 0));
        Api province = api(w.adminP().email());
        String below = "/api/v1/units/" + w.p().id() + "/disclosure/schools-below";

        List<Map<String, Object>> gaps = items(province.get(below));
        List<Map<String, Object>> all = items(province.get(below + "?status=all"));
        List<Map<String, Object>> late = items(province.get(below + "?status=late"));
        List<Map<String, Object>> mostMissingFirst = items(province.get(below + "?sort=-missing"));

        assertThat(gaps).extracting(s -> ((Number) s.get("schoolId")).longValue()).containsExactlyInAnyOrder(w.b().id(), kindergarten.id());
        Map<String, Object> b = school(gaps, w.b().id());
        assertThat(requirements(b, "missing")).hasSize(8).doesNotContain("FEES").contains("ANNUAL_REPORT");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bLate = (List<Map<String, Object>>) b.get("late");
        assertThat(bLate).singleElement().satisfies(l -> assertThat(l).containsEntry("requirement", "FEES")
                .containsEntry("period", "2026").containsEntry("dueDate", "2026-06-30").containsEntry("daysLate", 5));
        assertThat(requirements(school(gaps, kindergarten.id()), "missing")).hasSize(11).contains("MONTHLY_PLAN", "WEEKLY_MENU");
        assertThat(school(all, w.a().id()).get("missing")).asList().isEmpty();
        assertThat(all).hasSize(3);
        assertThat(late).extracting(s -> ((Number) s.get("schoolId")).longValue()).containsExactly(w.b().id());
        assertThat(((Number) mostMissingFirst.get(0).get("schoolId")).longValue()).isEqualTo(kindergarten.id());
        assertThat(items(api(w.adminA().email()).get("/api/v1/units/" + w.a().id() + "/disclosure/requirements")))
                .hasSize(9).allSatisfy(r -> assertThat(r).containsEntry("previousState", "ON_TIME").containsEntry("previousPeriod", "2026"));
    }

    @Test
    void aSchoolPublishesThroughTheApiAndANewItemForTheSamePeriodReplacesTheOldWhichStaysInTheArchive() {
        clock.runFrom(LocalDateTime.of(2026, 11, 10, 9, 0));
        Fixtures.World w = fixtures.world();
        Api school = api(w.editorA().email());
        String items = "/api/v1/units/" + w.a().id() + "/disclosure/items";

        Api.Reply first = publish(school, w.a().id(), "FEES", "2026", "Học phí (bản đầu)", null);
        clock.runFrom(LocalDateTime.of(2026, 11, 12, 9, 0));
        Api.Reply second = publish(school, w.a().id(), "FEES", "2026", "Học phí (cập nhật)", null);
        long firstId = ((Number) first.json().get("id")).longValue();
        long secondId = ((Number) second.json().get("id")).longValue();

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo(items + "/" + firstId);
        Api district = api(w.adminD().email());
        Api.Reply replaced = district.get(items + "/" + firstId);
        assertThat(replaced.json()).containsEntry("current", false).containsEntry("replacedBy", (int) secondId).containsEntry("late", true)
                .containsEntry("updatedAt", second.json().get("publishedAt"));
        assertThat(items(district.get(items + "?current=true"))).extracting(i -> i.get("title")).containsExactly("Học phí (cập nhật)");
        assertThat(items(district.get(items + "?requirement=FEES&sort=publishedAt"))).extracting(i -> i.get("title"))
                .containsExactly("Học phí (bản đầu)", "Học phí (cập nhật)");
        assertThat(items(district.get(items + "?updatedSince=2026-11-11T00:00:00%2B07:00"))).hasSize(2);
        assertThat(publish(district, w.a().id(), "STAFF", "2026", "Đội ngũ", null).status()).isEqualTo(403);
        assertThat(api(w.adminB().email()).get(items + "/" + firstId).status()).isEqualTo(404);
        Map<String, Object> fees = items(school.get("/api/v1/units/" + w.a().id() + "/disclosure/requirements")).stream()
                .filter(r -> "FEES".equals(r.get("requirement"))).findFirst().orElseThrow();
        assertThat(fees).containsEntry("previousState", "LATE").containsEntry("label", "Học phí và các khoản thu khác");
    }

    @Test
    void badItemsAreRefusedWithVietnameseMessagesNextToTheFieldsAndNothingIsPublished() {
        Fixtures.World w = fixtures.world();
        Api school = api(w.editorA().email());
        String items = "/api/v1/units/" + w.a().id() + "/disclosure/items";

        Map<String, String> unknown = fieldMessages(school.post(items, Map.of("requirement", "HOC_PHI", "title", " ")));
        Map<String, String> notForThisLevel = fieldMessages(publish(school, w.a().id(), "MONTHLY_PLAN", "2026-12", "Kế hoạch tháng", null));
        Map<String, String> wrongPeriod = fieldMessages(publish(school, w.a().id(), "FEES", "2026-13", "Học phí", null));
        Map<String, String> reportWithoutFile = fieldMessages(publish(school, w.a().id(), "ANNUAL_REPORT", "2026", "Báo cáo thường niên", null));
        Map<String, String> otherFile = fieldMessages(publish(school, w.a().id(), "STAFF", "2026", "Đội ngũ", 999_999_999L));
        Map<String, String> filter = fieldMessages(school.get(items + "?requirement=HOC_PHI&current=co"));
        Map<String, String> status = fieldMessages(api(w.adminD().email()).get("/api/v1/units/" + w.d().id() + "/disclosure/schools-below?status=xau"));

        assertThat(unknown).containsEntry("requirement", "Chọn một nội dung công khai áp dụng cho trường.").containsEntry("title", "Nhập tiêu đề.")
                .containsEntry("body", "Nhập nội dung hoặc chọn tệp đính kèm.");
        assertThat(notForThisLevel).containsOnlyKeys("requirement");
        assertThat(wrongPeriod).containsEntry("period", "Nhập năm, ví dụ 2026.");
        assertThat(reportWithoutFile).containsEntry("fileId", "Báo cáo thường niên cần đính kèm tệp PDF.");
        assertThat(otherFile).containsEntry("fileId", "Tệp này không thuộc đơn vị.");
        assertThat(filter).containsKey("requirement");
        assertThat(status).containsEntry("status", "Chọn status là gaps, missing, late hoặc all.");
        assertThat(items(school.get(items))).isEmpty();
    }
}
