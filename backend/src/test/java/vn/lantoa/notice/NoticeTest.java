package vn.lantoa.notice;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;
import vn.lantoa.unit.Unit;
import vn.lantoa.people.User;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Emergency notices from a Phòng to its schools: preview, send, banner, home card, mail, acknowledgement, reminder, end. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticeTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    NoticeExpiry expiry;

    Fixtures.World w;
    Browser adminD;
    String d;

    @BeforeAll
    void world() {
        w = fixtures.world();
        adminD = new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD);
        d = "/admin/u/" + w.d().id();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    Map<String, String> form(String title, String audience) {
        Map<String, String> f = new HashMap<>();
        f.put("kind", "STORM");
        f.put("severity", "URGENT");
        f.put("title", title);
        f.put("body", "Học sinh toàn huyện nghỉ học ngày mai.\nCác trường trực 24/24.");
        f.put("expiresAt", LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(6)), TestClock.VIETNAM).withSecond(0).withNano(0).toString());
        f.put("audience", audience);
        return f;
    }

    /** Previews, then sends from the preview page as a person would; returns the notice's id. */
    long send(Map<String, String> form) {
        adminD.get(d + "/notices/new");
        Page preview = adminD.post(d + "/notices", form);
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        Map<String, String> confirmed = new HashMap<>(form);
        confirmed.put("confirm", "yes");
        confirmed.put("seen", preview.doc().select("input[name=seen]").attr("value"));
        Page sent = adminD.post(d + "/notices", confirmed);
        assertThat(sent.status()).as(sent.text()).isEqualTo(303);
        return Long.parseLong(sent.location().replaceAll(".*/(\\d+)$", "$1"));
    }

    static long count(String sql) {
        return Long.parseLong(string(sql));
    }

    static String string(String sql) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(),
                TestServers.dbPassword()); java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long notices() {
        return count("SELECT COUNT(*) FROM notice WHERE unit_id = " + w.d().id());
    }

    @Test
    void theSenderSeesTheAudienceBeforeSendingAndItsNumbersAreThoseOfAnIndependentCount() {
        adminD.get(d + "/notices/new");
        long before = notices();

        Page preview = adminD.post(d + "/notices", form("Bão số 3 đổ bộ", "TYPE:SCHOOL"));

        long units = count("SELECT COUNT(*) FROM unit WHERE parent_id = " + w.d().id() + " AND type = 'SCHOOL' AND closed_on IS NULL");
        long people = count("SELECT COUNT(DISTINCT u.email) FROM membership m JOIN app_user u ON u.id = m.user_id JOIN unit x ON x.id = m.unit_id "
                + "WHERE x.parent_id = " + w.d().id() + " AND m.role IN ('UNIT_ADMIN', 'COMMITTEE_HEAD')");
        assertThat(units).isEqualTo(2);
        assertThat(people).isEqualTo(3);
        assertThat(preview.doc().select("#preview-counts").text()).isEqualTo("Thông báo sẽ hiện trên trang của " + units
                + " đơn vị và được gửi thư tới " + people + " người (quản trị viên và trưởng ban, mỗi địa chỉ một thư).");
        assertThat(preview.doc().select("#preview-sites li").eachText()).anyMatch(t -> t.contains(w.a().name()) && t.contains("/" + w.a().slug() + "/"));
        assertThat(preview.doc().select("#notice-send").text()).isEqualTo("Gửi thông báo tới 2 đơn vị");
        assertThat(notices()).as("a preview keeps nothing").isEqualTo(before);
    }

    @Test
    void aSentNoticeShowsOnEveryTargetSiteAndHomePageAndIsMailedToTheirAdminsAndHeads() {
        Browser visitor = new Browser(server.getURI());
        // The school's page is in the page cache before the notice is sent.
        visitor.get("/" + w.a().slug() + "/");
        assertThat(visitor.get("/" + w.a().slug() + "/").header("X-Lantoa-Cache")).isEqualTo("hit");

        long id = send(form("Bão số 4 <script>alert(1)</script>", "TYPE:SCHOOL"));

        for (Unit school : new Unit[] {w.a(), w.b()}) {
            Page home = visitor.get("/" + school.slug() + "/");
            assertThat(home.doc().select("#notice-" + id + " .notice-banner-title").text()).isEqualTo("Bão lũ: Bão số 4 <script>alert(1)</script>");
            assertThat(home.body()).doesNotContain("<script>alert(1)");
            assertThat(visitor.get("/" + school.slug() + "/lien-he").doc().select("#notice-" + id)).hasSize(1);
        }
        assertThat(visitor.get("/" + w.d().slug() + "/").doc().select(".notice-banner")).as("the sender's own site").isEmpty();
        assertThat(visitor.get("/" + w.z().slug() + "/").doc().select(".notice-banner")).as("another province").isEmpty();

        Browser adminA = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        Page home = adminA.get("/admin/u/" + w.a().id());
        assertThat(home.doc().select(".homecard").first().id()).isEqualTo("home-notices");
        assertThat(home.doc().select("#home-notices form[action*=/notices/" + id + "/ack] button").text()).isEqualTo("Đã nhận");

        for (User person : new User[] {w.adminA(), w.headA(), w.adminB()}) {
            Mailbox.Mail mail = Mailbox.await(person.email(), "Bão số 4");
            assertThat(mail.subject()).startsWith("[Khẩn cấp] Bão lũ:");
            assertThat(mail.text()).contains("/notices#notice-" + id);
        }
        assertThat(Mailbox.of(w.editorA().email())).noneMatch(m -> m.subject().contains("Bão số 4"));
    }

    @Test
    void theSenderSeesWhoAcknowledgedAndRemindsTheOthersOncePerClick() {
        long id = send(form("Bão số 5", "TYPE:SCHOOL"));
        Browser headA = new Browser(server.getURI()).signIn(w.headA().email(), Fixtures.PASSWORD);
        String ack = "#home-notices form[action*=/notices/" + id + "/ack]";
        String action = headA.get("/admin/u/" + w.a().id()).doc().select(ack).attr("action");
        assertThat(headA.post(action.substring(0, action.indexOf('?')), Map.of()).status()).isEqualTo(303);
        assertThat(headA.get("/admin/u/" + w.a().id()).doc().select(ack)).as("nothing left to acknowledge").isEmpty();

        Page detail = adminD.get(d + "/notices/" + id);
        assertThat(detail.doc().select("#notice-acks").text()).isEqualTo("Đã xác nhận: 1 / 2 đơn vị");
        assertThat(detail.doc().select("#notice-targets tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains(w.a().name()).contains(w.headA().fullName()))
                .anySatisfy(row -> assertThat(row).contains(w.b().name()).contains("Chưa xác nhận"));

        assertThat(adminD.post(d + "/notices/" + id + "/remind", Map.of()).status()).isEqualTo(303);
        // Matched by subject: the notice's own mail may still be on its way when the reminder is queued.
        Mailbox.await(w.adminB().email(), "[Nhắc xác nhận] [Khẩn cấp] Bão lũ: Bão số 5");
        assertThat(adminD.post(d + "/notices/" + id + "/remind", Map.of()).status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE '[Nhắc xác nhận]%Bão số 5%'")).as("a second click sends nothing")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE '[Nhắc xác nhận]%Bão số 5%' AND to_address IN ('"
                + w.adminA().email() + "', '" + w.headA().email() + "')")).as("the school that acknowledged is not reminded").isZero();
        clock.runFrom(clock.instant().plus(Duration.ofMinutes(11)));
        assertThat(adminD.post(d + "/notices/" + id + "/remind", Map.of()).status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE '[Nhắc xác nhận]%Bão số 5%'")).isEqualTo(2);
    }

    @Test
    void aUnitTheNoticeDidNotReachCannotAcknowledgeIt() {
        long id = send(form("Thay đổi lịch thi THCS", "LEVEL:THCS"));
        Browser adminB = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        adminB.get("/admin/u/" + w.b().id() + "/notices");

        assertThat(adminB.post("/admin/u/" + w.b().id() + "/notices/" + id + "/ack", Map.of()).status()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM notice_target WHERE notice_id = " + id + " AND acknowledged_at IS NOT NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM notice_target WHERE notice_id = " + id)).isEqualTo(1);
    }

    @Test
    void aSchoolCannotSendANotice() {
        Browser adminA = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        String a = "/admin/u/" + w.a().id();
        adminA.get(a + "/notices");
        long before = count("SELECT COUNT(*) FROM notice");

        assertThat(adminA.get(a + "/notices/new").status()).isEqualTo(403);
        Map<String, String> f = form("Trường tự gửi", "ALL");
        f.put("confirm", "yes");
        f.put("seen", "0/ALL");
        assertThat(adminA.post(a + "/notices", f).status()).isEqualTo(403);
        assertThat(adminA.get(a + "/notices").doc().select("#notice-new")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM notice")).isEqualTo(before);
    }

    @Test
    void aPhongCannotSeeAnotherPhongsNotices() {
        long id = send(form("Bão số 6", "TYPE:SCHOOL"));
        Unit d2 = fixtures.unit(fixtures.actor(w.platformAdmin()), w.p().id(), "Phòng GDĐT Huyện Láng Giềng " + w.tag(), UnitType.DISTRICT_OFFICE, null);
        User adminD2 = fixtures.member(d2, Role.UNIT_ADMIN, "admin-d2", w.tag());
        Browser other = new Browser(server.getURI()).signIn(adminD2.email(), Fixtures.PASSWORD);
        other.get("/admin/u/" + d2.id() + "/notices");

        assertThat(other.get(d + "/notices").status()).isEqualTo(404);
        assertThat(other.get(d + "/notices/" + id).status()).isEqualTo(404);
        assertThat(other.get("/admin/u/" + d2.id() + "/notices/" + id).status()).isEqualTo(404);
        assertThat(other.get("/admin/u/" + d2.id() + "/notices").body()).doesNotContain("Bão số 6");
        assertThat(other.post("/admin/u/" + d2.id() + "/notices/" + id + "/withdraw", Map.of()).status()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM notice WHERE id = " + id + " AND status = 'ACTIVE'")).isEqualTo(1);
    }

    @Test
    void badInputGetsVietnameseErrorsNextToTheFieldsAndStoresNothing() {
        adminD.get(d + "/notices/new");
        long before = notices();
        long mails = count("SELECT COUNT(*) FROM mail_outbox");
        Map<String, String> bad = form("   ", Targets.CHOSEN);
        bad.put("body", "x".repeat(NoticeForm.BODY_MAX + 1));
        bad.put("expiresAt", LocalDateTime.ofInstant(clock.instant().minus(Duration.ofHours(1)), TestClock.VIETNAM).withSecond(0).withNano(0).toString());
        bad.put("confirm", "yes");

        Page refused = adminD.post(d + "/notices", bad);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-title").text()).isEqualTo("Nhập tiêu đề thông báo.");
        assertThat(refused.doc().select("#e-body").text()).isEqualTo("Nội dung dài quá 1.000 ký tự (hiện có 1.001). Hãy viết ngắn gọn.");
        assertThat(refused.doc().select("#e-expiresAt").text()).isEqualTo("Thời điểm hết hiệu lực phải sau thời điểm hiện tại.");
        assertThat(refused.doc().select("#e-audience").text()).isEqualTo("Chọn ít nhất một đơn vị nhận trong danh sách.");
        Map<String, String> nobody = form("Lịch thi THPT", "LEVEL:THPT");
        assertThat(adminD.post(d + "/notices", nobody).doc().select("#e-audience").text())
                .isEqualTo("Không có đơn vị nào phù hợp để nhận. Chọn nhóm đơn vị khác.");
        Map<String, String> elsewhere = form("Đơn vị ngoài phạm vi", Targets.CHOSEN);
        elsewhere.put("unitIds", String.valueOf(w.z().id()));
        assertThat(adminD.post(d + "/notices", elsewhere).status()).as("a unit outside the Phòng reaches nobody").isEqualTo(422);
        assertThat(notices()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox")).isEqualTo(mails);
    }

    @Test
    void aWithdrawnNoticeLeavesTheCachedPagesAtOnceAndAnExpiredOneAtItsExpiry() {
        Browser visitor = new Browser(server.getURI());
        long withdrawn = send(form("Bão số 7", "TYPE:SCHOOL"));
        String page = "/" + w.b().slug() + "/";
        visitor.get(page);
        assertThat(visitor.get(page).header("X-Lantoa-Cache")).isEqualTo("hit");
        assertThat(visitor.get(page).doc().select("#notice-" + withdrawn)).hasSize(1);

        assertThat(adminD.post(d + "/notices/" + withdrawn + "/withdraw", Map.of()).status()).isEqualTo(303);
        assertThat(visitor.get(page).doc().select("#notice-" + withdrawn)).isEmpty();
        assertThat(adminD.get(d + "/notices/" + withdrawn).doc().select("#notice-status").text()).isEqualTo("Đã thu hồi");

        clock.freezeAt(clock.instant());
        long expiring = send(form("Bão số 8", "TYPE:SCHOOL"));
        visitor.get(page);
        assertThat(visitor.get(page).header("X-Lantoa-Cache")).isEqualTo("hit");
        assertThat(visitor.get(page).doc().select("#notice-" + expiring)).hasSize(1);
        long changes = count("SELECT COALESCE(MAX(id), 0) FROM site_change");
        clock.freezeAt(clock.instant().plus(Duration.ofHours(6)));
        // The expiry job has not run: the cached page and the frame stop at the expiry by themselves.
        assertThat(visitor.get(page).doc().select("#notice-" + expiring)).isEmpty();
        Browser adminB = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        assertThat(adminB.get("/admin/u/" + w.b().id()).doc().select("#home-notices a[href$=#notice-" + expiring + "]")).isEmpty();

        // The scheduled run may have come first; either way the notice is marked once and its targets' pages dropped.
        expiry.run();
        assertThat(count("SELECT status = 'EXPIRED' FROM notice WHERE id = " + expiring)).isEqualTo(1);
        assertThat(count("SELECT COUNT(DISTINCT unit_id) FROM site_change WHERE id > " + changes + " AND unit_id IN (" + w.a().id() + ", "
                + w.b().id() + ")")).isEqualTo(2);
    }
}
