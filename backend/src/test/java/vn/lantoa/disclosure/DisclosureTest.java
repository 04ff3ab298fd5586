package vn.lantoa.disclosure;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Công khai: what a school publishes, what its public page shows and what the district sees missing. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    vn.lantoa.testing.TestClock clock;

    Fixtures.World world;
    String overdue;

    @BeforeAll
    void world() {
        world = fixtures.world();
        overdue = Requirement.FEES.previousPeriod(clock.today());
    }

    Page publish(Browser who, long unitId, Map<String, String> form) {
        who.get("/admin/u/" + unitId + "/disclosure/new?requirement=" + form.get("requirement"));
        return who.post("/admin/u/" + unitId + "/disclosure", form);
    }

    @Test
    void aPublishedItemIsOnThePublicPageAndLeavesTheDistrictsMissingList() {
        Browser editorA = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD);
        Browser adminD = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        String tracking = "/admin/u/" + world.d().id() + "/disclosure";
        assertThat(adminD.get(tracking).doc().select("tr:contains(" + world.a().name() + ")").text()).contains("Học phí và các khoản thu khác");

        Page published = publish(editorA, world.a().id(), Map.of("requirement", "FEES", "period", overdue,
                "title", "Mức thu học phí năm học " + overdue, "body", "Học phí theo Nghị quyết của HĐND thành phố."));

        assertThat(published.status()).isEqualTo(303);
        Page site = new Browser(server.getURI()).get("/" + world.a().slug() + "/cong-khai");
        assertThat(site.doc().select(".disclosure-list li:contains(Học phí)").text()).contains("Mức thu học phí năm học " + overdue)
                .contains("Kỳ: " + overdue);
        assertThat(adminD.get(tracking).doc().select("tr:contains(" + world.a().name() + ")").text()).doesNotContain("Học phí và các khoản thu khác");
    }

    @Test
    void aReplacedItemStaysInTheArchive() {
        Browser editorB = new Browser(server.getURI()).signIn(world.editorB().email(), Fixtures.PASSWORD);
        publish(editorB, world.b().id(), Map.of("requirement", "STAFF", "period", overdue, "title", "Đội ngũ giáo viên (bản đầu)", "body", "32 giáo viên."));
        publish(editorB, world.b().id(), Map.of("requirement", "STAFF", "period", overdue, "title", "Đội ngũ giáo viên (cập nhật)", "body", "34 giáo viên."));

        Browser visitor = new Browser(server.getURI());
        String current = visitor.get("/" + world.b().slug() + "/cong-khai").text();
        Page archive = visitor.get("/" + world.b().slug() + "/cong-khai/luu-tru");

        assertThat(current).contains("Đội ngũ giáo viên (cập nhật)").doesNotContain("(bản đầu)");
        assertThat(archive.doc().select("tr:contains(bản đầu)").text()).contains("Đã được thay thế");
    }

    @Test
    void aWrongPeriodIsExplainedNextToTheField() {
        Browser editorA = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD);

        Page refused = publish(editorA, world.a().id(), Map.of("requirement", "FEES", "period", "năm nay", "title", "Học phí", "body", "x"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-period").text()).isEqualTo("Nhập năm, ví dụ 2026.");
    }

    @Test
    void aSchoolCannotPublishForASibling() {
        Browser editorB = new Browser(server.getURI()).signIn(world.editorB().email(), Fixtures.PASSWORD);

        assertThat(publish(editorB, world.a().id(), Map.of("requirement", "FEES", "period", overdue, "title", "Giả mạo", "body", "x")).status())
                .isEqualTo(404);
        assertThat(new Browser(server.getURI()).get("/" + world.a().slug() + "/cong-khai").body()).doesNotContain("Giả mạo");
    }
}
