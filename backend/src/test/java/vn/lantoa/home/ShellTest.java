package vn.lantoa.home;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin shell as a reader sees it: breadcrumbs, unit switcher, navigation, flash, language. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShellTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    vn.lantoa.testing.TestClock clock;

    Fixtures.World world;

    @BeforeAll
    void world() {
        world = fixtures.world();
    }

    @Test
    void breadcrumbsShowTheUnitsPlaceInTheTree() {
        Page page = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD).get("/admin/u/" + world.a().id());
        assertThat(page.doc().select(".breadcrumbs li").eachText()).containsExactly(world.p().name(), world.d().name(), world.a().name());
        assertThat(page.doc().select("html").attr("lang")).isEqualTo("vi");
    }

    @Test
    void someoneWithRolesInTwoUnitsSwitchesBetweenThem() {
        var person = fixtures.member(world.a(), Role.EDITOR, "hai-don-vi", world.tag());
        Browser browser = new Browser(server.getURI()).signIn(person.email(), Fixtures.PASSWORD);
        // A second role in unit B, given after the first sign-in, shows up at once.
        fixturesGrant(person.id(), world.b().id());

        Page home = browser.get("/admin/u/" + world.a().id());
        assertThat(home.doc().select("#unit-switch option").eachText()).contains(world.a().name(), world.b().name());
        Page switched = browser.get("/admin/switch?unit=" + world.b().id());
        assertThat(switched.location()).isEqualTo("/admin/u/" + world.b().id());
        assertThat(browser.get(switched.location()).doc().select("h1").text()).isEqualTo(world.b().name());
    }

    @Test
    void switchingToAnotherSchoolIsNotPossible() {
        Browser browser = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD);
        assertThat(browser.get("/admin/switch?unit=" + world.b().id()).status()).isEqualTo(404);
    }

    @Test
    void theNavigationShowsOnlyWhatTheRoleAllows() {
        Page editor = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD).get("/admin/u/" + world.a().id());
        assertThat(editor.doc().select(".sidenav a").eachText()).containsExactly("Tổng quan", "Người dùng", "Ban truyền thông", "Kế hoạch truyền thông", "Thông báo khẩn", "Tin bài, trang",
                "Văn bản", "Thư viện ảnh", "Tin bài gửi lên", "Văn bản, tin từ cấp trên", "Báo cáo của đơn vị", "Công khai", "Tệp tin", "Xem trang thông tin ↗");
        Page admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD).get("/admin/u/" + world.d().id());
        assertThat(admin.doc().select(".sidenav a").eachText()).contains("Đơn vị cấp dưới", "Nhập đơn vị từ tệp", "Nhật ký thay đổi",
                "Đã chia sẻ xuống", "Theo dõi báo cáo cấp dưới", "Tổng hợp số liệu", "Tiến độ báo cáo", "Báo cáo nhanh buổi thi", "Báo cáo nhanh sự việc", "Giao báo cáo, biểu mẫu", "Công khai của cấp dưới", "Cài đặt trang thông tin");
    }

    @Test
    void aSuccessfulFormShowsAFlashOnceAfterTheRedirect() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminB().email(), Fixtures.PASSWORD);
        admin.get("/admin/u/" + world.b().id() + "/committee/settings");
        Page saved = admin.post("/admin/u/" + world.b().id() + "/committee/settings", Map.of("hotlinePhone", "0243 123 4567"));

        Page next = admin.get(saved.location());
        assertThat(next.doc().select(".flash.success").text()).isEqualTo("Đã lưu thông tin Ban truyền thông.");
        assertThat(admin.get(saved.location()).doc().select(".flash")).isEmpty();
    }

    @Test
    void theInterfaceSwitchesToEnglishAndBack() {
        Browser browser = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD);
        browser.get("/lang/en?back=/account");
        Page english = browser.get("/account");
        assertThat(english.doc().select("html").attr("lang")).isEqualTo("en");
        assertThat(english.doc().select("h1").text()).isEqualTo("My account");
        browser.get("/lang/vi?back=/account");
        assertThat(browser.get("/account").doc().select("h1").text()).isEqualTo("Tài khoản của tôi");
    }

    @Test
    void datesAreShownAsDayMonthYearInVietnamTime() {
        // 18:30 on 7 March in UTC is already 01:30 on 8 March in Hanoi.
        clock.freezeAt(java.time.Instant.parse("2026-03-07T18:30:00Z"));
        try {
            Page page = new Browser(server.getURI()).signIn(world.adminA().email(), Fixtures.PASSWORD).get("/admin/u/" + world.a().id() + "/people");
            assertThat(page.doc().select("tbody tr:contains(" + world.adminA().email() + ")").text()).contains("08/03/2026 01:30");
        } finally {
            clock.reset();
        }
    }

    @Inject
    vn.lantoa.tenancy.MembershipRepository membershipRepository;

    private void fixturesGrant(long userId, long unitId) {
        membershipRepository.save(new vn.lantoa.tenancy.Membership(null, unitId, userId, Role.VIEWER, clock.instant(), null));
    }
}
