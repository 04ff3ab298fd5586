package vn.lantoa.notice;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;
import vn.lantoa.unit.Unit;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A notice to 5,000 schools of one Phòng: every target site's pages show it at once (the page cache is dropped for every
 * target, on this instance and, through site_change, on another one), and once withdrawn it leaves a second instance's
 * cached pages within the poll's second. The second instance is a second application context on the same database.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticeScaleTest {

    static final int SCHOOLS = 5000;
    static final int SAMPLE = 40;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    vn.lantoa.testing.TestClock clock;

    Fixtures.World w;
    Unit big;
    User admin;
    List<String> slugs;
    EmbeddedServer second;

    @BeforeAll
    void fiveThousandSchools() {
        w = fixtures.world();
        big = fixtures.unit(fixtures.actor(w.platformAdmin()), w.p().id(), "Phòng GDĐT Thành phố Lớn " + w.tag(), UnitType.DISTRICT_OFFICE, null);
        admin = fixtures.member(big, Role.UNIT_ADMIN, "admin-big", w.tag());
        String tag = w.tag().toLowerCase();
        String digits = "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 "
                + "UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
        String numbers = "SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d AS n FROM " + digits + " a, " + digits + " b, " + digits + " c, " + digits
                + " e WHERE a.d + 10 * b.d + 100 * c.d + 1000 * e.d < " + SCHOOLS;
        String path = NoticeTest.string("SELECT path FROM unit WHERE id = " + big.id());
        // Written as an import would leave them: the schools, their place in the tree, and one admin each, who is mailed.
        TestServers.sql(
                "INSERT INTO unit (parent_id, path, depth, type, school_level, name, short_name, slug, search_text, created_at, updated_at, version) "
                        + "SELECT " + big.id() + ", CONCAT('" + path + "x', n, '/'), 3, 'SCHOOL', 'TH', CONCAT('Trường Tiểu học Số ', n, ' " + tag + "'), "
                        + "CONCAT('TH Số ', n), CONCAT('th-so-', n, '-" + tag + "'), CONCAT('truong tieu hoc so ', n), NOW(6), NOW(6), 0 FROM (" + numbers + ") s",
                "UPDATE unit SET path = CONCAT('" + path + "', id, '/') WHERE parent_id = " + big.id(),
                "INSERT INTO unit_placement (unit_id, valid_from, valid_to, parent_id, path, depth) SELECT id, '1970-01-01 00:00:00', "
                        + "'9999-12-31 00:00:00', parent_id, path, depth FROM unit WHERE parent_id = " + big.id(),
                "INSERT INTO app_user (email, full_name, password_hash, status, platform_admin, sessions_valid_after, created_at, updated_at) "
                        + "SELECT CONCAT('hieutruong-', u.slug, '@truong.example.vn'), CONCAT('Hiệu trưởng ', u.short_name), a.password_hash, 'ACTIVE', FALSE, "
                        + "a.sessions_valid_after, NOW(6), NOW(6) FROM unit u JOIN app_user a ON a.id = " + admin.id() + " WHERE u.parent_id = " + big.id(),
                "INSERT INTO membership (unit_id, user_id, role, created_at) SELECT u.id, p.id, 'UNIT_ADMIN', NOW(6) FROM unit u "
                        + "JOIN app_user p ON p.email = CONCAT('hieutruong-', u.slug, '@truong.example.vn') WHERE u.parent_id = " + big.id());
        List<String> all = new ArrayList<>();
        for (int n = 0; n < SCHOOLS; n++) {
            all.add("th-so-" + n + "-" + tag);
        }
        java.util.Collections.shuffle(all, new Random(14));
        slugs = all.subList(0, SAMPLE);
        second = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1), "test");
    }

    @AfterAll
    void stopSecondInstance() {
        if (second != null) {
            second.getApplicationContext().close();
        }
        // The 5,000 principals' mails were counted above; left queued, they would hold up the mail of the test classes after this one.
        TestServers.sql("DELETE FROM mail_outbox WHERE status = 'PENDING' AND to_address LIKE 'hieutruong-th-so-%@truong.example.vn'");
    }

    static boolean showsBanner(Page page, long noticeId) {
        return !page.doc().select("#notice-" + noticeId).isEmpty();
    }

    @Test
    void aNoticeToFiveThousandSchoolsReachesEverySiteOnBothInstancesAndItsWithdrawalLeavesEveryCachedPageWithinASecond() {
        Browser here = new Browser(server.getURI());
        Browser there = new Browser(second.getURI());
        for (String slug : slugs) {
            for (Browser b : List.of(here, there)) {
                b.get("/" + slug + "/");
                assertThat(b.get("/" + slug + "/").header("X-Lantoa-Cache")).as(slug + " cached").isEqualTo("hit");
            }
        }
        long changesBefore = Long.parseLong(NoticeTest.string("SELECT COALESCE(MAX(id), 0) FROM site_change"));
        Browser sender = new Browser(server.getURI()).signIn(admin.email(), Fixtures.PASSWORD);
        String base = "/admin/u/" + big.id() + "/notices";
        sender.get(base + "/new");
        Map<String, String> form = new HashMap<>(Map.of("kind", "SCHOOL_CLOSURE", "severity", "URGENT", "title", "Nghỉ học do bão",
                "body", "Toàn bộ học sinh nghỉ học ngày mai.", "audience", "TYPE:SCHOOL",
                "expiresAt", LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(1)), vn.lantoa.testing.TestClock.VIETNAM).withSecond(0).withNano(0).toString()));
        Page preview = sender.post(base, form);
        assertThat(preview.doc().select("#preview-counts").text()).startsWith("Thông báo sẽ hiện trên trang của 5.000 đơn vị và được gửi thư tới 5.000 người");
        form.put("confirm", "yes");
        form.put("seen", preview.doc().select("input[name=seen]").attr("value"));

        long started = System.nanoTime();
        Page sent = sender.post(base, form);
        long sendMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(sent.status()).as(sent.text()).isEqualTo(303);
        long id = Long.parseLong(sent.location().replaceAll(".*/(\\d+)$", "$1"));

        String targets = "SELECT id FROM unit WHERE parent_id = " + big.id();
        assertThat(NoticeTest.count("SELECT COUNT(*) FROM notice_target WHERE notice_id = " + id)).isEqualTo(SCHOOLS);
        assertThat(NoticeTest.count("SELECT COUNT(DISTINCT unit_id) FROM site_change WHERE id > " + changesBefore + " AND unit_id IN (" + targets + ")"))
                .as("a recorded change for every target site, which every instance reads").isEqualTo(SCHOOLS);
        assertThat(NoticeTest.count("SELECT COUNT(*) FROM mail_outbox WHERE batch = 'notice-" + id + "'")).isEqualTo(SCHOOLS);
        for (String slug : slugs) {
            assertThat(showsBanner(here.get("/" + slug + "/"), id)).as(slug + " here").isTrue();
        }
        long seenThere = waitUntil(there, id, true);

        started = System.nanoTime();
        assertThat(sender.post(base + "/" + id + "/withdraw", Map.of()).status()).isEqualTo(303);
        long withdrawMillis = (System.nanoTime() - started) / 1_000_000;
        for (String slug : slugs) {
            assertThat(showsBanner(here.get("/" + slug + "/"), id)).as(slug + " here after withdrawal").isFalse();
        }
        long goneThere = waitUntil(there, id, false);
        System.out.printf("NOTICE SCALE: send to %d schools %d ms; shown on the other instance's %d cached pages after %d ms; "
                + "withdrawal %d ms, gone from the other instance after %d ms%n", SCHOOLS, sendMillis, SAMPLE, seenThere, withdrawMillis, goneThere);
        assertThat(goneThere).as("the other instance polls site_change every second").isLessThan(3000);
    }

    /**
     * Milliseconds until the other instance's first sampled page shows (or no longer shows) the notice: how long its
     * cached copy outlived the change. Then every sampled page must agree, without waiting any longer.
     */
    long waitUntil(Browser there, long id, boolean shown) {
        long started = System.nanoTime();
        String first = "/" + slugs.get(0) + "/";
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> showsBanner(there.get(first), id) == shown);
        long millis = (System.nanoTime() - started) / 1_000_000;
        for (String slug : slugs) {
            assertThat(showsBanner(there.get("/" + slug + "/"), id)).as(slug + " on the other instance").isEqualTo(shown);
        }
        return millis;
    }
}
