package vn.lantoa.plan.write;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.plan.Plan;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly plan: started from the plan received from above (exactly the items meant for the unit are copied in and
 * linked), one per year, written by the plan writers, issued by the head only, read-only from above and out of reach of
 * siblings; the issued plan as a PDF with a landscape appendix and as a sheet.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanWriteTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    PlanWriter plans;
    @Inject
    AppendixWriter appendix;
    @Inject
    UnitRefRepository refs;

    Fixtures.World w;
    Plan parent;
    long forA;
    long partnerA;
    long everyone;
    long forB;
    long office;

    @BeforeAll
    void world() {
        clock.freezeAt(LocalDateTime.of(2026, 2, 20, 9, 0));
        w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        UnitRef p = refs.findById(w.p().id()).orElseThrow();
        // The Sở's plan: items for school A (lead), with A as a partner, for every unit below, for school B, and for its own office.
        parent = plans.create(platform, p, "2026", null);
        long g1 = appendix.addGroup(platform, p, parent.id(), "I", "Hoàn thiện chính sách và đẩy mạnh đổi mới quản lý nhà nước về GDĐT").id();
        long g2 = appendix.addGroup(platform, p, parent.id(), "II", "Thực hiện hiệu quả chương trình giáo dục phổ thông").id();
        forA = item(platform, p, g1, "Truyền thông tuyển sinh đầu cấp " + w.tag(), String.valueOf(w.a().id()), List.of(), false);
        partnerA = item(platform, p, g1, "Truyền thông chính sách học phí " + w.tag(), String.valueOf(w.d().id()), List.of(String.valueOf(w.a().id())), false);
        everyone = item(platform, p, g2, "Bảo đảm an toàn trường học " + w.tag(), "", List.of(), true);
        forB = item(platform, p, g2, "Tuyên truyền chuyển đổi số tiểu học " + w.tag(), String.valueOf(w.b().id()), List.of(), false);
        office = item(platform, p, g2, "Vận hành cổng thông tin điện tử của Sở " + w.tag(), String.valueOf(w.p().id()), List.of(), false);
        plans.submit(platform, p, parent.id());
        parent = plans.issue(platform, p, parent.id(), "19/KH-SGDĐT", "19/02/2026");
    }

    private long item(Actor actor, UnitRef unit, long group, String topic, String lead, List<String> partners, boolean below) {
        return appendix.addItem(actor, unit, parent.id(), new ItemInput(String.valueOf(group), topic, "NEWS", null, lead, lead.isEmpty() ? "Văn phòng Sở" : null,
                partners, null, below, List.of("1", "2"), null, null, "15.000.000", "Ngân sách nhà nước", null, List.of(), null)).id();
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    private Browser as(User user) {
        return new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
    }

    private String base() {
        return "/admin/u/" + w.a().id() + "/plans";
    }

    /** A's plan for 2026, derived from the Sở's, created once for the tests that need one. */
    private synchronized long derived() {
        String existing = query("SELECT id FROM plan WHERE unit_id = " + w.a().id() + " AND plan_year = 2026");
        if (existing != null) {
            return Long.parseLong(existing);
        }
        Page created = as(w.editorA()).post(base(), Map.of("year", "2026", "parentPlanId", String.valueOf(parent.id())));
        assertThat(created.status()).isEqualTo(303);
        return Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
    }

    @Test
    void startingFromTheParentsPlanMirrorsItsGroupsAndCopiesExactlyTheItemsMeantForTheUnitWithTheirLinksAndLineage() {
        long plan = derived();
        assertThat(query("SELECT COUNT(*) FROM plan_group WHERE plan_id = " + plan + " AND parent_group_id IS NOT NULL")).isEqualTo("2");
        assertThat(query("SELECT GROUP_CONCAT(numeral ORDER BY position) FROM plan_group WHERE plan_id = " + plan)).isEqualTo("I,II");
        assertThat(query("SELECT GROUP_CONCAT(parent_item_id ORDER BY parent_item_id) FROM plan_item WHERE plan_id = " + plan))
                .isEqualTo(forA + "," + partnerA + "," + everyone);
        assertThat(query("SELECT COUNT(*) FROM plan_item c JOIN plan_item p ON p.id = c.parent_item_id WHERE c.plan_id = " + plan
                + " AND c.lineage = CONCAT(p.lineage, c.id, '/') AND p.lineage = CONCAT('/', p.id, '/') AND c.unit_id = " + w.a().id()
                + " AND c.lead_unit_id = " + w.a().id())).isEqualTo("3");
        // Each copy sits in the group that mirrors its parent item's group.
        assertThat(query("SELECT COUNT(*) FROM plan_item c JOIN plan_item p ON p.id = c.parent_item_id JOIN plan_group g ON g.id = c.group_id "
                + "WHERE c.plan_id = " + plan + " AND g.parent_group_id = p.group_id")).isEqualTo("3");
        assertThat(query("SELECT parent_plan_id FROM plan WHERE id = " + plan)).isEqualTo(String.valueOf(parent.id()));
        Page page = as(w.viewerA()).get(base() + "/" + plan);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.doc().select("#plan-basis").text()).contains("Kế hoạch số 19/KH-SGDĐT ngày 19/02/2026");
        assertThat(page.doc().select("#plan-appendix").text()).contains("Bảo đảm an toàn trường học " + w.tag())
                .doesNotContain("Tuyên truyền chuyển đổi số tiểu học " + w.tag());
        // The Sở's plan is among those A received, read-only.
        Page list = as(w.viewerA()).get(base());
        assertThat(list.doc().select("#plans-received tr[data-received=" + parent.id() + "]").text()).contains("19/KH-SGDĐT");
        Page received = as(w.viewerA()).get(base() + "/received/" + parent.id());
        assertThat(received.status()).isEqualTo(200);
        assertThat(received.doc().select("#plan-appendix").text()).contains("Vận hành cổng thông tin điện tử của Sở " + w.tag());
        assertThat(received.doc().select("form")).allSatisfy(f -> assertThat(f.attr("action")).doesNotContain("/plans/"));
    }

    @Test
    void aSecondPlanForTheSameYearIsRefusedWithAClearMessageAndNothingIsStored() {
        derived();
        String before = query("SELECT COUNT(*) FROM plan WHERE unit_id = " + w.a().id());
        Page again = as(w.adminA()).post(base(), Map.of("year", "2026", "parentPlanId", ""));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.doc().select("#e-year, .error").text()).contains("Đơn vị đã có kế hoạch năm 2026");
        assertThat(query("SELECT COUNT(*) FROM plan WHERE unit_id = " + w.a().id())).isEqualTo(before);
        // Nor can a school start from a plan it did not receive (its sibling's), nor from one that does not exist.
        Page foreign = as(w.adminA()).post(base(), Map.of("year", "2027", "parentPlanId", "999999999"));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.body()).contains("Chọn một kế hoạch đã ban hành của cấp trên.");
        assertThat(query("SELECT COUNT(*) FROM plan WHERE unit_id = " + w.a().id())).isEqualTo(before);
    }

    @Test
    void editorsWriteAndSubmitOnlyTheHeadIssuesViewersAndTheUnitsAboveReadAndSiblingsSeeNothing() throws Exception {
        long plan = derived();
        String item = query("SELECT MIN(id) FROM plan_item WHERE plan_id = " + plan);
        String group = query("SELECT MIN(id) FROM plan_group WHERE plan_id = " + plan);
        Map<String, String> edit = Map.of("groupId", group, "topic", "Tuyển sinh lớp 6 " + w.tag(), "productForm", "INFOGRAPHIC",
                "leadUnitId", String.valueOf(w.a().id()), "quarters", "2", "budget", "2.500.000", "parentItemId", String.valueOf(forA), "version", "0");
        // A viewer reads but does not write; the district above reads but does not write; a sibling does not see it.
        assertThat(as(w.viewerA()).post(base() + "/" + plan + "/items/" + item, edit).status()).isEqualTo(403);
        assertThat(as(w.adminD()).get(base() + "/" + plan).status()).isEqualTo(200);
        assertThat(as(w.adminD()).post(base() + "/" + plan + "/items/" + item, edit).status()).isEqualTo(403);
        assertThat(as(w.adminD()).post(base(), Map.of("year", "2030")).status()).isEqualTo(403);
        assertThat(as(w.adminB()).get(base() + "/" + plan).status()).isEqualTo(404);
        assertThat(as(w.adminB()).get(base() + "/" + plan + ".pdf", "*/*").status()).isEqualTo(404);
        assertThat(query("SELECT topic FROM plan_item WHERE id = " + item)).doesNotContain("Tuyển sinh lớp 6");

        Browser editor = as(w.editorA());
        Page saved = editor.post(base() + "/" + plan + "/items/" + item, edit);
        assertThat(saved.status()).isEqualTo(303);
        assertThat(query("SELECT CONCAT(topic, '|', product_form, '|', quarters, '|', budget_vnd) FROM plan_item WHERE id = " + item))
                .isEqualTo("Tuyển sinh lớp 6 " + w.tag() + "|INFOGRAPHIC|2|2500000");
        // The same form posted again from the old version is refused: someone saved first.
        Page stale = editor.post(base() + "/" + plan + "/items/" + item, edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.doc().select("#f-version").text()).contains("Người khác đã lưu thay đổi");

        assertThat(editor.post(base() + "/" + plan + "/submit", Map.of()).status()).isEqualTo(303);
        assertThat(query("SELECT status FROM plan WHERE id = " + plan)).isEqualTo("IN_REVIEW");
        // An editor cannot issue; nor can anyone edit a plan in review.
        assertThat(editor.post(base() + "/" + plan + "/issue", Map.of("symbol", "5/KH-THPT", "issuedOn", "01/03/2026")).status()).isEqualTo(403);
        assertThat(editor.post(base() + "/" + plan + "/items/" + item, edit).status()).isEqualTo(409);
        Browser head = as(w.headA());
        Page returned = head.post(base() + "/" + plan + "/return", Map.of("note", ""));
        assertThat(returned.status()).isEqualTo(422);
        assertThat(returned.body()).contains("Ghi ý kiến để người soạn biết cần sửa gì.");
        assertThat(head.post(base() + "/" + plan + "/return", Map.of("note", "Bổ sung kinh phí cho nội dung tuyển sinh")).status()).isEqualTo(303);
        assertThat(as(w.editorA()).get(base() + "/" + plan).doc().select("#review-note").text()).isEqualTo("Bổ sung kinh phí cho nội dung tuyển sinh");
        assertThat(editor.post(base() + "/" + plan + "/submit", Map.of()).status()).isEqualTo(303);
        Page bad = head.post(base() + "/" + plan + "/issue", Map.of("symbol", "KH", "issuedOn", "31/02/2026"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("Số, ký hiệu phải có dạng số/ký hiệu");
        assertThat(head.post(base() + "/" + plan + "/issue", Map.of("symbol", "5/KH-THCSAB", "issuedOn", "01/03/2026")).status()).isEqualTo(303);
        assertThat(query("SELECT CONCAT(status, '|', symbol, '|', issued_on) FROM plan WHERE id = " + plan)).isEqualTo("ISSUED|5/KH-THCSAB|2026-03-01");
        assertThat(query("SELECT GROUP_CONCAT(action ORDER BY id) FROM audit_event WHERE entity_type = 'plan' AND entity_id = '" + plan + "'"))
                .isEqualTo("plan.create,plan.submit,plan.return,plan.submit,plan.issue");
        // Issued: read-only for everyone.
        assertThat(editor.post(base() + "/" + plan + "/items/" + item + "/delete", Map.of()).status()).isEqualTo(409);
        assertThat(head.get(base() + "/" + plan).doc().select("#plan-appendix a[href*=/items/]")).isEmpty();

        // The PDF: the body in portrait, the appendix on a landscape page, with the items.
        Page pdf = as(w.viewerA()).get(base() + "/" + plan + ".pdf", "*/*");
        assertThat(pdf.status()).isEqualTo(200);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            var first = doc.getPage(0).getMediaBox();
            var last = doc.getPage(doc.getNumberOfPages() - 1).getMediaBox();
            assertThat(first.getHeight()).isGreaterThan(first.getWidth());
            assertThat(last.getWidth()).isGreaterThan(last.getHeight());
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(doc.getNumberOfPages());
            stripper.setEndPage(doc.getNumberOfPages());
            String appendixText = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(appendixText).contains("PHỤ LỤC", "Tuyển sinh lớp 6 " + w.tag(), "Bảo đảm an toàn trường học " + w.tag(), "Quý II", "2.500.000");
            String all = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(all).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 5/KH-THCSAB", "KẾ HOẠCH", "19/KH-SGDĐT", "HIỆU TRƯỞNG");
        }
        Page xlsx = as(w.viewerA()).get(base() + "/" + plan + ".xlsx", "*/*");
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Row> rows = book.getFirstSheet().read();
            List<String> cells = new ArrayList<>();
            rows.forEach(r -> cells.add(r.getCellText(0) + "|" + r.getCellText(1) + "|" + r.getCellText(5)));
            assertThat(cells).contains("I|Hoàn thiện chính sách và đẩy mạnh đổi mới quản lý nhà nước về GDĐT|",
                    "1|Tuyển sinh lớp 6 " + w.tag() + "|Quý II", "1|Bảo đảm an toàn trường học " + w.tag() + "|Quý I, II");
        }
    }

    @Test
    void anEmptyTopicABudgetInWordsNoTimeAndALeadUnitOutsideTheTreeAreNamedInVietnameseAndNothingIsStored() {
        Browser admin = as(w.adminB());
        Page created = admin.post("/admin/u/" + w.b().id() + "/plans", Map.of("year", "2026", "parentPlanId", ""));
        assertThat(created.status()).isEqualTo(303);
        String plan = created.location().substring(created.location().lastIndexOf('/') + 1);
        String bBase = "/admin/u/" + w.b().id() + "/plans/" + plan;
        assertThat(admin.post(bBase + "/groups", Map.of("numeral", "", "title", "")).body()).contains("Nhập tên nhóm.");
        assertThat(admin.post(bBase + "/groups", Map.of("numeral", "", "title", "Truyền thông chính sách")).status()).isEqualTo(303);
        String group = query("SELECT id FROM plan_group WHERE plan_id = " + plan);
        assertThat(query("SELECT numeral FROM plan_group WHERE id = " + group)).isEqualTo("I");
        String before = query("SELECT COUNT(*) FROM plan_item");
        Page bad = admin.post(bBase + "/items", Map.of("groupId", group, "topic", "  ", "productForm", "NEWS", "budget", "abc",
                "leadUnitId", String.valueOf(w.a().id())));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.doc().select("#e-topic").text()).isEqualTo("Nhập nội dung, chủ đề.");
        assertThat(bad.doc().select("#e-budget").text()).isEqualTo("Kinh phí phải là số tiền bằng chữ số, ví dụ 15.000.000.");
        assertThat(bad.doc().select("#e-quarters").text()).isEqualTo("Chọn ít nhất một quý hoặc ghi ngày thực hiện.");
        Page outside = admin.post(bBase + "/items", Map.of("groupId", group, "topic", "Tuyên truyền chuyển đổi số", "productForm", "NEWS",
                "leadUnitId", String.valueOf(w.a().id()), "quarters", "3"));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.doc().select("#e-leadUnitId").text()).startsWith("Đơn vị chủ trì phải là đơn vị mình hoặc đơn vị cấp dưới");
        Page odd = admin.post(bBase + "/items", Map.of("groupId", "x", "topic", "Tin", "productForm", "POEM", "quarters", "7", "parentItemId",
                String.valueOf(forA), "startsOn", "40/40/2026"));
        assertThat(odd.status()).isEqualTo(422);
        assertThat(query("SELECT COUNT(*) FROM plan_item")).isEqualTo(before);
        // Submitting a plan with no item is refused too.
        assertThat(admin.post(bBase + "/submit", Map.of()).body()).contains("Kế hoạch chưa có nội dung nào trong phụ lục.");
        Page ok = admin.post(bBase + "/items", Map.of("groupId", group, "topic", "Tuyên truyền chuyển đổi số", "productForm", "SOCIAL_POST",
                "leadText", "Tổ Tin học", "startsOn", "01/09/2026", "endsOn", "30/11/2026", "budget", "3 000 000 đ"));
        assertThat(ok.status()).isEqualTo(303);
        assertThat(query("SELECT CONCAT(lead_text, '|', quarters, '|', starts_on, '|', budget_vnd, '|', lineage = CONCAT('/', id, '/')) FROM plan_item "
                + "WHERE plan_id = " + plan)).isEqualTo("Tổ Tin học|0|2026-09-01|3000000|1");
        // A group with items is not deleted.
        assertThat(admin.post(bBase + "/groups/" + group + "/delete", Map.of()).body()).contains("còn nội dung nên không xóa được");
        assertThat(query("SELECT COUNT(*) FROM plan_group WHERE id = " + group)).isEqualTo("1");
    }

    static String query(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
