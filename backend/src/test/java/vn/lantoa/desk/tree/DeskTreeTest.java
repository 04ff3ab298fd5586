package vn.lantoa.desk.tree;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The desk along the tree over HTTP: forwarding up and down, the parent's masked view of the open cases below, escalation. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "lantoa.desk.per-address-per-hour", value = "1000")
class DeskTreeTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    EscalationJob escalation;

    Fixtures.World w;
    User officerA;
    User officerB;
    User officerD;
    Browser schoolDesk;
    Browser districtDesk;

    @BeforeAll
    void world() {
        w = fixtures.world();
        officerA = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline-a", w.tag());
        officerB = fixtures.member(w.b(), Role.HOTLINE_OFFICER, "hotline-b", w.tag());
        officerD = fixtures.member(w.d(), Role.HOTLINE_OFFICER, "hotline-d", w.tag());
        schoolDesk = signIn(officerA);
        districtDesk = signIn(officerD);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSchoolForwardsACaseUpToItsPhongWithItsWholeHistoryAndTheCitizenStillFollowsItByItsLink() {
        Page sent = send(w.a().slug(), "HOC_PHI", "Nhà trường thu thêm tiền học thêm ngoài giờ " + w.tag(), Map.of("name", "Trần Văn Nam", "phone", "0903 111 222"));
        String code = sent.doc().select("#case-code").text();
        String link = URI.create(sent.doc().select("#follow-link").attr("href")).getPath();
        long id = caseId(code);
        String base = "/admin/u/" + w.a().id() + "/desk/cases/" + id;
        assertThat(schoolDesk.post(base + "/acknowledge", Map.of()).status()).isEqualTo(303);
        assertThat(schoolDesk.post(base + "/note", Map.of("note", "Khoản thu do Phòng quy định")).status()).isEqualTo(303);
        assertThat(schoolDesk.get(base).doc().select("#forward-link").attr("href")).isEqualTo(base + "/forward");

        Page form = schoolDesk.get(base + "/forward");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.doc().select("#f-target option[value=" + w.d().id() + "]").text()).contains(w.d().name()).contains("cấp trên");
        Page noReason = schoolDesk.post(base + "/forward", Map.of("target", String.valueOf(w.d().id()), "reason", "  "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.doc().select("#e-reason").text()).isEqualTo("Vui lòng nhập lý do chuyển.");
        assertThat(query("SELECT unit_id FROM desk_case WHERE id = " + id)).isEqualTo(String.valueOf(w.a().id()));

        Page forwarded = schoolDesk.post(base + "/forward", Map.of("target", String.valueOf(w.d().id()), "reason", "Khoản thu thuộc thẩm quyền của Phòng"));
        assertThat(forwarded.status()).isEqualTo(303);
        assertThat(forwarded.location()).isEqualTo("/admin/u/" + w.a().id() + "/desk/forwarded");
        assertThat(query("SELECT CONCAT(unit_id, ' ', code, ' ', channel, ' ', status, ' ', concerned_unit_id) FROM desk_case WHERE id = " + id))
                .isEqualTo(w.d().id() + " " + code + " FORWARDED MOI " + w.a().id());
        assertThat(query("SELECT COUNT(*) FROM desk_case_step WHERE case_id = " + id + " AND unit_id = " + w.d().id())).isEqualTo("4");
        assertThat(query("SELECT COUNT(*) FROM desk_case_step WHERE case_id = " + id + " AND unit_id <> " + w.d().id())).isEqualTo("0");
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.forwarded' AND entity_id = '" + id + "'")).isEqualTo("2");

        Page queue = districtDesk.get("/admin/u/" + w.d().id() + "/desk");
        assertThat(queue.doc().select("tr[data-case=" + code + "]").text()).contains("Chuyển từ đơn vị khác").contains("Mới");
        Page atDistrict = districtDesk.get("/admin/u/" + w.d().id() + "/desk/cases/" + id);
        assertThat(atDistrict.doc().select("#history").text()).contains("Đã nhận phản ánh").contains("Khoản thu do Phòng quy định")
                .contains("Chuyển đơn vị khác").contains("Khoản thu thuộc thẩm quyền của Phòng");
        assertThat(atDistrict.doc().select("#citizen").text()).contains("Trần Văn Nam").contains("0903 111 222");

        assertThat(schoolDesk.get(base).status()).isEqualTo(404);
        assertThat(schoolDesk.post(base + "/forward", Map.of("target", String.valueOf(w.d().id()), "reason", "Lần nữa")).status()).isEqualTo(404);
        Page trace = schoolDesk.get("/admin/u/" + w.a().id() + "/desk/forwarded");
        assertThat(trace.doc().select("#forwarded tr[data-case=" + code + "]").text()).contains(w.d().name()).contains("Mới")
                .contains("Khoản thu thuộc thẩm quyền của Phòng");
        // Sent up, the case is no longer the school's to read: its trace names where it is, without a link.
        assertThat(trace.doc().select("#forwarded tr[data-case=" + code + "] a")).isEmpty();
        assertThat(districtDesk.post("/admin/u/" + w.d().id() + "/desk/cases/" + id + "/acknowledge", Map.of()).status()).isEqualTo(303);
        assertThat(schoolDesk.get("/admin/u/" + w.a().id() + "/desk/forwarded").doc().select("#forwarded tr[data-case=" + code + "]").text())
                .contains("Đã tiếp nhận");

        Page follow = new Browser(server.getURI()).get(link);
        assertThat(follow.status()).isEqualTo(200);
        assertThat(follow.doc().select("#case-unit").text()).isEqualTo(w.d().name());
        assertThat(follow.doc().select("#case-history").text()).contains("Chuyển đơn vị khác").doesNotContain("thẩm quyền")
                .doesNotContain("Khoản thu do Phòng quy định");
        assertThat(new Browser(server.getURI()).get(link.replace("/" + w.a().slug() + "/", "/" + w.b().slug() + "/")).status()).isEqualTo(404);
    }

    @Test
    void aPhongForwardsACaseDownToTheSchoolConcernedAndSiblingsAndOtherProvincesGet404() {
        Page sent = send(w.d().slug(), "AN_TOAN", "Sân trường An Bình có cây sắp đổ " + w.tag(), Map.of("school", String.valueOf(w.a().id()),
                "email", "phu-huynh-" + w.tag() + "@example.vn"));
        String code = sent.doc().select("#case-code").text();
        String link = URI.create(sent.doc().select("#follow-link").attr("href")).getPath();
        long id = caseId(code);
        String base = "/admin/u/" + w.d().id() + "/desk/cases/" + id;
        Page form = districtDesk.get(base + "/forward");
        assertThat(form.doc().select("#f-target option[value=" + w.a().id() + "]").text()).contains("trường liên quan");
        assertThat(form.doc().select("#f-target option[value=" + w.b().id() + "]")).hasSize(1);
        Page foreign = districtDesk.post(base + "/forward", Map.of("target", String.valueOf(w.z().id()), "reason", "Sai đơn vị"));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.doc().select("#e-target").text()).isEqualTo("Vui lòng chọn một đơn vị trong danh sách.");

        assertThat(districtDesk.post(base + "/forward", Map.of("target", String.valueOf(w.a().id()), "reason", "Trường tự kiểm tra và xử lý")).status())
                .isEqualTo(303);
        assertThat(query("SELECT unit_id FROM desk_case WHERE id = " + id)).isEqualTo(String.valueOf(w.a().id()));
        assertThat(schoolDesk.get("/admin/u/" + w.a().id() + "/desk").doc().select("tr[data-case=" + code + "]")).hasSize(1);
        Page trace = districtDesk.get("/admin/u/" + w.d().id() + "/desk/forwarded");
        assertThat(trace.doc().select("#forwarded tr[data-case=" + code + "]").text()).contains(w.a().name());
        String below = trace.doc().select("#forwarded tr[data-case=" + code + "] a").attr("href");
        assertThat(below).isEqualTo("/admin/u/" + w.d().id() + "/desk/below/" + id);
        assertThat(districtDesk.get(below).doc().select("#history").text()).contains("Chuyển đơn vị khác").contains("Trường tự kiểm tra và xử lý");
        Page follow = new Browser(server.getURI()).get(link);
        assertThat(follow.doc().select("#case-unit").text()).isEqualTo(w.a().name());

        Browser sibling = signIn(officerB);
        assertThat(sibling.get("/admin/u/" + w.a().id() + "/desk/cases/" + id).status()).isEqualTo(404);
        assertThat(sibling.get("/admin/u/" + w.b().id() + "/desk/cases/" + id).status()).isEqualTo(404);
        assertThat(sibling.get("/admin/u/" + w.b().id() + "/desk/cases/" + id + "/forward").status()).isEqualTo(404);
        assertThat(sibling.get("/admin/u/" + w.b().id() + "/desk/below/" + id).status()).isEqualTo(404);
        assertThat(sibling.get("/admin/u/" + w.d().id() + "/desk/forwarded").status()).isEqualTo(404);
        assertThat(sibling.get("/admin/u/" + w.d().id() + "/desk/below").status()).isEqualTo(404);
        assertThat(sibling.get("/admin/u/" + w.b().id() + "/desk/forwarded").body()).doesNotContain(code);
        Browser otherProvince = signIn(w.adminQ());
        assertThat(otherProvince.get("/admin/u/" + w.d().id() + "/desk/below/" + id).status()).isEqualTo(404);
        assertThat(otherProvince.get("/admin/u/" + w.q().id() + "/desk/below/" + id).status()).isEqualTo(404);
        assertThat(otherProvince.get("/admin/u/" + w.q().id() + "/desk/below").body()).doesNotContain(code);
        assertThat(otherProvince.get("/admin/u/" + w.d().id() + "/desk/forwarded").status()).isEqualTo(404);
    }

    @Test
    void theParentSeesCountsAndMaskedDataOfTheOpenCasesBelowAndUnmaskedOnlyWhenForwardedThroughIt() {
        String codeA = send(w.a().slug(), "TUYEN_SINH", "Con tôi chưa có tên trong danh sách lớp 6 " + w.tag(),
                Map.of("name", "Nguyễn Thị Hoa", "phone", "0912 345 678", "email", "hoa-" + w.tag() + "@example.vn")).doc().select("#case-code").text();
        String codeB = send(w.b().slug(), "CO_SO_VAT_CHAT", "Nhà vệ sinh của trường bị hỏng " + w.tag(), Map.of()).doc().select("#case-code").text();
        Page down = send(w.d().slug(), "CAN_BO", "Giáo viên chủ nhiệm thường xuyên vắng " + w.tag(), Map.of("school", String.valueOf(w.a().id()),
                "name", "Lê Văn Tám", "phone", "0988 777 666"));
        String codeDown = down.doc().select("#case-code").text();
        long downId = caseId(codeDown);
        assertThat(districtDesk.post("/admin/u/" + w.d().id() + "/desk/cases/" + downId + "/forward", Map.of("target", String.valueOf(w.a().id()),
                "reason", "Đề nghị trường xác minh")).status()).isEqualTo(303);

        Browser reporter = signIn(w.reporterD());
        Page below = reporter.get("/admin/u/" + w.d().id() + "/desk/below");
        assertThat(below.status()).isEqualTo(200);
        assertThat(below.doc().select("nav a[href=/admin/u/" + w.d().id() + "/desk/below]").text()).isEqualTo("Phản ánh của cấp dưới");
        assertThat(below.doc().select("#by-unit tr[data-unit=" + w.a().id() + "] td").first().text()).isEqualTo(count(w.a().id()));
        assertThat(below.doc().select("#by-unit tr[data-unit=" + w.b().id() + "] td").first().text()).isEqualTo(count(w.b().id()));
        assertThat(below.doc().select("#by-topic tr[data-topic=TUYEN_SINH]")).hasSize(1);
        assertThat(below.doc().select("#below tr[data-case=" + codeA + "] .citizen").text()).isEqualTo("N*** · 09******78 · h***@example.vn");
        assertThat(below.doc().select("#below tr[data-case=" + codeB + "] .citizen").text()).isEqualTo("Ẩn danh");
        assertThat(below.doc().select("#below tr[data-case=" + codeDown + "] .citizen").text()).isEqualTo("L*** · 09******66");
        assertThat(below.body()).doesNotContain("Nguyễn Thị Hoa").doesNotContain("0912 345 678").doesNotContain("Lê Văn Tám");
        Page filtered = reporter.get("/admin/u/" + w.d().id() + "/desk/below?topic=CO_SO_VAT_CHAT");
        assertThat(filtered.doc().select("#below tr[data-case=" + codeB + "]")).hasSize(1);
        assertThat(filtered.doc().select("#below tr[data-case=" + codeA + "]")).isEmpty();

        Page desk = districtDesk.get("/admin/u/" + w.d().id() + "/desk/below");
        assertThat(desk.doc().select("#below tr[data-case=" + codeA + "] .citizen").text()).startsWith("N***");
        assertThat(desk.doc().select("#below tr[data-case=" + codeDown + "] .citizen").text()).isEqualTo("Lê Văn Tám · 0988 777 666");
        Page masked = districtDesk.get("/admin/u/" + w.d().id() + "/desk/below/" + caseId(codeA));
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.doc().select("#citizen").text()).isEqualTo("N*** · 09******78 · h***@example.vn");
        assertThat(masked.doc().select("#case-unit").text()).isEqualTo(w.a().name());
        Page unmasked = districtDesk.get("/admin/u/" + w.d().id() + "/desk/below/" + downId);
        assertThat(unmasked.doc().select("#citizen").text()).isEqualTo("Lê Văn Tám · 0988 777 666");
        assertThat(unmasked.doc().select("#moves").text()).contains("Đề nghị trường xác minh");
        assertThat(reporter.get("/admin/u/" + w.d().id() + "/desk/below/" + downId).doc().select("#citizen").text()).isEqualTo("L*** · 09******66");

        Page province = signIn(w.adminP()).get("/admin/u/" + w.p().id() + "/desk/below");
        assertThat(province.doc().select("#by-unit tr[data-unit=" + w.d().id() + "] a").attr("href"))
                .isEqualTo("/admin/u/" + w.p().id() + "/desk/below?unit=" + w.d().id());
        assertThat(province.doc().select("#below tr[data-case=" + codeDown + "] .citizen").text()).isEqualTo("L*** · 09******66");
        assertThat(signIn(w.viewerA()).get("/admin/u/" + w.d().id() + "/desk/below").status()).isEqualTo(404);
    }

    @Test
    void theParentsUnmaskedViewsOfACaseForwardedThroughItAreRecordedInTheSchoolsAuditLogAndMaskedViewsAreNot() {
        String code = send(w.d().slug(), "HOC_PHI", "Trường thu tiền sách giáo khoa hai lần " + w.tag(), Map.of("school", String.valueOf(w.a().id()),
                "name", "Đỗ Văn Hùng", "email", "hung-" + w.tag() + "@example.vn")).doc().select("#case-code").text();
        long id = caseId(code);
        assertThat(districtDesk.post("/admin/u/" + w.d().id() + "/desk/cases/" + id + "/forward", Map.of("target", String.valueOf(w.a().id()),
                "reason", "Trường kiểm tra lại")).status()).isEqualTo(303);
        String viewed = "SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + id + "'";

        Browser reporter = signIn(w.reporterD());
        assertThat(reporter.get("/admin/u/" + w.d().id() + "/desk/below").doc().select("#below tr[data-case=" + code + "] .citizen").text())
                .isEqualTo("Đ*** · h***@example.vn");
        assertThat(reporter.get("/admin/u/" + w.d().id() + "/desk/below/" + id).doc().select("#citizen").text()).isEqualTo("Đ*** · h***@example.vn");
        assertThat(query(viewed)).isEqualTo("0");

        assertThat(districtDesk.get("/admin/u/" + w.d().id() + "/desk/below").doc().select("#below tr[data-case=" + code + "] .citizen").text())
                .isEqualTo("Đỗ Văn Hùng · hung-" + w.tag() + "@example.vn");
        assertThat(districtDesk.get("/admin/u/" + w.d().id() + "/desk/below/" + id).doc().select("#citizen").text()).contains("Đỗ Văn Hùng");
        assertThat(query(viewed + " AND actor_user_id = " + officerD.id() + " AND unit_id = " + w.a().id())).isEqualTo("2");
        assertThat(query("SELECT after_json FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + id + "' LIMIT 1"))
                .contains("\"fields\":[\"name\",\"email\"]").contains("\"fromUnitId\":" + w.d().id()).doesNotContain("hung-");
        Page schoolLog = signIn(w.adminA()).get("/admin/u/" + w.a().id() + "/audit?action=desk.personal_data.viewed");
        assertThat(schoolLog.status()).isEqualTo(200);
        assertThat(schoolLog.body()).contains(code).doesNotContain("Đỗ Văn Hùng");
    }

    @Test
    void theParentCannotChangeASchoolsCase() {
        String code = send(w.a().slug(), "THI_CU", "Điểm thi học kỳ bị nhập sai " + w.tag(), Map.of()).doc().select("#case-code").text();
        long id = caseId(code);
        // The district's admin oversees the school (403 to a change); its hotline officer does not even see the school's workspace (404).
        Map<Browser, Integer> refused = Map.of(districtDesk, 404, signIn(w.adminD()), 403);
        for (Browser above : refused.keySet()) {
            int status = refused.get(above);
            assertThat(above.post("/admin/u/" + w.a().id() + "/desk/cases/" + id + "/answer", Map.of("answer", "Từ Phòng")).status()).isEqualTo(status);
            assertThat(above.post("/admin/u/" + w.a().id() + "/desk/cases/" + id + "/forward", Map.of("target", String.valueOf(w.d().id()),
                    "reason", "Phòng tự lấy")).status()).isEqualTo(status);
            assertThat(above.post("/admin/u/" + w.d().id() + "/desk/cases/" + id + "/answer", Map.of("answer", "Từ Phòng")).status()).isEqualTo(404);
            assertThat(above.post("/admin/u/" + w.d().id() + "/desk/cases/" + id + "/forward", Map.of("target", String.valueOf(w.b().id()),
                    "reason", "Sang trường khác")).status()).isEqualTo(404);
            assertThat(above.get("/admin/u/" + w.a().id() + "/desk/forwarded").status()).isEqualTo(status);
        }
        assertThat(signIn(w.viewerA()).get("/admin/u/" + w.a().id() + "/desk/forwarded").status()).isEqualTo(403);
        assertThat(query("SELECT CONCAT(unit_id, ' ', status) FROM desk_case WHERE id = " + id)).isEqualTo(w.a().id() + " MOI");
        assertThat(query("SELECT COUNT(*) FROM desk_case_transfer WHERE case_id = " + id)).isEqualTo("0");

        assertThat(schoolDesk.post("/admin/u/" + w.a().id() + "/desk/cases/" + id + "/close", Map.of("result", "Đã sửa điểm")).status()).isEqualTo(303);
        assertThat(schoolDesk.post("/admin/u/" + w.a().id() + "/desk/cases/" + id + "/forward", Map.of("target", String.valueOf(w.d().id()),
                "reason", "Sau khi đóng")).status()).isEqualTo(409);
        assertThat(query("SELECT unit_id FROM desk_case WHERE id = " + id)).isEqualTo(String.valueOf(w.a().id()));
    }

    @Test
    void aCaseUnansweredFiveWorkingDaysAfterItsDeadlineEscalatesToTheParentCountingNoWeekend() {
        // Received on Monday 2 March 2026 at 09:00: the answer is due on Monday 16 March at 09:00, five working days later is Monday 23 March.
        clock.runFrom(LocalDateTime.of(2026, 3, 2, 9, 0));
        String code = send(w.b().slug(), "CHE_DO", "Chưa nhận được tiền hỗ trợ ăn trưa " + w.tag(), Map.of("name", "Phạm Thị Thu", "phone", "0977 000 111"))
                .doc().select("#case-code").text();
        long id = caseId(code);
        for (LocalDateTime notYet : new LocalDateTime[] {LocalDateTime.of(2026, 3, 20, 17, 0), LocalDateTime.of(2026, 3, 21, 10, 0),
                LocalDateTime.of(2026, 3, 23, 8, 59)}) {
            clock.freezeAt(notYet);
            escalation.run();
            assertThat(query("SELECT COUNT(*) FROM desk_case_transfer WHERE case_id = " + id)).as("at " + notYet).isEqualTo("0");
        }
        clock.freezeAt(LocalDateTime.of(2026, 3, 23, 9, 1));
        assertThat(escalation.run()).isGreaterThanOrEqualTo(1);
        escalation.run();
        assertThat(query("SELECT CONCAT(kind, ' ', from_unit_id, ' ', to_unit_id) FROM desk_case_transfer WHERE case_id = " + id))
                .isEqualTo("ESCALATED " + w.b().id() + " " + w.d().id());
        assertThat(query("SELECT COUNT(*) FROM desk_case_transfer WHERE case_id = " + id)).isEqualTo("1");
        assertThat(query("SELECT unit_id FROM desk_case WHERE id = " + id)).isEqualTo(String.valueOf(w.b().id()));
        assertThat(query("SELECT COUNT(*) FROM desk_case_step WHERE case_id = " + id + " AND kind = 'ESCALATED' AND public_step = FALSE")).isEqualTo("1");
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.escalated' AND entity_id = '" + id + "'")).isEqualTo("1");

        Page desk = districtDesk.get("/admin/u/" + w.d().id() + "/desk/below");
        assertThat(desk.doc().select("#escalated tr[data-case=" + code + "]").text()).contains(w.b().name()).contains("Phạm Thị Thu")
                .contains("0977 000 111");
        assertThat(desk.doc().select("#below tr.escalated[data-case=" + code + "]")).hasSize(1);
        Page opened = districtDesk.get(desk.doc().select("#escalated tr[data-case=" + code + "] a").attr("href"));
        assertThat(opened.doc().select("#citizen").text()).isEqualTo("Phạm Thị Thu · 0977 000 111");
        assertThat(opened.doc().select("#moves").text()).contains("Chuyển lên do quá hạn");
        assertThat(signIn(w.reporterD()).get("/admin/u/" + w.d().id() + "/desk/below/" + id).doc().select("#citizen").text()).isEqualTo("P*** · 09******11");
        assertThat(signIn(officerB).get("/admin/u/" + w.b().id() + "/desk/cases/" + id).doc().select("#history").text())
                .contains("Chuyển lên cấp trên do quá hạn");
    }

    private Browser signIn(User user) {
        return new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
    }

    private Page send(String site, String topic, String message, Map<String, String> more) {
        Map<String, String> f = new HashMap<>(Map.of("topic", topic, "message", message, "consent", "yes"));
        f.putAll(more);
        Page sent = new Browser(server.getURI()).post("/" + site + "/gui-phan-anh", f);
        assertThat(sent.status()).isEqualTo(200);
        return sent;
    }

    private static String count(long unitId) {
        return query("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + unitId + " AND spam = FALSE AND status IN ('MOI', 'DA_TIEP_NHAN', 'DANG_XU_LY')");
    }

    static long caseId(String code) {
        return Long.parseLong(query("SELECT id FROM desk_case WHERE code = '" + code + "'"));
    }

    static String query(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
