package vn.lantoa.plan.progress;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school records how its issued plan is carried out: a status per quarter (dropped with a reason) and evidence of its
 * own; its members and the units above read it, nobody else touches it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanProgressTest {

    static final int YEAR = 2026;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    Fixtures.World w;
    Browser editor;
    long plan;
    long group;
    long exam;
    long digital;
    long contest;
    long draftPlan;
    long draftItem;
    long planB;
    long itemB;
    String base;
    Article topical;
    Article tagged;
    Article unrelated;
    Article otherSchools;

    @BeforeAll
    void world() {
        clock.freezeAt(LocalDateTime.of(YEAR, 8, 15, 9, 0));
        w = fixtures.world();
        long a = w.a().id();
        plan = PlanTables.plan(a, YEAR, "ISSUED");
        group = PlanTables.group(a, plan, 1, "I", "Thông tin, tuyên truyền");
        long other = PlanTables.group(a, plan, 2, "II", "Thi đua");
        exam = PlanTables.item(a, plan, group, "Tuyên truyền kỳ thi tốt nghiệp THPT", 3, null, false, null);
        digital = PlanTables.item(a, plan, group, "Chuyển đổi số, sổ điểm điện tử", 15, null, false, null);
        contest = PlanTables.item(a, plan, other, "Cuộc thi ảnh Mái trường mến yêu", 4, null, false, null);
        draftPlan = PlanTables.plan(a, YEAR + 1, "DRAFT");
        draftItem = PlanTables.item(a, draftPlan, PlanTables.group(a, draftPlan, 1, "I", "Nhóm"), "Nội dung năm sau", 15, null, false, null);
        planB = PlanTables.plan(w.b().id(), YEAR, "ISSUED");
        itemB = PlanTables.item(w.b().id(), planB, PlanTables.group(w.b().id(), planB, 1, "I", "Nhóm"), "Việc của trường B", 15, null, false, null);
        base = "/admin/u/" + a + "/plans/" + plan;
        editor = new Browser(server.getURI()).signIn(w.editorA().email(), Fixtures.PASSWORD);

        topical = fixtures.published(w, a, ArticleKind.NEWS, "Học sinh lớp 12 ôn thi " + w.tag(), "<p>Ôn thi.</p>");
        tagged = fixtures.published(w, a, ArticleKind.NEWS, "Nhà trường triển khai sổ điểm " + w.tag(), "<p>Sổ điểm.</p>");
        unrelated = fixtures.published(w, a, ArticleKind.NEWS, "Hội khoẻ Phù Đổng " + w.tag(), "<p>Thể thao.</p>");
        otherSchools = fixtures.published(w, w.b().id(), ArticleKind.NEWS, "Tin của trường B " + w.tag(), "<p>B.</p>");
        TestServers.sql("INSERT INTO topic (unit_id, code, name, created_at, updated_at) VALUES (" + w.p().id() + ", 'THI_" + w.tag() + "', 'Thi cử', NOW(), NOW())");
        long topic = PlanTables.id("SELECT id FROM topic WHERE code = 'THI_" + w.tag() + "'");
        TestServers.sql("INSERT INTO plan_item_topic (unit_id, item_id, topic_id) VALUES (" + a + ", " + exam + ", " + topic + ")",
                "INSERT INTO article_topic (unit_id, article_id, topic_id) VALUES (" + a + ", " + topical.id() + ", " + topic + ")",
                "INSERT INTO article_tag (unit_id, article_id, tag, tag_slug) VALUES (" + a + ", " + tagged.id() + ", 'sổ điểm điện tử', 'so-diem-dien-tu')");
        // The exam item is planned for quarters I and II: articles published then are its suggestions.
        TestServers.sql("UPDATE article SET published_at = '2026-04-10 02:00:00' WHERE id IN (" + topical.id() + ", " + unrelated.id() + ")");
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    private static Map<String, String> form(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String count(String sql) {
        return PlanTables.query(sql);
    }

    @Test
    void theEditorRecordsEachQuartersStatusAndTheProgressPageCountsItemsDoneOfThoseDueSoFar() {
        String item = base + "/progress/items/" + digital;
        assertThat(editor.post(item + "/status", form("quarter", "1", "status", "DONE", "reason", "")).status()).isEqualTo(303);
        assertThat(editor.post(item + "/status", form("quarter", "2", "status", "DONE")).status()).isEqualTo(303);
        assertThat(editor.post(item + "/status", form("quarter", "3", "status", "IN_PROGRESS", "reason", "Đã tập huấn giáo viên")).status()).isEqualTo(303);
        Page page = editor.get(item);
        assertThat(page.doc().select("#item-statuses tr[data-quarter=3] select option[selected]").val()).isEqualTo("IN_PROGRESS");
        assertThat(page.doc().select("#item-statuses tr[data-quarter=3] textarea").text()).isEqualTo("Đã tập huấn giáo viên");
        assertThat(page.doc().select("#item-statuses tr[data-quarter=3]").text()).contains(w.editorA().fullName());
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'plan.progress.status' AND entity_id = '" + digital + "'")).isEqualTo("3");

        Page progress = editor.get(base + "/progress");
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.doc().select("tr[data-item=" + digital + "] td.current").text()).isEqualTo("Đang triển khai");
        assertThat(progress.doc().select("tr[data-item=" + digital + "] td[data-quarter=1]").text()).isEqualTo("Hoàn thành");
        assertThat(progress.doc().select("tr[data-item=" + exam + "] td[data-quarter=3]").text()).isEqualTo("–");
        // Filters: the group, and this quarter's status.
        Page filtered = editor.get(base + "/progress?status=IN_PROGRESS");
        assertThat(filtered.doc().select("tr[data-item]").eachAttr("data-item")).containsExactly(String.valueOf(digital));
        Page second = editor.get(base + "/progress?group=" + PlanTables.id("SELECT id FROM plan_group WHERE plan_id = " + plan + " AND numeral = 'II'"));
        assertThat(second.doc().select("tr[data-item]").eachAttr("data-item")).containsExactly(String.valueOf(contest));
    }

    @Test
    void droppingAnItemNeedsAReasonAndTheReasonIsKept() {
        String item = base + "/progress/items/" + contest;
        Page refused = editor.post(item + "/status", form("quarter", "3", "status", "DROPPED", "reason", "   "));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-reason").text()).isEqualTo("Vui lòng nêu lý do không thực hiện.");
        assertThat(count("SELECT COUNT(*) FROM plan_item_status WHERE item_id = " + contest)).isEqualTo("0");
        assertThat(editor.post(item + "/status", form("quarter", "3", "status", "DROPPED", "reason", "Không đủ kinh phí tổ chức")).status()).isEqualTo(303);
        assertThat(count("SELECT reason FROM plan_item_status WHERE item_id = " + contest + " AND quarter = 3")).isEqualTo("Không đủ kinh phí tổ chức");
        Page progress = editor.get(base + "/progress");
        assertThat(progress.doc().select("#progress-dropped").text()).isEqualTo("1");
    }

    @Test
    void statusesAndEvidenceAreRecordedOnlyOnAnIssuedPlan() {
        String item = "/admin/u/" + w.a().id() + "/plans/" + draftPlan + "/progress/items/" + draftItem;
        Page refused = editor.post(item + "/status", form("quarter", "1", "status", "DONE"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#item-error").text()).isEqualTo("Chỉ ghi tiến độ khi kế hoạch đã được ban hành.");
        assertThat(editor.post(item + "/evidence", form("ref", "LINK", "url", "https://example.vn/a", "title", "Bài")).status()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM plan_item_status WHERE item_id = " + draftItem)).isEqualTo("0");
        assertThat(count("SELECT COUNT(*) FROM plan_evidence WHERE item_id = " + draftItem)).isEqualTo("0");
        Page page = editor.get(item);
        assertThat(page.doc().select("#item-not-issued")).hasSize(1);
        assertThat(page.doc().select("form[action$=/status]")).isEmpty();
    }

    @Test
    void badInputIsToldInVietnameseNextToItsFieldAndNeverGivesA500() {
        String item = base + "/progress/items/" + exam;
        Page quarter = editor.post(item + "/status", form("quarter", "5", "status", "DONE"));
        assertThat(quarter.status()).isEqualTo(422);
        assertThat(quarter.doc().select("#e-quarter").text()).isEqualTo("Quý không hợp lệ; chọn quý I, II, III hoặc IV.");
        Page status = editor.post(item + "/status", form("quarter", "1", "status", "FINISHED"));
        assertThat(status.status()).isEqualTo(422);
        assertThat(status.doc().select("#e-status").text()).isEqualTo("Vui lòng chọn tình trạng trong danh sách.");
        Page unplanned = editor.post(item + "/status", form("quarter", "4", "status", "DONE"));
        assertThat(unplanned.doc().select("#e-quarter").text()).isEqualTo("Nhiệm vụ không được lên kế hoạch trong quý IV (kế hoạch: quý I, II).");
        assertThat(editor.post(item + "/status", Map.of()).status()).isEqualTo(422);
        assertThat(editor.postBody(item + "/status", "%%%&&&quarter=%ZZ").status()).isIn(422, 400);
        Page ref = editor.post(item + "/evidence", form("ref", "ARTICLE:abc"));
        assertThat(ref.status()).isEqualTo(422);
        assertThat(ref.doc().select("#evidence-errors").text()).isEqualTo("Vui lòng chọn minh chứng trong danh sách.");
        Page link = editor.post(item + "/evidence", form("ref", "LINK", "url", "javascript:alert(1)", "title", ""));
        assertThat(link.status()).isEqualTo(422);
        assertThat(link.doc().select("#e-url").text()).startsWith("Đường dẫn không hợp lệ");
        assertThat(link.doc().select("#e-title").text()).isEqualTo("Vui lòng nhập tên của liên kết.");
        assertThat(editor.get(base + "/progress?group=abc&status=%3Cb%3E").status()).isEqualTo(200);
        assertThat(editor.get(base + "/items/999999999").status()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM plan_item_status WHERE item_id = " + exam)).isEqualTo("0");
        assertThat(count("SELECT COUNT(*) FROM plan_evidence WHERE item_id = " + exam)).isEqualTo("0");
    }

    @Test
    void articlesSharingATopicOrATagPublishedInTheItemsQuartersAreSuggestedFirst() {
        Page page = editor.get(base + "/progress/items/" + exam);
        assertThat(page.doc().select("#article-suggested option").eachAttr("value")).containsExactly("ARTICLE:" + topical.id());
        assertThat(page.doc().select("#f-article option").eachAttr("value")).contains("ARTICLE:" + unrelated.id(), "ARTICLE:" + tagged.id())
                .doesNotContain("ARTICLE:" + otherSchools.id());
        Page digitalPage = editor.get(base + "/progress/items/" + digital);
        assertThat(digitalPage.doc().select("#article-suggested option").eachAttr("value")).containsExactly("ARTICLE:" + tagged.id());
    }

    @Test
    void evidenceIsTheSchoolsOwnAnotherUnitsRowIsRefusedWith404AndNothingIsStored() {
        long b = w.b().id();
        TestServers.sql("INSERT INTO press_event (unit_id, kind, title, starts_at, place, created_at, updated_at) VALUES (" + b
                        + ", 'CONFERENCE', 'Họp báo của trường B', '2026-05-20 01:00:00', 'Hội trường', NOW(), NOW())",
                "INSERT INTO stored_file (unit_id, object_key, original_name, content_type, size_bytes, sha256, created_at) VALUES (" + b
                        + ", 'units/" + b + "/files/b-" + w.tag() + "', 'Tài liệu trường B.pdf', 'application/pdf', 10, '" + "0".repeat(64) + "', NOW())",
                "INSERT INTO press_event (unit_id, kind, title, starts_at, place, created_at, updated_at) VALUES (" + w.a().id()
                        + ", 'CONFERENCE', 'Gặp mặt báo chí đầu năm', '2026-02-20 01:00:00', 'Phòng họp', NOW(), NOW())");
        String eventB = count("SELECT id FROM press_event WHERE unit_id = " + b);
        String fileB = count("SELECT id FROM stored_file WHERE unit_id = " + b);
        String eventA = count("SELECT id FROM press_event WHERE unit_id = " + w.a().id());
        String item = base + "/progress/items/" + digital;
        for (String ref : new String[] {"ARTICLE:" + otherSchools.id(), "PRESS_EVENT:" + eventB, "FILE:" + fileB, "PRESS_RELEASE:999999999"}) {
            assertThat(editor.post(item + "/evidence", form("ref", ref)).status()).as(ref).isEqualTo(404);
        }
        assertThat(count("SELECT COUNT(*) FROM plan_evidence WHERE item_id = " + digital)).isEqualTo("0");

        assertThat(editor.post(item + "/evidence", form("ref", "ARTICLE:" + tagged.id())).status()).isEqualTo(303);
        assertThat(editor.post(item + "/evidence", form("ref", "PRESS_EVENT:" + eventA)).status()).isEqualTo(303);
        assertThat(editor.post(item + "/evidence", form("ref", "LINK", "url", "https://www.facebook.com/truong/posts/1", "title", "Bài trên trang của trường"))
                .status()).isEqualTo(303);
        assertThat(editor.post(item + "/evidence", form("ref", "ARTICLE:" + tagged.id())).doc().select("#evidence-errors").text())
                .isEqualTo("Minh chứng này đã có trong danh sách.");
        Page page = editor.get(item);
        assertThat(page.doc().select("#item-evidence li[data-evidence]").eachText()).hasSize(3);
        assertThat(page.doc().select("#item-evidence").text()).contains(tagged.title(), "Gặp mặt báo chí đầu năm", "Bài trên trang của trường");
        assertThat(editor.get(base + "/progress").doc().select("tr[data-item=" + digital + "] td.evidence").text()).isEqualTo("3");

        String id = page.doc().select("#item-evidence li[data-evidence]").first().attr("data-evidence");
        Browser sibling = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        assertThat(sibling.post(item + "/evidence/" + id + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(editor.post(item + "/evidence/" + id + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM plan_evidence WHERE item_id = " + digital)).isEqualTo("2");
        assertThat(editor.post(item + "/evidence/" + id + "/delete", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aSchoolCannotRecordOnAnotherSchoolsPlanAndThePhongReadsButCannotWrite() {
        String item = base + "/progress/items/" + exam;
        Browser sibling = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        assertThat(sibling.get(base + "/progress").status()).isEqualTo(404);
        assertThat(sibling.get(item).status()).isEqualTo(404);
        assertThat(sibling.post(item + "/status", form("quarter", "1", "status", "DONE")).status()).isEqualTo(404);
        assertThat(sibling.post(item + "/evidence", form("ref", "LINK", "url", "https://x.vn", "title", "x")).status()).isEqualTo(404);
        // Its own unit's address does not open the other school's plan or item either.
        assertThat(sibling.get("/admin/u/" + w.b().id() + "/plans/" + plan + "/progress").status()).isEqualTo(404);
        assertThat(sibling.post("/admin/u/" + w.b().id() + "/plans/" + plan + "/progress/items/" + exam + "/status", form("quarter", "1", "status", "DONE"))
                .status()).isEqualTo(404);
        assertThat(sibling.post("/admin/u/" + w.b().id() + "/plans/" + planB + "/progress/items/" + exam + "/status", form("quarter", "1", "status", "DONE"))
                .status()).isEqualTo(404);

        Browser phong = new Browser(server.getURI()).signIn(w.reporterD().email(), Fixtures.PASSWORD);
        Page read = phong.get(base + "/progress");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.doc().select("#progress-read-only")).hasSize(1);
        assertThat(phong.get(item).doc().select("form[action$=/status]")).isEmpty();
        assertThat(phong.post(item + "/status", form("quarter", "1", "status", "DONE")).status()).isEqualTo(403);
        Browser phongAdmin = new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD);
        assertThat(phongAdmin.post(item + "/evidence", form("ref", "LINK", "url", "https://x.vn", "title", "x")).status()).isEqualTo(403);
        Browser viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD);
        assertThat(viewer.get(item).status()).isEqualTo(200);
        assertThat(viewer.post(item + "/status", form("quarter", "1", "status", "DONE")).status()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM plan_item_status WHERE item_id = " + exam)).isEqualTo("0");
        assertThat(count("SELECT COUNT(*) FROM plan_evidence WHERE item_id = " + exam)).isEqualTo("0");
    }

    @Test
    void theHomePageOfThoseWhoCarryOutThePlanShowsThisQuartersItemsNotStarted() {
        Page home = new Browser(server.getURI()).signIn(w.headA().email(), Fixtures.PASSWORD).get("/admin/u/" + w.a().id());
        assertThat(home.doc().select("#home-plan-progress h2").text()).isEqualTo("Kế hoạch truyền thông: quý III năm 2026");
        assertThat(home.doc().select("#home-plan-progress a[href$=/progress]")).hasSize(1);
        Page viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD).get("/admin/u/" + w.a().id());
        assertThat(viewer.doc().select("#home-plan-progress")).isEmpty();
    }
}
