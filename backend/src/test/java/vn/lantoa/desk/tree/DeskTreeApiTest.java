package vn.lantoa.desk.tree;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk along the tree through the JSON API: forwarding a case (with its codes for a bad target, a missing reason and a closed
 * case), where a forwarded case is for both units, and the parent's read-only view of the open cases below, masked unless the
 * case passed through it, every unmasked view recorded.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "lantoa.desk.per-address-per-hour", value = "1000")
class DeskTreeApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    TestClock clock;
    @Inject
    EscalationJob escalation;

    Fixtures.World w;
    User officerA;
    User officerB;
    User officerD;

    @BeforeAll
    void world() {
        w = fixtures.world();
        officerA = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "tong-dai-a", w.tag());
        officerB = fixtures.member(w.b(), Role.HOTLINE_OFFICER, "tong-dai-b", w.tag());
        officerD = fixtures.member(w.d(), Role.HOTLINE_OFFICER, "tong-dai-d", w.tag());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSchoolForwardsACaseUpThroughTheApiOnceEvenWhenSentTwiceAndBothUnitsSeeWhereItIs() {
        String code = send(w.a().slug(), "HOC_PHI", "Trường thu quỹ phụ huynh quá cao " + w.tag(), Map.of("name", "Trần Thị Lan", "phone", "0904 222 333"));
        long id = caseId(code);
        Api school = api(officerA);
        Map<String, Object> body = Map.of("targetUnitId", w.d().id(), "reason", "Khoản thu thuộc thẩm quyền của Phòng");

        Api.Reply forwarded = school.postWith(forward(w.a().id(), id), body, "Idempotency-Key", "chuyen-" + w.tag());
        Api.Reply again = school.postWith(forward(w.a().id(), id), body, "Idempotency-Key", "chuyen-" + w.tag());

        assertThat(forwarded.status()).as(forwarded.body()).isEqualTo(200);
        assertThat(forwarded.json()).containsEntry("code", code).containsEntry("toUnitName", w.d().name()).containsEntry("unitNameNow", w.d().name())
                .containsEntry("codeNow", code).containsEntry("statusNow", "MOI").containsEntry("reason", "Khoản thu thuộc thẩm quyền của Phòng");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        Api.Reply otherBody = school.postWith(forward(w.a().id(), id), Map.of("targetUnitId", w.d().id(), "reason", "Lý do khác"),
                "Idempotency-Key", "chuyen-" + w.tag());
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(query("SELECT COUNT(*) FROM desk_case_transfer WHERE case_id = " + id)).isEqualTo("1");
        assertThat(query("SELECT CONCAT(unit_id, ' ', status, ' ', channel) FROM desk_case WHERE id = " + id)).isEqualTo(w.d().id() + " MOI FORWARDED");

        assertThat(school.get(cases(w.a().id()) + "/" + id).status()).isEqualTo(404);
        Api.Reply trace = school.get("/api/v1/units/" + w.a().id() + "/forwarded-cases");
        Map<String, Object> sent = item(trace, "code", code);
        assertThat(sent).containsEntry("unitIdNow", w.d().id().intValue()).containsEntry("unitNameNow", w.d().name()).containsEntry("statusNow", "MOI")
                .containsEntry("reason", "Khoản thu thuộc thẩm quyền của Phòng").containsEntry("actorName", officerA.fullName());
        assertThat(api(w.reporterD()).get("/api/v1/units/" + w.a().id() + "/forwarded-cases").body()).contains(code)
                .doesNotContain("thẩm quyền của Phòng");

        Api district = api(officerD);
        assertThat(district.post(cases(w.d().id()) + "/" + id + "/acknowledge", Map.of()).status()).isEqualTo(200);
        assertThat(item(school.get("/api/v1/units/" + w.a().id() + "/forwarded-cases?sort=forwardedAt"), "code", code))
                .containsEntry("statusNow", "DA_TIEP_NHAN");
        Api.Reply atDistrict = district.get(cases(w.d().id()) + "/" + id);
        assertThat(atDistrict.json()).containsEntry("unitId", w.d().id().intValue()).containsEntry("unitName", w.d().name())
                .containsEntry("citizenName", "Trần Thị Lan");
        Map<String, Object> move = maps(atDistrict.json().get("transfers")).get(0);
        assertThat(move).containsEntry("kind", "FORWARDED").containsEntry("fromUnitId", w.a().id().intValue()).containsEntry("fromUnitName", w.a().name())
                .containsEntry("toUnitId", w.d().id().intValue()).containsEntry("reason", "Khoản thu thuộc thẩm quyền của Phòng");
        assertThat(maps(atDistrict.json().get("steps")).stream().map(s -> s.get("kind")).toList()).containsExactly("RECEIVED", "FORWARDED", "ACKNOWLEDGED");
    }

    @Test
    void aBadTargetAMissingReasonAndAClosedCaseAreRefusedWithTheirCodesAndNothingMoves() {
        String code = send(w.d().slug(), "AN_TOAN", "Cổng trường An Bình bị hỏng khoá " + w.tag(), Map.of("school", String.valueOf(w.a().id())));
        long id = caseId(code);
        Api district = api(officerD);

        for (long target : new long[] {w.z().id(), w.q().id(), w.d().id(), 999_999_999L}) {
            Api.Reply refused = district.post(forward(w.d().id(), id), Map.of("targetUnitId", target, "reason", "Sai đơn vị"));
            assertThat(fieldCodes(refused)).as("target " + target).containsOnly(Map.entry("targetUnitId", "desk.api.target.invalid"));
        }
        Api.Reply nothing = district.post(forward(w.d().id(), id), Map.of());
        assertThat(fieldCodes(nothing)).containsEntry("targetUnitId", "desk.api.target.invalid").containsEntry("reason", "desk.tree.reason.required");
        Api.Reply blank = district.post(forward(w.d().id(), id), Map.of("targetUnitId", w.a().id(), "reason", "   "));
        assertThat(fieldCodes(blank)).containsOnly(Map.entry("reason", "desk.tree.reason.required"));
        assertThat(blank.body()).contains("Vui lòng nhập lý do chuyển.");
        Api.Reply tooLong = district.post(forward(w.d().id(), id), Map.of("targetUnitId", w.a().id(), "reason", "x".repeat(2001)));
        assertThat(fieldCodes(tooLong)).containsOnly(Map.entry("reason", "desk.text.tooLong"));
        assertThat(query("SELECT unit_id FROM desk_case WHERE id = " + id)).isEqualTo(String.valueOf(w.d().id()));

        assertThat(district.post(cases(w.d().id()) + "/" + id + "/close", Map.of("result", "Đã sửa khoá cổng")).status()).isEqualTo(200);
        Api.Reply closed = district.post(forward(w.d().id(), id), Map.of("targetUnitId", w.a().id(), "reason", "Trường tự kiểm tra"));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.code()).isEqualTo("CASE_CLOSED");
        assertThat(closed.body()).contains("Phản ánh đã đóng");
        assertThat(query("SELECT CONCAT(unit_id, ' ', status) FROM desk_case WHERE id = " + id)).isEqualTo(w.d().id() + " DA_DONG");
        assertThat(query("SELECT COUNT(*) FROM desk_case_transfer WHERE case_id = " + id)).isEqualTo("0");
    }

    @Test
    void anotherUnitsUserGets404TheUnitAboveAndReadOnlyKeysGet403AndNothingMoves() {
        String code = send(w.a().slug(), "THI_CU", "Điểm kiểm tra giữa kỳ bị cộng sai " + w.tag(), Map.of("email", "thi-" + w.tag() + "@example.vn"));
        long id = caseId(code);
        Map<String, Object> up = Map.of("targetUnitId", w.d().id(), "reason", "Chuyển lạ");

        Api sibling = api(officerB);
        assertThat(sibling.post(forward(w.a().id(), id), up).status()).isEqualTo(404);
        assertThat(sibling.post(forward(w.b().id(), id), up).status()).isEqualTo(404);
        assertThat(sibling.get("/api/v1/units/" + w.a().id() + "/forwarded-cases").status()).isEqualTo(404);
        assertThat(sibling.get("/api/v1/units/" + w.b().id() + "/cases-below/" + id).status()).isEqualTo(404);
        assertThat(api(w.adminQ()).get("/api/v1/units/" + w.d().id() + "/cases-below").status()).isEqualTo(404);
        assertThat(api(w.adminQ()).get("/api/v1/units/" + w.q().id() + "/cases-below/" + id).status()).isEqualTo(404);
        assertThat(api(officerD).post(forward(w.d().id(), id), up).status()).isEqualTo(404);
        assertThat(api(officerD).post(forward(w.a().id(), id), up).status()).isEqualTo(404);
        assertThat(api(w.adminD()).post(forward(w.a().id(), id), up).status()).isEqualTo(403);
        assertThat(api(w.viewerA()).post(forward(w.a().id(), id), up).status()).isEqualTo(403);
        Api readOnly = new Api(server.getURI(), json).withToken(key(Role.HOTLINE_OFFICER, "READ_ONLY"));
        assertThat(readOnly.post(forward(w.a().id(), id), up).status()).isEqualTo(403);

        assertThat(query("SELECT CONCAT(unit_id, ' ', status) FROM desk_case WHERE id = " + id)).isEqualTo(w.a().id() + " MOI");
        assertThat(query("SELECT COUNT(*) FROM desk_case_transfer WHERE case_id = " + id)).isEqualTo("0");
    }

    @Test
    void theParentReadsTheOpenCasesBelowMaskedOldestFirstAndUnmaskedOnlyWhenForwardedThroughItWithEveryUnmaskedViewRecorded() {
        String codeA = send(w.a().slug(), "TUYEN_SINH", "Con tôi chưa được xếp lớp 6 " + w.tag(),
                Map.of("name", "Nguyễn Thị Hoa", "phone", "0912 345 678", "email", "hoa-" + w.tag() + "@example.vn"));
        String codeB = send(w.b().slug(), "CO_SO_VAT_CHAT", "Quạt lớp 3A bị hỏng " + w.tag(), Map.of());
        String codeDown = send(w.d().slug(), "CAN_BO", "Giáo viên thường xuyên vắng tiết " + w.tag(),
                Map.of("school", String.valueOf(w.a().id()), "name", "Lê Văn Tám", "phone", "0988 777 666"));
        long downId = caseId(codeDown);
        Api district = api(officerD);
        assertThat(district.post(forward(w.d().id(), downId), Map.of("targetUnitId", w.a().id(), "reason", "Đề nghị trường xác minh")).status())
                .isEqualTo(200);
        String below = "/api/v1/units/" + w.d().id() + "/cases-below";

        Api reporter = api(w.reporterD());
        Api.Reply counts = reporter.get(below + "/counts");
        assertThat(counts.status()).as(counts.body()).isEqualTo(200);
        long openA = Long.parseLong(query("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id() + " AND spam = FALSE AND status IN "
                + "('MOI', 'DA_TIEP_NHAN', 'DANG_XU_LY', 'CHO_BO_SUNG')"));
        assertThat(item(counts.json().get("units"), "unitId", w.a().id().intValue())).containsEntry("unitName", w.a().name())
                .containsEntry("total", (int) openA).containsEntry("hasUnitsBelow", false);
        assertThat(item(counts.json().get("topics"), "topic", "TUYEN_SINH")).containsEntry("label", "Tuyển sinh");
        assertThat(((Number) counts.json().get("total")).longValue()).isGreaterThanOrEqualTo(3);
        assertThat(counts.json().get("scopeUnitId")).isEqualTo(w.d().id().intValue());
        Api.Reply narrowed = reporter.get(below + "/counts?scopeUnitId=" + w.b().id() + "&topic=CO_SO_VAT_CHAT");
        assertThat(narrowed.json()).containsEntry("scopeUnitName", w.b().name()).containsEntry("topic", "CO_SO_VAT_CHAT");
        assertThat(maps(narrowed.json().get("units"))).extracting(u -> u.get("unitId")).containsOnly(w.b().id().intValue());

        Api.Reply listed = reporter.get(below + "?perPage=200");
        List<Map<String, Object>> rows = maps(listed.json().get("items"));
        assertThat(rows).extracting(r -> Instant.parse((String) r.get("receivedAt"))).isSorted();
        assertThat(row(rows, codeA)).containsEntry("personalDataShown", false).containsEntry("citizenName", "N***")
                .containsEntry("citizenPhone", "09******78").containsEntry("citizenEmail", "h***@example.vn").containsEntry("unitName", w.a().name());
        assertThat(row(rows, codeB)).containsEntry("anonymous", true).containsEntry("citizenName", null);
        assertThat(row(rows, codeDown)).containsEntry("personalDataShown", false).containsEntry("citizenName", "L***");
        assertThat(listed.body()).doesNotContain("Nguyễn Thị Hoa", "0912 345 678", "Lê Văn Tám", "0988 777 666");
        assertThat(reporter.get(below + "/" + downId).json()).containsEntry("personalDataShown", false).containsEntry("citizenPhone", "09******66");
        assertThat(api(w.viewerA()).get(below).status()).as("a school's viewer does not oversee its district").isEqualTo(404);

        String viewed = "SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + downId + "'";
        assertThat(query(viewed)).as("masked reads are not views of personal data").isEqualTo("0");
        Api.Reply deskList = district.get(below + "?topic=CAN_BO&scopeUnitId=" + w.a().id());
        assertThat(row(maps(deskList.json().get("items")), codeDown)).containsEntry("personalDataShown", true).containsEntry("citizenName", "Lê Văn Tám")
                .containsEntry("citizenPhone", "0988 777 666");
        assertThat(row(maps(district.get(below + "?perPage=200").json().get("items")), codeA)).containsEntry("personalDataShown", false)
                .containsEntry("citizenName", "N***");
        Api.Reply one = district.get(below + "/" + downId);
        assertThat(one.json()).containsEntry("personalDataShown", true).containsEntry("citizenName", "Lê Văn Tám").containsEntry("unitName", w.a().name());
        assertThat(maps(one.json().get("transfers")).get(0)).containsEntry("kind", "FORWARDED").containsEntry("reason", "Đề nghị trường xác minh");
        assertThat(query(viewed + " AND actor_user_id = " + officerD.id() + " AND unit_id = " + w.a().id())).as("two lists and one read").isEqualTo("3");
        assertThat(query("SELECT after_json FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + downId + "' LIMIT 1"))
                .contains("\"fields\":[\"name\",\"phone\"]").contains("\"fromUnitId\":" + w.d().id()).doesNotContain("0988");
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + caseId(codeA) + "'"))
                .isEqualTo("0");
    }

    @Test
    void badReadsOfTheCasesBelowAreRefusedWithAFieldCode() {
        String below = "/api/v1/units/" + w.d().id() + "/cases-below";
        Api reporter = api(w.reporterD());

        assertThat(fieldCodes(reporter.get(below + "?scopeUnitId=" + w.z().id()))).containsOnly(Map.entry("scopeUnitId", "desk.api.scope.invalid"));
        assertThat(fieldCodes(reporter.get(below + "/counts?scopeUnitId=" + w.p().id()))).containsOnly(Map.entry("scopeUnitId", "desk.api.scope.invalid"));
        assertThat(fieldCodes(reporter.get(below + "?topic=HOC_BONG"))).containsOnly(Map.entry("topic", "desk.api.filter.invalid"));
        assertThat(fieldCodes(reporter.get(below + "?sort=-receivedAt"))).containsOnly(Map.entry("sort", "api.sort.invalid"));
        Api.Reply deep = reporter.get(below + "?page=11&perPage=200");
        assertThat(fieldCodes(deep)).containsOnly(Map.entry("page", "desk.api.below.tooDeep"));
        assertThat(deep.body()).contains("Chỉ xem được 2.000 phản ánh cũ nhất");
        assertThat(reporter.get(below + "?page=10&perPage=200").status()).isEqualTo(200);
        assertThat(fieldCodes(api(officerA).get("/api/v1/units/" + w.a().id() + "/forwarded-cases?sort=code"))).containsOnly(
                Map.entry("sort", "api.sort.invalid"));
    }

    @Test
    void aCaseEscalatedForBeingLateIsListedForTheParentAndCountedOnItsDeskRolesHomePage() {
        // Received on Monday 2 March 2026 at 09:00: answer due Monday 16 March, escalated five working days later, Monday 23 March.
        clock.runFrom(LocalDateTime.of(2026, 3, 2, 9, 0));
        String code = send(w.b().slug(), "CHE_DO", "Chưa nhận tiền hỗ trợ học tập " + w.tag(), Map.of("name", "Phạm Thị Thu", "phone", "0977 000 111"));
        long id = caseId(code);
        clock.freezeAt(LocalDateTime.of(2026, 3, 23, 9, 1));
        escalation.run();
        assertThat(query("SELECT CONCAT(kind, ' ', to_unit_id) FROM desk_case_transfer WHERE case_id = " + id)).isEqualTo("ESCALATED " + w.d().id());

        Api district = api(officerD);
        String below = "/api/v1/units/" + w.d().id() + "/cases-below";
        Api.Reply escalated = district.get(below + "?escalated=true&scopeUnitId=" + w.b().id());
        Map<String, Object> row = row(maps(escalated.json().get("items")), code);
        assertThat(row).containsEntry("personalDataShown", true).containsEntry("citizenName", "Phạm Thị Thu").containsEntry("overdue", true);
        assertThat(row.get("escalatedAt")).isNotNull();
        assertThat(codes(district.get(below + "?escalated=true&scopeUnitId=" + w.a().id()))).doesNotContain(code);
        assertThat(((Number) district.get(below + "/counts").json().get("escalated")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(row(maps(api(w.reporterD()).get(below + "?escalated=true").json().get("items")), code)).containsEntry("citizenName", "P***");
        assertThat(maps(api(officerB).get(cases(w.b().id()) + "/" + id).json().get("transfers")).get(0)).containsEntry("kind", "ESCALATED")
                .containsEntry("toUnitName", w.d().name());

        Page home = signIn(officerD).get("/admin/u/" + w.d().id());
        String count = query("SELECT COUNT(*) FROM desk_case_transfer t JOIN desk_case c ON c.id = t.case_id AND c.unit_id = t.from_unit_id "
                + "WHERE t.to_unit_id = " + w.d().id() + " AND t.kind = 'ESCALATED' AND c.spam = FALSE AND c.status IN ('MOI', 'DA_TIEP_NHAN', "
                + "'DANG_XU_LY', 'CHO_BO_SUNG')");
        assertThat(home.doc().select("#home-escalated h2").text()).isEqualTo("Cấp dưới chuyển lên do quá hạn " + count);
        assertThat(home.doc().select("#home-escalated").text()).contains(count + " phản ánh của đơn vị cấp dưới đã quá hạn trả lời");
        assertThat(home.doc().select("#home-escalated li[data-case=" + code + "]").text()).contains(w.b().name()).contains("Chế độ, chính sách")
                .doesNotContain("Phạm Thị Thu");
        assertThat(home.doc().select("#home-escalated li[data-case=" + code + "] a").attr("href"))
                .isEqualTo("/admin/u/" + w.d().id() + "/desk/below/" + id);
        assertThat(home.doc().select("#home-escalated a.btn").attr("href")).isEqualTo("/admin/u/" + w.d().id() + "/desk/below#h-escalated");
        assertThat(signIn(w.reporterD()).get("/admin/u/" + w.d().id()).doc().select("#home-escalated")).as("no desk role").isEmpty();
        assertThat(signIn(officerB).get("/admin/u/" + w.b().id()).doc().select("#home-escalated")).as("a school has no units below").isEmpty();
        assertThat(signIn(officerB).get("/admin/u/" + w.b().id()).doc().select("#home-desk")).hasSize(1);
    }

    @Test
    void aDistrictWithNothingEscalatedSaysSoOnItsHomePage() {
        Fixtures.World quiet = fixtures.world();
        User officer = fixtures.member(quiet.d(), Role.HOTLINE_OFFICER, "tong-dai-yen", quiet.tag());

        Page home = signIn(officer).get("/admin/u/" + quiet.d().id());

        assertThat(home.doc().select("#home-escalated-count").text()).isEqualTo("0");
        assertThat(home.doc().select("#home-escalated").text()).contains("Không có phản ánh nào của đơn vị cấp dưới chuyển lên do quá hạn.");
        assertThat(home.doc().select("#home-escalated li")).isEmpty();
    }

    // ---- Helpers.

    private Api api(User user) {
        return new Api(server.getURI(), json).signIn(user.email(), Fixtures.PASSWORD);
    }

    private Browser signIn(User user) {
        return new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
    }

    /** A key of school A, made by its admin through the API. */
    private String key(Role role, String access) {
        Api.Reply made = api(w.adminA()).post("/api/v1/units/" + w.a().id() + "/api-keys", Map.of("name", "Tổng đài " + role + " " + access + " " + w.tag(),
                "role", role.name(), "access", access, "expiresOn", VietnamTime.today(clock).plusMonths(3).toString()));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return (String) made.json().get("secret");
    }

    private String send(String site, String topic, String message, Map<String, String> more) {
        Map<String, String> f = new HashMap<>(Map.of("topic", topic, "message", message, "consent", "yes"));
        f.putAll(more);
        Page sent = new Browser(server.getURI()).post("/" + site + "/gui-phan-anh", f);
        assertThat(sent.status()).isEqualTo(200);
        return sent.doc().select("#case-code").text();
    }

    private static String cases(long unitId) {
        return "/api/v1/units/" + unitId + "/cases";
    }

    private static String forward(long unitId, long caseId) {
        return cases(unitId) + "/" + caseId + "/forward";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private static Map<String, Object> item(Object list, String key, Object value) {
        return maps(list).stream().filter(m -> value.equals(m.get(key))).findFirst()
                .orElseThrow(() -> new AssertionError("no item with " + key + " = " + value + " in " + list));
    }

    private static Map<String, Object> item(Api.Reply reply, String key, Object value) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return item(reply.json().get("items"), key, value);
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String code) {
        return item(rows, "code", code);
    }

    private static List<String> codes(Api.Reply list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return maps(list.json().get("items")).stream().map(i -> (String) i.get("code")).toList();
    }

    private static Map<String, String> fieldCodes(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        Map<String, String> codes = new HashMap<>();
        maps(reply.json().get("errors")).forEach(e -> codes.put((String) e.get("field"), (String) e.get("code")));
        return codes;
    }

    private static long caseId(String code) {
        return DeskTreeTest.caseId(code);
    }

    private static String query(String sql) {
        return DeskTreeTest.query(sql);
    }
}
