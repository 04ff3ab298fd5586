package vn.lantoa.press.releases;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.platform.mail.SmtpMailer;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Press releases mailed to press lists through real SMTP: GreenMail behind a relay that refuses some recipients with a
 * 550, as a real server does. The delivery job is run by the tests (its schedule waits six hours), on the test clock.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseMailingTest implements TestPropertyProvider {

    private RefusingSmtpProxy proxy;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ReleaseDeliveryJob job;
    @Inject
    ReleaseMailings mailings;
    @Inject
    MailingStore store;
    @Inject
    SmtpMailer mailer;
    @Inject
    UnitRefRepository units;
    @Inject
    TestClock clock;
    @Inject
    vn.lantoa.files.FileService files;

    @Override
    public Map<String, String> getProperties() {
        try {
            proxy = new RefusingSmtpProxy(TestServers.smtp().host(), TestServers.smtp().port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("lantoa.mail.port", String.valueOf(proxy.port()));
    }

    @AfterAll
    void stopProxy() throws IOException {
        proxy.close();
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aReleaseMailedToAListOf500ContactsSends500MailsEachLogged() {
        Fixtures.World w = fixtures.world();
        spokesperson(w.p().id(), "Nguyễn Văn Phát Ngôn " + w.tag());
        Article release = fixtures.published(w, w.p().id(), ArticleKind.PRESS_RELEASE, "Thông cáo kỳ thi " + w.tag(),
                "<p>Kỳ thi diễn ra an toàn.</p><p><img src=\"/anh/1/2026/x.png\" alt=\"Ảnh thi\"></p>");
        long list = list(w.p().id(), "Báo chí địa phương " + w.tag(), false, contacts(w.p().id(), "c", w.tag(), 500));
        Browser admin = new Browser(server.getURI()).signIn(w.adminP().email(), Fixtures.PASSWORD);

        Page sent = admin.post("/admin/u/" + w.p().id() + "/press/releases", Map.of("articleId", String.valueOf(release.id()), "listId", String.valueOf(list)));
        assertThat(sent.status()).isEqualTo(303);
        long mailingId = Long.parseLong(sent.location().substring(sent.location().lastIndexOf('/') + 1));
        drain();

        Map<String, Integer> received = receivedBy("-" + w.tag() + "@bao.test");
        assertThat(received).hasSize(500);
        assertThat(received.values()).containsOnly(1);
        assertThat(query("SELECT COUNT(*) FROM press_delivery WHERE mailing_id = " + mailingId + " AND status = 'SENT' AND sent_at IS NOT NULL")).isEqualTo("500");
        Mailbox.Mail mail = Mailbox.await("c1-" + w.tag() + "@bao.test", 1);
        assertThat(mail.subject()).isEqualTo(release.title());
        assertThat(mail.text()).contains("Kỳ thi diễn ra an toàn.").contains("http://lantoa.test/" + w.p().slug() + "/tin/" + release.slug())
                .contains("Nguyễn Văn Phát Ngôn " + w.tag()).contains("0262 3852 156");

        Page log = admin.get("/admin/u/" + w.p().id() + "/press/releases/" + mailingId);
        assertThat(log.doc().select("#count-sent").text()).isEqualTo("500");
        assertThat(log.doc().select("#log tr[data-status=SENT]")).hasSize(200);
        assertThat(admin.get("/admin/u/" + w.p().id() + "/press/releases").doc().select("tr[data-mailing=" + mailingId + "] .sent").text()).isEqualTo("500");
    }

    @Test
    void aRecipientTheServerRefusesIsLoggedWithTheReasonAndRetriedWhileTheOthersGetTheirs() {
        Fixtures.World w = fixtures.world();
        clock.freezeAt(LocalDateTime.of(2026, 12, 7, 9, 0));
        Article release = fixtures.published(w, w.a().id(), ArticleKind.PRESS_RELEASE, "Thông cáo từ chối " + w.tag(), "<p>Nội dung.</p>");
        List<Long> ids = new ArrayList<>(contacts(w.a().id(), "ok", w.tag(), 4));
        ids.add(1, contact(w.a().id(), "Người bị từ chối", RefusingSmtpProxy.REFUSED_PREFIX + w.tag() + "@bao.test"));
        long list = list(w.a().id(), "Phóng viên " + w.tag(), false, ids);
        long mailingId = mailings.queue(fixtures.actor(w.adminA()), ref(w.a().id()), release.id(), List.of(list), null).mailingId();

        ReleaseDeliveryJob.Run first = job.run();
        assertThat(receivedBy("-" + w.tag() + "@bao.test")).as("the others are not held up").hasSize(4);
        String refused = "SELECT status, attempts, last_error FROM press_delivery WHERE mailing_id = " + mailingId + " AND email LIKE 'refuse-%'";
        assertThat(row(refused).subList(0, 2)).containsExactly("QUEUED", "1");
        assertThat(row(refused).get(2)).contains("550 5.1.1").contains("User unknown");
        assertThat(first.failed()).isGreaterThanOrEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        job.run();
        assertThat(row(refused).get(1)).as("not before its backoff").isEqualTo("1");
        for (int minutes : new int[] {1, 2, 4}) {
            clock.advance(Duration.ofMinutes(minutes));
            job.run();
        }
        assertThat(row(refused).subList(0, 2)).containsExactly("FAILED", "4");
        assertThat(receivedBy("-" + w.tag() + "@bao.test")).hasSize(4).doesNotContainKey(refusedAddress(w)).allSatisfy((k, v) -> assertThat(v).isEqualTo(1));

        Browser viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD);
        Page log = viewer.get("/admin/u/" + w.a().id() + "/press/releases/" + mailingId);
        assertThat(log.status()).as("members read the log").isEqualTo(200);
        assertThat(log.doc().select("#count-failed").text()).isEqualTo("1");
        assertThat(log.doc().select("#log tr[data-status=FAILED]").text()).contains("550 5.1.1").contains(refusedAddress(w));
        assertThat(log.doc().select("#retry-form")).as("a viewer does not send").isEmpty();
        assertThat(viewer.post("/admin/u/" + w.a().id() + "/press/releases/" + mailingId + "/retry", Map.of()).status()).isEqualTo(403);

        Browser head = new Browser(server.getURI()).signIn(w.headA().email(), Fixtures.PASSWORD);
        assertThat(head.post("/admin/u/" + w.a().id() + "/press/releases/" + mailingId + "/retry", Map.of()).status()).isEqualTo(303);
        assertThat(row(refused).subList(0, 2)).containsExactly("QUEUED", "0");
        job.run();
        assertThat(row(refused).subList(0, 2)).containsExactly("QUEUED", "1");
        assertThat(receivedBy("-" + w.tag() + "@bao.test").values()).as("retrying one sends the others nothing again").containsOnly(1);
    }

    @Test
    void aRestartMidSendSendsNoContactTwice() throws MessagingException {
        Fixtures.World w = fixtures.world();
        clock.freezeAt(LocalDateTime.of(2026, 12, 8, 9, 0));
        Article release = fixtures.published(w, w.a().id(), ArticleKind.PRESS_RELEASE, "Thông cáo khởi động lại " + w.tag(), "<p>Nội dung.</p>");
        long list = list(w.a().id(), "Danh sách lớn " + w.tag(), false, contacts(w.a().id(), "r", w.tag(), 120));
        long mailingId = mailings.queue(fixtures.actor(w.adminA()), ref(w.a().id()), release.id(), List.of(list), null).mailingId();

        // An instance claims a batch, sends ten and marks them, puts the eleventh on the wire, and dies before marking it.
        List<Long> first = new ArrayList<>();
        for (String id : column("SELECT id FROM press_delivery WHERE mailing_id = " + mailingId + " ORDER BY id LIMIT " + ReleaseDeliveryJob.BATCH)) {
            first.add(Long.parseLong(id));
        }
        List<MailingStore.Delivery> claimed = store.claim$WithoutTenancy(first, "dead-instance", clock.instant());
        Mailing m = store.find(w.a().id(), mailingId).orElseThrow();
        try (SmtpMailer.Connection connection = mailer.open()) {
            for (int i = 0; i < 11; i++) {
                connection.send(claimed.get(i).email(), m.subject(), m.bodyText(), m.bodyHtml());
                if (i < 10) {
                    store.markSent$WithoutTenancy(claimed.get(i).id(), clock.instant());
                }
            }
        }

        // A fresh instance at once: the dead one's claim may still be a live run's, so it sends only the rest.
        ReleaseDeliveryJob.Run fresh = job.run();
        assertThat(fresh.recovered()).isZero();
        assertThat(query("SELECT COUNT(*) FROM press_delivery WHERE mailing_id = " + mailingId + " AND status = 'SENDING'")).isEqualTo("40");

        clock.advance(ReleaseDeliveryJob.STALE.plusMinutes(1));
        assertThat(job.run().recovered()).isEqualTo(1);
        Map<String, Integer> received = receivedBy("-" + w.tag() + "@bao.test");
        assertThat(received).hasSize(120);
        assertThat(received.values()).as("nobody twice").containsOnly(1);
        assertThat(query("SELECT COUNT(*) FROM press_delivery WHERE mailing_id = " + mailingId + " AND status = 'SENT'")).isEqualTo("119");
        assertThat(row("SELECT status, email FROM press_delivery WHERE mailing_id = " + mailingId + " AND status <> 'SENT'"))
                .containsExactly("UNCONFIRMED", claimed.get(10).email());
    }

    @Test
    void anEmbargoedReleaseIsSentNotBeforeItsTimeAndWhollyAfter() {
        Fixtures.World w = fixtures.world();
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 8, 0));
        Article release = fixtures.published(w, w.a().id(), ArticleKind.PRESS_RELEASE, "Thông cáo cấm đăng " + w.tag(), "<p>Nội dung.</p>");
        long list = list(w.a().id(), "Cấm đăng " + w.tag(), false, contacts(w.a().id(), "e", w.tag(), 30));
        Browser head = new Browser(server.getURI()).signIn(w.headA().email(), Fixtures.PASSWORD);
        String base = "/admin/u/" + w.a().id() + "/press/releases";

        Page past = head.post(base, Map.of("articleId", String.valueOf(release.id()), "listId", String.valueOf(list), "embargo", "2026-12-10T07:59"));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.doc().select("#e-embargo").text()).isEqualTo("Giờ cấm đăng phải ở sau thời điểm hiện tại.");
        Page bad = head.post(base, Map.of("articleId", String.valueOf(release.id()), "listId", String.valueOf(list), "embargo", "<script>"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.doc().select("#e-embargo").text()).isEqualTo("Giờ cấm đăng không hợp lệ.");
        assertThat(bad.doc().select("#f-embargo").attr("value")).as("shown back as text").isEqualTo("<script>");

        Page sent = head.post(base, Map.of("articleId", String.valueOf(release.id()), "listId", String.valueOf(list), "embargo", "2026-12-10T10:00"));
        assertThat(sent.status()).isEqualTo(303);
        long mailingId = Long.parseLong(sent.location().substring(sent.location().lastIndexOf('/') + 1));
        assertThat(query("SELECT send_at FROM press_mailing WHERE id = " + mailingId)).as("stored in UTC").startsWith("2026-12-10 03:00:00");

        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 59, 59));
        job.run();
        assertThat(receivedBy("-" + w.tag() + "@bao.test")).isEmpty();
        assertThat(query("SELECT COUNT(*) FROM press_delivery WHERE mailing_id = " + mailingId + " AND status = 'QUEUED'")).isEqualTo("30");

        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 10, 0));
        job.run();
        assertThat(receivedBy("-" + w.tag() + "@bao.test")).hasSize(30);
        assertThat(query("SELECT COUNT(*) FROM press_delivery WHERE mailing_id = " + mailingId + " AND status = 'SENT'")).isEqualTo("30");
    }

    @Test
    void aSiblingCannotSeeOrSendAnotherUnitsMailing() {
        Fixtures.World w = fixtures.world();
        Article release = fixtures.published(w, w.a().id(), ArticleKind.PRESS_RELEASE, "Thông cáo riêng " + w.tag(), "<p>Nội dung.</p>");
        long list = list(w.a().id(), "Riêng " + w.tag(), false, contacts(w.a().id(), "s", w.tag(), 3));
        long mailingId = mailings.queue(fixtures.actor(w.adminA()), ref(w.a().id()), release.id(), List.of(list), null).mailingId();
        String mailingsBefore = query("SELECT COUNT(*) FROM press_mailing WHERE unit_id IN (" + w.a().id() + ", " + w.b().id() + ")");

        Browser sibling = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        assertThat(sibling.get("/admin/u/" + w.a().id() + "/press/releases/" + mailingId).status()).isEqualTo(404);
        assertThat(sibling.get("/admin/u/" + w.b().id() + "/press/releases/" + mailingId).status()).as("not through its own unit either").isEqualTo(404);
        assertThat(sibling.post("/admin/u/" + w.a().id() + "/press/releases/" + mailingId + "/retry", Map.of()).status()).isEqualTo(404);
        assertThat(sibling.post("/admin/u/" + w.a().id() + "/press/releases", Map.of("articleId", String.valueOf(release.id()), "listId", String.valueOf(list)))
                .status()).isEqualTo(404);
        Page own = sibling.post("/admin/u/" + w.b().id() + "/press/releases", Map.of("articleId", String.valueOf(release.id()), "listId", String.valueOf(list)));
        assertThat(own.status()).as("another unit's release and list").isEqualTo(422);
        assertThat(sibling.get("/admin/u/" + w.b().id() + "/press/releases").body()).doesNotContain("Riêng " + w.tag()).doesNotContain(release.title());
        assertThat(query("SELECT COUNT(*) FROM press_mailing WHERE unit_id IN (" + w.a().id() + ", " + w.b().id() + ")")).isEqualTo(mailingsBefore);
    }

    @Test
    void aSchoolMayUseItsSosSharedListButNotASiblingSosList() {
        Fixtures.World w = fixtures.world();
        long shared = list(w.p().id(), "Báo chí tỉnh " + w.tag(), true, contacts(w.p().id(), "p", w.tag(), 3));
        long unshared = list(w.p().id(), "Nội bộ Sở " + w.tag(), false, contacts(w.p().id(), "n", w.tag(), 2));
        long otherSo = list(w.q().id(), "Báo chí tỉnh khác " + w.tag(), true, contacts(w.q().id(), "q", w.tag(), 2));
        Article release = fixtures.published(w, w.a().id(), ArticleKind.PRESS_RELEASE, "Thông cáo trường " + w.tag(), "<p>Nội dung.</p>");
        Browser school = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        String base = "/admin/u/" + w.a().id() + "/press/releases";

        Page form = school.get(base);
        assertThat(form.doc().select("input[name=listId]").eachAttr("value")).containsExactly(String.valueOf(shared));
        for (long forbidden : new long[] {unshared, otherSo}) {
            Page refused = school.post(base, Map.of("articleId", String.valueOf(release.id()), "listId", String.valueOf(forbidden)));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.doc().select("#e-listId").text()).isEqualTo("Hãy chọn ít nhất một danh sách báo chí.");
        }
        assertThat(query("SELECT COUNT(*) FROM press_mailing WHERE unit_id = " + w.a().id())).isEqualTo("0");
        Page sent = school.post(base, List.of(Map.entry("articleId", String.valueOf(release.id())), Map.entry("listId", String.valueOf(shared)),
                Map.entry("listId", String.valueOf(otherSo))));
        assertThat(sent.status()).isEqualTo(303);
        assertThat(column("SELECT email FROM press_delivery d JOIN press_mailing m ON m.id = d.mailing_id WHERE m.unit_id = " + w.a().id()))
                .hasSize(3).allSatisfy(e -> assertThat(e).startsWith("p"));
    }

    @Test
    void thePressRoomShowsOnlyPublishedReleasesTheSpokespersonAndTheKit() {
        Fixtures.World w = fixtures.world();
        spokesperson(w.a().id(), "Trần Thị Người Nói " + w.tag());
        Article published = fixtures.published(w, w.a().id(), ArticleKind.PRESS_RELEASE, "Thông cáo đã đăng " + w.tag(), "<p>Nội dung.</p>");
        fixtures.draft(w, w.a().id(), ArticleKind.PRESS_RELEASE, "Thông cáo còn nháp " + w.tag(), "<p>Nháp.</p>");
        fixtures.published(w, w.a().id(), ArticleKind.NEWS, "Tin thường " + w.tag(), "<p>Tin.</p>");
        fixtures.published(w, w.b().id(), ArticleKind.PRESS_RELEASE, "Thông cáo trường khác " + w.tag(), "<p>Khác.</p>");
        Browser visitor = new Browser(server.getURI());

        Page room = visitor.get("/" + w.a().slug() + "/phong-bao-chi");
        assertThat(room.status()).isEqualTo(200);
        assertThat(room.doc().select("#releases a").eachText()).containsExactly(published.title());
        assertThat(room.doc().select("#spokesperson").text()).contains("Trần Thị Người Nói " + w.tag()).contains("0262 3852 156");
        assertThat(room.body()).doesNotContain("Thông cáo còn nháp").doesNotContain("Tin thường").doesNotContain("Thông cáo trường khác");
        assertThat(visitor.get("/" + w.a().slug() + "/").doc().select("#footer-press-room").attr("href")).isEqualTo("/" + w.a().slug() + "/phong-bao-chi");

        // The media kit: a photo of the school's library, added by its desk, shown at once; a sibling cannot add it to its own.
        long logo = files.upload(fixtures.actor(w.platformAdmin()), ref(w.a().id()), "bieu-trung-truong.png",
                new java.io.ByteArrayInputStream(vn.lantoa.testing.Images.PNG)).id();
        Browser sibling = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        assertThat(sibling.post("/admin/u/" + w.b().id() + "/press/releases/kit", Map.of("fileId", String.valueOf(logo))).status()).isEqualTo(303);
        assertThat(sibling.post("/admin/u/" + w.a().id() + "/press/releases/kit", Map.of("fileId", String.valueOf(logo))).status()).isEqualTo(404);
        assertThat(query("SELECT COUNT(*) FROM press_kit_file WHERE file_id = " + logo)).isEqualTo("0");
        Browser desk = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        assertThat(desk.post("/admin/u/" + w.a().id() + "/press/releases/kit", Map.of("fileId", String.valueOf(logo))).status()).isEqualTo(303);
        Page withKit = visitor.get("/" + w.a().slug() + "/phong-bao-chi");
        assertThat(withKit.doc().select("#media-kit a").text()).contains("bieu-trung-truong.png");
        String image = withKit.doc().select("#media-kit img").attr("src");
        assertThat(visitor.get(image).status()).as("downloadable by anyone").isEqualTo(200);
        assertThat(visitor.get("/" + w.b().slug() + "/phong-bao-chi").body()).doesNotContain("bieu-trung-truong.png");
    }

    private void drain() {
        for (int i = 0; i < 50 && !"0".equals(query("SELECT COUNT(*) FROM press_delivery WHERE status = 'QUEUED' AND next_attempt_at <= UTC_TIMESTAMP(6)"
                + " AND email NOT LIKE 'refuse-%'")); i++) {
            job.run();
        }
    }

    private static String refusedAddress(Fixtures.World w) {
        return RefusingSmtpProxy.REFUSED_PREFIX + w.tag() + "@bao.test";
    }

    private UnitRef ref(long unitId) {
        return units.findById(unitId).orElseThrow();
    }

    /** How many mails each address ending so received, in one pass over the server's mail. */
    private static Map<String, Integer> receivedBy(String suffix) {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage m : TestServers.smtp().received()) {
            try {
                for (Address a : m.getAllRecipients()) {
                    String to = a.toString();
                    if (to.endsWith(suffix)) {
                        counts.merge(to, 1, Integer::sum);
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    private static void spokesperson(long unitId, String name) {
        update("INSERT INTO committee_member (unit_id, full_name, job_title, committee_role, phone, email, spokesperson, sort_order, created_at, updated_at) "
                + "VALUES (" + unitId + ", '" + name + "', 'Phó Giám đốc', 'HEAD', '0262 3852 156', 'phatngon@example.gov.vn', TRUE, 0, NOW(6), NOW(6))");
    }

    private static List<Long> contacts(long unitId, String prefix, String tag, int n) {
        long outlet = insert("INSERT INTO press_outlet (unit_id, name, kind, scope, created_at, updated_at) VALUES (" + unitId + ", 'Báo " + prefix + " " + tag
                + "', 'NEWSPAPER', 'LOCAL', NOW(6), NOW(6))");
        StringBuilder sql = new StringBuilder("INSERT INTO press_contact (unit_id, outlet_id, full_name, email, active, created_at, updated_at) VALUES ");
        for (int i = 1; i <= n; i++) {
            sql.append(i > 1 ? ", " : "").append("(").append(unitId).append(", ").append(outlet).append(", 'Phóng viên ").append(prefix).append(i)
                    .append("', '").append(prefix).append(i).append('-').append(tag).append("@bao.test', TRUE, NOW(6), NOW(6))");
        }
        update(sql.toString());
        // An inactive contact and one without an email are on the list too, and get nothing.
        update("INSERT INTO press_contact (unit_id, outlet_id, full_name, email, active, created_at, updated_at) VALUES (" + unitId + ", " + outlet
                + ", 'Đã nghỉ', '" + prefix + "-gone-" + tag + "@bao.test', FALSE, NOW(6), NOW(6)), (" + unitId + ", " + outlet + ", 'Không email', NULL, TRUE, NOW(6), NOW(6))");
        List<Long> ids = new ArrayList<>();
        for (String id : column("SELECT id FROM press_contact WHERE outlet_id = " + outlet + " ORDER BY id")) {
            ids.add(Long.parseLong(id));
        }
        return ids;
    }

    private static long contact(long unitId, String name, String email) {
        return insert("INSERT INTO press_contact (unit_id, full_name, email, active, created_at, updated_at) VALUES (" + unitId + ", '" + name + "', '"
                + email + "', TRUE, NOW(6), NOW(6))");
    }

    private static long list(long unitId, String name, boolean sharedDown, List<Long> contactIds) {
        long id = insert("INSERT INTO press_list (unit_id, name, shared_down, created_at, updated_at) VALUES (" + unitId + ", '" + name + "', " + sharedDown
                + ", NOW(6), NOW(6))");
        StringBuilder sql = new StringBuilder("INSERT INTO press_list_member (unit_id, list_id, contact_id) VALUES ");
        for (int i = 0; i < contactIds.size(); i++) {
            sql.append(i > 0 ? ", " : "").append('(').append(unitId).append(", ").append(id).append(", ").append(contactIds.get(i)).append(')');
        }
        update(sql.toString());
        return id;
    }

    private static Connection connect() throws java.sql.SQLException {
        return DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
    }

    private static long insert(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String query(String sql) {
        List<String> row = row(sql);
        return row.isEmpty() ? null : row.get(0);
    }

    private static List<String> row(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            if (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    values.add(rs.getString(i));
                }
            }
            return values;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> column(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
