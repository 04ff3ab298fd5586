package vn.lantoa.desk.privacy;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lantoa.desk.stats.DeskStatistics;
import vn.lantoa.desk.stats.StatsRange;
import vn.lantoa.desk.stats.StatsScope;
import vn.lantoa.people.User;
import vn.lantoa.platform.security.SecretTokens;
import vn.lantoa.platform.storage.ObjectStorage;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Images;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Citizens' personal data on the desk: who sees it, the record of every view, and its erasure after the retention period. */
@MicronautTest(transactional = false)
@Property(name = "lantoa.desk.per-address-per-hour", value = "100000")
class DeskPrivacyTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    PersonalDataRetention retention;
    @Inject
    TestClock clock;
    @Inject
    ObjectStorage storage;
    @Inject
    DeskStatistics statisticsOf;
    @Inject
    UnitRefRepository units;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    record Sent(String code, long id, String followPath) {
    }

    Sent send(Fixtures.World w, String message, Map<String, String> contact) {
        Map<String, String> form = new java.util.HashMap<>(Map.of("topic", "HOC_PHI", "message", message + " " + w.tag(), "consent", "yes"));
        form.putAll(contact);
        Page sent = new Browser(server.getURI()).post("/" + w.a().slug() + "/gui-phan-anh", form);
        assertThat(sent.status()).isEqualTo(200);
        String code = sent.doc().select("#case-code").text();
        return new Sent(code, Long.parseLong(query("SELECT id FROM desk_case WHERE code = '" + code + "'")),
                URI.create(sent.doc().select("#follow-link").attr("href")).getPath());
    }

    Browser as(User user) {
        return new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
    }

    @Test
    void onlyTheUnitsDeskRolesSeeTheCitizensDetailsAndEveryViewIsRecordedInTheAuditLog() {
        Fixtures.World w = fixtures.world();
        User officer = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline", w.tag());
        String phone = "0913 246 810";
        String email = "rieng-tu-" + w.tag() + "@example.vn";
        Sent sent = send(w, "Nhà trường thu phí gửi xe quá cao", Map.of("name", "Lê Thị Mai", "phone", phone, "email", email));
        Sent anonymous = send(w, "Căng tin bán đồ ăn không rõ nguồn gốc", Map.of());
        String page = "/admin/u/" + w.a().id() + "/desk/cases/" + sent.id();

        Browser desk = as(officer);
        assertThat(desk.get(page).doc().select("#citizen").text()).isEqualTo("Lê Thị Mai · " + phone + " · " + email);
        desk.get(page);
        assertThat(as(w.headA()).get(page).doc().select("#citizen").text()).contains(phone);
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + sent.id()
                + "' AND actor_user_id = " + officer.id())).isEqualTo("2");
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + sent.id()
                + "' AND actor_user_id = " + w.headA().id() + " AND unit_id = " + w.a().id())).isEqualTo("1");
        assertThat(query("SELECT after_json FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + sent.id() + "' LIMIT 1"))
                .contains("name").contains("phone").contains("email").doesNotContain(phone).doesNotContain(email);

        assertThat(desk.get("/admin/u/" + w.a().id() + "/desk/cases/" + anonymous.id()).doc().select("#citizen").text()).isEqualTo("Ẩn danh");
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + anonymous.id() + "'"))
                .as("an anonymous case shows no personal data").isEqualTo("0");

        Page queue = desk.get("/admin/u/" + w.a().id() + "/desk");
        assertThat(queue.doc().select("tr[data-case=" + sent.code() + "]")).hasSize(1);
        assertThat(queue.body()).as("the queue lists no personal data").doesNotContain(phone).doesNotContain(email).doesNotContain("Lê Thị Mai");

        for (User other : new User[] {w.editorA(), w.viewerA(), w.adminD(), w.adminB()}) {
            Page refused = as(other).get(page);
            assertThat(refused.status()).as(other.email()).isIn(403, 404);
            assertThat(refused.body()).doesNotContain(phone).doesNotContain(email);
        }
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + sent.id() + "'"))
                .isEqualTo("3");
    }

    @Test
    void personalDataIsErased24MonthsAfterClosingAndTheAnonymousCaseStaysForTheStatistics() {
        Fixtures.World w = fixtures.world();
        User officer = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline", w.tag());
        // Monday 4 January 2027 in Hanoi.
        clock.freezeAt(LocalDateTime.of(2027, 1, 4, 9, 0));
        Sent closed = send(w, "Đề nghị công khai các khoản thu đầu năm", Map.of("name", "Phạm Quốc Huy", "phone", "0987 111 222",
                "email", "xoa-" + w.tag() + "@example.vn"));
        Sent open = send(w, "Đề nghị lắp thêm camera ở cổng sau", Map.of("name", "Đỗ Thu Hà", "email", "giu-" + w.tag() + "@example.vn"));
        Browser desk = as(officer);
        assertThat(desk.post("/admin/u/" + w.a().id() + "/desk/cases/" + closed.id() + "/answer", Map.of("answer", "Đã niêm yết tại bảng tin."))
                .status()).isEqualTo(303);
        assertThat(desk.post("/admin/u/" + w.a().id() + "/desk/cases/" + closed.id() + "/close", Map.of("result", "Đã trả lời")).status())
                .isEqualTo(303);

        clock.freezeAt(LocalDateTime.of(2029, 1, 4, 8, 59));
        retention.run();
        assertThat(query("SELECT citizen_email FROM desk_case WHERE id = " + closed.id())).as("a minute before 24 months").isNotNull();

        clock.freezeAt(LocalDateTime.of(2029, 1, 4, 9, 1));
        assertThat(retention.run()).isPositive();
        assertThat(query("SELECT CONCAT_WS('|', citizen_name, citizen_phone, citizen_email, source_hash, follow_token_hash) FROM desk_case WHERE id = "
                + closed.id())).isEmpty();
        assertThat(query("SELECT CONCAT_WS('|', topic, channel, status, unit_id, DATE(received_at), DATE(closed_at)) FROM desk_case WHERE id = "
                + closed.id())).isEqualTo("HOC_PHI|WEB_FORM|DA_DONG|" + w.a().id() + "|2027-01-04|2027-01-04");
        assertThat(query("SELECT search_text FROM desk_case WHERE id = " + closed.id())).as("the code only").isEqualTo(VietnameseText.fold(closed.code()));
        assertThat(query("SELECT message FROM desk_case WHERE id = " + closed.id())).isEqualTo(PersonalDataEraser.ERASED_TEXT);
        assertThat(query("SELECT citizen_email FROM desk_case WHERE id = " + open.id())).as("an open case keeps its contact").isNotNull();
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.erased' AND entity_id = '" + closed.id() + "'"))
                .isEqualTo("1");

        retention.run();
        assertThat(query("SELECT COUNT(*) FROM desk_case_step WHERE case_id = " + closed.id() + " AND kind = 'PERSONAL_DATA_ERASED'"))
                .as("erased once").isEqualTo("1");
        assertThat(new Browser(server.getURI()).get(closed.followPath()).status()).isEqualTo(404);

        Browser later = as(officer);
        Page casePage = later.get("/admin/u/" + w.a().id() + "/desk/cases/" + closed.id());
        assertThat(casePage.doc().select("#citizen").text()).isEqualTo("Ẩn danh");
        assertThat(casePage.doc().select("#history").text()).contains("Đã xoá dữ liệu cá nhân");
        assertThat(later.get("/admin/u/" + w.a().id() + "/desk?q=Pham+Quoc+Huy").doc().select("tr[data-case=" + closed.code() + "]")).isEmpty();
        assertThat(later.get("/admin/u/" + w.a().id() + "/desk?q=khoan+thu+dau+nam").doc().select("tr[data-case=" + closed.code() + "]")).isEmpty();
        assertThat(later.get("/admin/u/" + w.a().id() + "/desk?q=" + closed.code()).doc().select("tr[data-case=" + closed.code() + "]")).hasSize(1);
    }

    @Test
    void afterErasureNoTextOfTheCaseItsHistoryTransfersRepliesOrFilesRemainsAndTheStatisticsAreUnchanged() {
        Fixtures.World w = fixtures.world();
        User schoolOfficer = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "truong", w.tag());
        User districtOfficer = fixtures.member(w.d(), Role.HOTLINE_OFFICER, "phong", w.tag());
        clock.freezeAt(LocalDateTime.of(2027, 3, 1, 8, 0));
        String message = "Bếp ăn bán trú Hoa Sen nấu cơm sống " + w.tag();
        Map<String, String> form = new java.util.HashMap<>(Map.of("topic", "AN_TOAN", "message", message, "consent", "yes",
                "name", "Vũ Thị Lan Anh", "phone", "0903 555 777"));
        Page sent = new Browser(server.getURI()).postFiles("/" + w.a().slug() + "/gui-phan-anh", form, "attachments",
                List.of(new Browser.FilePart("ảnh bếp Hoa Sen.png", Images.PNG, "image/png")));
        assertThat(sent.status()).isEqualTo(200);
        String code = sent.doc().select("#case-code").text();
        long id = Long.parseLong(query("SELECT id FROM desk_case WHERE code = '" + code + "' AND unit_id = " + w.a().id()));
        String followPath = URI.create(sent.doc().select("#follow-link").attr("href")).getPath();
        String objectKey = query("SELECT object_key FROM desk_case_attachment WHERE case_id = " + id);
        Sent other = send(w, "Cổng trường không có bảo vệ buổi trưa", Map.of());

        Browser school = as(schoolOfficer);
        String atSchool = "/admin/u/" + w.a().id() + "/desk/cases/" + id;
        List<String> written = List.of(message, "Vũ Thị Lan Anh", "0903 555 777", "ảnh bếp Hoa Sen", "Ghi chú: cô Lan Anh là phụ huynh lớp 2B",
                "Cháu học lớp nào, ăn bán trú từ ngày nào?", "Cháu Minh Khôi lớp 2B, ăn từ tháng 9", "Bếp do Phòng cấp phép, chuyển Phòng xử lý",
                "Phòng đã kiểm tra bếp Hoa Sen ngày 5/3", "Đã xử phạt bếp Hoa Sen");
        assertThat(school.post(atSchool + "/note", Map.of("note", written.get(4))).status()).isEqualTo(303);
        assertThat(school.post(atSchool + "/request-info", Map.of("question", written.get(5))).status()).isEqualTo(303);
        assertThat(new Browser(server.getURI()).post(followPath + "/bo-sung", Map.of("reply", written.get(6))).status()).isEqualTo(303);
        assertThat(school.post(atSchool + "/forward", Map.of("target", String.valueOf(w.d().id()), "reason", written.get(7))).status()).isEqualTo(303);
        Browser district = as(districtOfficer);
        String atDistrict = "/admin/u/" + w.d().id() + "/desk/cases/" + id;
        assertThat(district.get(atDistrict).doc().select("#case-attachments a").text()).as("the files moved with the case")
                .isEqualTo("ảnh bếp Hoa Sen.png");
        assertThat(district.post(atDistrict + "/answer", Map.of("answer", written.get(8))).status()).isEqualTo(303);
        assertThat(district.post(atDistrict + "/close", Map.of("result", written.get(9))).status()).isEqualTo(303);
        assertThat(school.post("/admin/u/" + w.a().id() + "/desk/cases/" + other.id() + "/close", Map.of("result", "Đã bố trí bảo vệ")).status())
                .isEqualTo(303);
        TestServers.sql("INSERT INTO desk_qa (unit_id, case_id, topic, question, answer, search_text, removed, published, created_at, updated_at) "
                + "VALUES (" + w.d().id() + ", " + id + ", 'AN_TOAN', 'Bếp ăn nấu cơm chưa chín?', 'Phòng đã kiểm tra.', 'bep an', "
                + "'Vũ Thị Lan Anh\n0903 555 777', TRUE, NOW(), NOW())");
        String allCases = "SELECT * FROM desk_case WHERE id = " + id;
        assertThat(rows(allCases)).contains(message);

        java.time.Instant asked = clock.instant();
        Map<String, Object> before = statistics(w, asked);
        clock.freezeAt(LocalDateTime.of(2029, 3, 2, 8, 0));
        assertThat(retention.run()).isGreaterThanOrEqualTo(2);

        String everything = rows(allCases) + rows("SELECT * FROM desk_case_step WHERE case_id = " + id)
                + rows("SELECT * FROM desk_case_transfer WHERE case_id = " + id) + rows("SELECT * FROM desk_case_attachment WHERE case_id = " + id)
                + rows("SELECT removed FROM desk_qa WHERE case_id = " + id);
        for (String text : written) {
            assertThat(everything).as(text).doesNotContain(text).doesNotContain(VietnameseText.fold(text));
        }
        assertThat(everything).doesNotContain(SecretTokens.sha256(message)).contains(PersonalDataEraser.ERASED_TEXT);
        assertThat(query("SELECT COUNT(*) FROM desk_case_attachment WHERE case_id = " + id)).isEqualTo("0");
        assertThat(storage.exists(objectKey)).isFalse();
        assertThat(query("SELECT detail FROM desk_case_step WHERE case_id = " + id + " AND kind = 'FORWARDED'"))
                .as("which units it went through stays").startsWith(w.a().name() + " → " + w.d().name());
        assertThat(query("SELECT question FROM desk_qa WHERE case_id = " + id)).as("a published Q&A stays").isEqualTo("Bếp ăn nấu cơm chưa chín?");
        assertThat(rows("SELECT * FROM desk_case WHERE id = " + other.id())).doesNotContain("Cổng trường không có bảo vệ")
                .doesNotContain("Đã bố trí bảo vệ");
        assertThat(statistics(w, asked)).isEqualTo(before);

        Page casePage = as(districtOfficer).get(atDistrict);
        assertThat(casePage.status()).isEqualTo(200);
        assertThat(casePage.text()).contains(PersonalDataEraser.ERASED_TEXT).doesNotContain("Hoa Sen").doesNotContain("Minh Khôi");
    }

    /** Every breakdown of the desk's statistics, for the district's subtree and the school, over the cases' months. */
    private Map<String, Object> statistics(Fixtures.World w, java.time.Instant now) {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        StatsRange range = new StatsRange(java.time.YearMonth.of(2027, 2), java.time.YearMonth.of(2027, 4));
        for (var unit : List.of(units.findById(w.d().id()).orElseThrow(), units.findById(w.a().id()).orElseThrow())) {
            for (DeskStatistics.Breakdown b : DeskStatistics.Breakdown.values()) {
                all.put(unit.id() + " " + b, statisticsOf.lines(new StatsScope(unit, true), range, b, now));
            }
        }
        assertThat(all.toString()).contains("AN_TOAN").contains("HOC_PHI");
        return all;
    }

    /** Every column of every row the query returns, as text. */
    static String rows(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            StringBuilder all = new StringBuilder();
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    all.append(rs.getString(i)).append('|');
                }
                all.append('\n');
            }
            return all.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
