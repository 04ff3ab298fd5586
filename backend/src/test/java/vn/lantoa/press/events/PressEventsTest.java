package vn.lantoa.press.events;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
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

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Press conferences, interviews and press trips: written by the press desk, read by the unit and those above, never by siblings. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PressEventsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    Fixtures.World w;
    User spokesperson;
    Browser desk;
    String base;
    String contactId;
    String fileId;
    String clippingId;
    String otherClippingId;

    @BeforeAll
    void world() {
        clock.freezeAt(LocalDateTime.of(2026, 4, 1, 9, 0));
        w = fixtures.world();
        spokesperson = fixtures.member(w.a(), Role.SPOKESPERSON, "phat-ngon-su-kien", w.tag());
        desk = new Browser(server.getURI()).signIn(spokesperson.email(), Fixtures.PASSWORD);
        base = "/admin/u/" + w.a().id() + "/press/events";
        long a = w.a().id();
        TestServers.sql("INSERT INTO press_outlet (unit_id, name, kind, scope, created_at, updated_at) VALUES (" + a
                        + ", 'Báo Bà Rịa - Vũng Tàu', 'NEWSPAPER', 'LOCAL', NOW(), NOW())",
                "INSERT INTO press_contact (unit_id, outlet_id, full_name, email, created_at, updated_at) VALUES (" + a
                        + ", (SELECT id FROM press_outlet WHERE unit_id = " + a + "), 'Nguyễn Thị Thu Hà', 'thuha@baobariavungtau.vn', NOW(), NOW())",
                "INSERT INTO stored_file (unit_id, object_key, original_name, content_type, size_bytes, sha256, created_at) VALUES (" + a
                        + ", 'units/" + a + "/files/tai-lieu-" + w.tag() + "', 'Tài liệu giới thiệu mô hình trường học số.pdf', 'application/pdf', 1024, '"
                        + "0".repeat(64) + "', NOW())",
                "INSERT INTO press_clipping (unit_id, url, outlet_name, outlet_kind, title, published_on, tone, created_at, updated_at) VALUES (" + a
                        + ", 'https://baobariavungtau.com.vn/truong-hoc-so.html', 'Báo Bà Rịa - Vũng Tàu', 'NEWSPAPER', 'Trường học số ở Vũng Tàu', "
                        + "'2026-04-03', 'POSITIVE', NOW(), NOW())",
                "INSERT INTO press_clipping (unit_id, url, outlet_name, outlet_kind, title, published_on, tone, created_at, updated_at) VALUES ("
                        + w.b().id() + ", NULL, 'Báo khác', 'NEWSPAPER', 'Tin của trường bên cạnh', '2026-04-03', 'NEUTRAL', NOW(), NOW())");
        contactId = query("SELECT id FROM press_contact WHERE unit_id = " + a);
        fileId = query("SELECT id FROM stored_file WHERE unit_id = " + a);
        clippingId = query("SELECT id FROM press_clipping WHERE unit_id = " + a);
        otherClippingId = query("SELECT id FROM press_clipping WHERE unit_id = " + w.b().id());
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    private List<Map.Entry<String, String>> trip(String title, String version) {
        List<Map.Entry<String, String>> f = new java.util.ArrayList<>(List.of(Map.entry("kind", "TRIP"), Map.entry("title", title),
                Map.entry("startsOn", "02/04/2026"), Map.entry("startsAt", "07:30"), Map.entry("endsAt", "16:30"),
                Map.entry("place", "Trường THCS An Bình, TP Vũng Tàu"), Map.entry("description", "Tìm hiểu mô hình trường học số"),
                Map.entry("memberIds", String.valueOf(spokesperson.id())), Map.entry("memberIds", String.valueOf(w.headA().id())),
                Map.entry("contactIds", contactId), Map.entry("fileIds", fileId), Map.entry("clippingIds", clippingId),
                Map.entry("pressGuests", "Trần Văn Nam – Đài PT-TH Bà Rịa - Vũng Tàu"),
                Map.entry("links", "https://vtv.vn/giao-duc/truong-hoc-so.htm"), Map.entry("results", "3 tin bài, 1 phóng sự truyền hình")));
        if (version != null) {
            f.add(Map.entry("version", version));
        }
        return f;
    }

    private String create(String title) {
        Page created = desk.post(base, trip(title, null));
        assertThat(created.status()).isEqualTo(303);
        return created.location().substring(created.location().lastIndexOf('/') + 1);
    }

    @Test
    void theSpokespersonRecordsAPressTripWithParticipantsMaterialsAndCoverageAndOffersItAsACalendarEntry() {
        assertThat(desk.get(base + "/new").status()).isEqualTo(200);
        String id = create("Đoàn phóng viên tìm hiểu mô hình trường học số " + w.tag());
        Page page = desk.get(base + "/" + id);
        assertThat(page.doc().select("#event-kind").text()).isEqualTo("Đưa phóng viên đi thực tế");
        assertThat(page.doc().select("#event-when").text()).isEqualTo("02/04/2026 07:30 – 02/04/2026 16:30");
        assertThat(page.doc().select("#event-members").text()).contains(spokesperson.fullName(), w.headA().fullName());
        assertThat(page.doc().select("#event-press").text()).contains("Nguyễn Thị Thu Hà – Báo Bà Rịa - Vũng Tàu", "Trần Văn Nam");
        assertThat(page.doc().select("#event-files a").text()).isEqualTo("Tài liệu giới thiệu mô hình trường học số.pdf");
        assertThat(page.doc().select("#event-coverage").text()).contains("Trường học số ở Vũng Tàu", "https://vtv.vn/giao-duc/truong-hoc-so.htm");
        assertThat(page.doc().select("#event-results").text()).isEqualTo("3 tin bài, 1 phóng sự truyền hình");

        Page list = desk.get(base);
        assertThat(list.doc().select("#events-past tr[data-event=" + id + "]")).isEmpty();
        assertThat(list.doc().select("#events-upcoming tr[data-event=" + id + "]").text()).contains("02/04/2026 07:30", "Đưa phóng viên đi thực tế");

        Page ics = desk.get(base + "/" + id + "/event.ics", "*/*");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        assertThat(ics.body()).contains("BEGIN:VEVENT", "DTSTART:20260402T003000Z", "DTEND:20260402T093000Z", "LOCATION:Trường THCS An Bình\\, TP Vũng Tàu");
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'press.event.create' AND entity_id = '" + id + "'")).isEqualTo("1");

        // Once the day is over it is listed among the past events, for the coverage to be added.
        clock.freezeAt(LocalDateTime.of(2026, 4, 3, 9, 0));
        try {
            assertThat(desk.get(base).doc().select("#events-past tr[data-event=" + id + "]")).hasSize(1);
        } finally {
            clock.freezeAt(LocalDateTime.of(2026, 4, 1, 9, 0));
        }
    }

    @Test
    void missingAndWrongFieldsHostileLinksAndAnotherUnitsClippingAreNamedNextToTheirFieldsAndNothingIsStored() {
        String before = query("SELECT COUNT(*) FROM press_event");
        Map<String, String> bad = new HashMap<>();
        bad.put("kind", "PARTY");
        bad.put("title", "");
        bad.put("startsOn", "31/02/2026");
        bad.put("startsAt", "25:99");
        bad.put("place", "");
        bad.put("links", "javascript:alert(1)");
        Page refused = desk.post(base, bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-kind").text()).isEqualTo("Vui lòng chọn loại sự kiện.");
        assertThat(refused.doc().select("#e-title").text()).isEqualTo("Vui lòng nhập tên sự kiện.");
        assertThat(refused.doc().select("#e-startsOn").text()).isNotEmpty();
        assertThat(refused.doc().select("#e-startsAt").text()).isEqualTo("Giờ không hợp lệ; nhập theo dạng 08:30.");
        assertThat(refused.doc().select("#e-place").text()).isEqualTo("Vui lòng nhập địa điểm.");
        assertThat(refused.doc().select("#e-links").text()).startsWith("Đường dẫn không hợp lệ: javascript:alert(1).");

        List<Map.Entry<String, String>> foreign = new java.util.ArrayList<>(trip("<script>alert(1)</script> Họp báo", null));
        foreign.removeIf(e -> e.getKey().equals("clippingIds"));
        foreign.add(Map.entry("clippingIds", otherClippingId));
        Page wrong = desk.post(base, foreign);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.doc().select("#e-clippingIds").text()).isEqualTo("Lựa chọn không thuộc đơn vị; vui lòng chọn lại trong danh sách.");
        assertThat(wrong.body()).doesNotContain("<script>alert(1)</script>");

        List<Map.Entry<String, String>> backwards = new java.util.ArrayList<>(trip("Họp báo", null));
        backwards.removeIf(e -> e.getKey().equals("endsAt"));
        backwards.add(Map.entry("endsAt", "06:00"));
        assertThat(desk.post(base, backwards).doc().select("#e-endsAt").text()).isEqualTo("Thời gian kết thúc phải sau thời gian bắt đầu.");
        assertThat(query("SELECT COUNT(*) FROM press_event")).isEqualTo(before);
    }

    @Test
    void twoEditsFromTheSameVersionTheSecondIsToldAndNotWritten() {
        String id = create("Họp báo kỳ thi tốt nghiệp " + w.tag());
        String version = desk.get(base + "/" + id + "/edit").doc().select("input[name=version]").val();
        Browser head = new Browser(server.getURI()).signIn(w.headA().email(), Fixtures.PASSWORD);
        assertThat(head.post(base + "/" + id, trip("Họp báo kỳ thi (trưởng ban sửa) " + w.tag(), version)).status()).isEqualTo(303);
        Page late = desk.post(base + "/" + id, trip("Họp báo kỳ thi (người phát ngôn sửa) " + w.tag(), version));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.doc().select("#f-version").text()).startsWith("Sự kiện vừa được người khác sửa lúc");
        assertThat(query("SELECT title FROM press_event WHERE id = " + id)).isEqualTo("Họp báo kỳ thi (trưởng ban sửa) " + w.tag());
    }

    @Test
    void theUnitAndThoseAboveReadEventsOnlyTheDeskChangesThemAndASiblingFindsNothing() {
        String id = create("Phỏng vấn hiệu trưởng " + w.tag());
        Browser viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD);
        Page read = viewer.get(base + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.doc().select("#event-edit")).isEmpty();
        assertThat(viewer.get(base + "/" + id + "/edit").status()).isEqualTo(403);
        assertThat(viewer.post(base + "/" + id, trip("Bị đổi", "0")).status()).isEqualTo(403);
        assertThat(viewer.post(base, trip("Bị thêm", null)).status()).isEqualTo(403);
        assertThat(new Browser(server.getURI()).signIn(w.reporterD().email(), Fixtures.PASSWORD).get(base + "/" + id).status()).isEqualTo(200);

        User sibling = fixtures.member(w.b(), Role.SPOKESPERSON, "phat-ngon-ben-canh", w.tag());
        Browser other = new Browser(server.getURI()).signIn(sibling.email(), Fixtures.PASSWORD);
        assertThat(other.get(base + "/" + id).status()).isEqualTo(404);
        assertThat(other.post(base + "/" + id, trip("Bị đổi", "0")).status()).isEqualTo(404);
        // Its own unit's address does not open another unit's event either.
        assertThat(other.get("/admin/u/" + w.b().id() + "/press/events/" + id).status()).isEqualTo(404);
        assertThat(query("SELECT title FROM press_event WHERE id = " + id)).isEqualTo("Phỏng vấn hiệu trưởng " + w.tag());
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
