package vn.lantoa.plan.write;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.plan.Plan;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.RollUp;
import vn.lantoa.reporting.obligation.ObligationDraft;
import vn.lantoa.reporting.obligation.ObligationService;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.obligation.ReportAudience;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.plan.write.PlanWriteTest.query;

/**
 * What an issued plan does besides being read: published on the unit's site as an official document of kind kế hoạch, and
 * sent, in one click, as the yearly plan report that falls due on 10 March, with its number and its PDF.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanIssueTest {

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
    @Inject
    ObligationService obligations;
    @Inject
    io.micronaut.json.JsonMapper json;

    Fixtures.World w;
    Plan plan;

    @BeforeAll
    void world() {
        clock.freezeAt(LocalDateTime.of(2026, 3, 2, 9, 0));
        w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        UnitRef a = refs.findById(w.a().id()).orElseThrow();
        plan = plans.create(platform, a, "2026", null);
        long g = appendix.addGroup(platform, a, plan.id(), "I", "Truyền thông chính sách").id();
        appendix.addItem(platform, a, plan.id(), new ItemInput(String.valueOf(g), "Tuyên truyền tuyển sinh lớp 6 năm học 2026-2027", "INFOGRAPHIC",
                "trang thông tin của trường", "", "Tổ văn phòng", List.of(), "Ban đại diện cha mẹ học sinh", false, List.of("2", "3"), null, null,
                "4.000.000", "Kinh phí chi thường xuyên", null, List.of(), null));
        appendix.addItem(platform, a, plan.id(), new ItemInput(String.valueOf(g), "Gương người tốt, việc tốt trong nhà trường", "NEWS", null,
                String.valueOf(w.a().id()), null, List.of(), null, false, List.of(), "01/09/2026", "30/11/2026", null, null, null, List.of(), null));
        plans.submit(platform, a, plan.id());
        plan = plans.issue(platform, a, plan.id(), "12/KH-THCSAB", "01/03/2026");
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    private Browser as(User user) {
        return new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
    }

    private String base() {
        return "/admin/u/" + w.a().id() + "/plans/" + plan.id();
    }

    @Test
    void theHeadPublishesTheIssuedPlanAsAnOfficialDocumentThatTheUnitsSiteShowsWithItsPdf() {
        String site = "/" + w.a().slug() + "/van-ban";
        assertThat(new Browser(server.getURI()).get(site).body()).doesNotContain("12/KH-THCSAB");
        // An editor may not publish on the site; the head does, once.
        assertThat(as(w.editorA()).post(base() + "/publish", Map.of()).status()).isEqualTo(403);
        Browser head = as(w.headA());
        assertThat(head.get(base()).doc().select("#plan-publish")).hasSize(1);
        assertThat(head.post(base() + "/publish", Map.of()).status()).isEqualTo(303);
        String documentId = query("SELECT article_id FROM plan WHERE id = " + plan.id());
        assertThat(query("SELECT CONCAT(doc_type, '|', number, '|', status, '|', file_id IS NOT NULL) FROM official_document WHERE id = " + documentId))
                .isEqualTo("KE_HOACH|12/KH-THCSAB|PUBLISHED|1");
        Page documents = new Browser(server.getURI()).get(site);
        assertThat(documents.status()).isEqualTo(200);
        assertThat(documents.body()).contains("12/KH-THCSAB", "Kế hoạch truyền thông giáo dục và đào tạo năm 2026");
        assertThat(head.get(base()).doc().select("#plan-published")).hasSize(1);
        assertThat(head.post(base() + "/publish", Map.of()).status()).isEqualTo(409);
        assertThat(query("SELECT COUNT(*) FROM official_document WHERE unit_id = " + w.a().id())).isEqualTo("1");
    }

    @Test
    void theIssuedPlanIsSentAsTheYearlyPlanReportWithItsNumberItsRowsAndItsPdfOnlyWhereTheUnitOwesOne() {
        Browser head = as(w.headA());
        assertThat(head.get(base()).doc().select("#plan-report")).isEmpty();
        UnitRef d = refs.findById(w.d().id()).orElseThrow();
        Actor platform = fixtures.actor(w.platformAdmin());
        ReportForm form = obligations.createForm(platform, d, yearlyPlan("Kế hoạch công tác truyền thông năm " + w.tag()));
        var obligation = obligations.createObligation(platform, d, new ObligationDraft(form.id(), "Kế hoạch công tác truyền thông năm " + w.tag(),
                ReportAudience.parse("TYPE:SCHOOL"), Recipient.ISSUER, PeriodType.YEARLY, new DueRule.Fixed(MonthDay.of(3, 10)), false, null, "7,1",
                null, null, false, LocalDate.of(2025, 1, 1)));
        assertThat(head.get(base()).doc().select("#plan-report")).hasSize(1);
        // A viewer neither sees the button nor sends.
        assertThat(as(w.viewerA()).get(base()).doc().select("#plan-report")).isEmpty();
        assertThat(as(w.viewerA()).post(base() + "/report", Map.of()).status()).isEqualTo(403);

        Page sent = head.post(base() + "/report", Map.of());
        assertThat(sent.status()).isEqualTo(303);
        String report = query("SELECT id FROM report WHERE unit_id = " + w.a().id() + " AND obligation_id = " + obligation.id() + " AND period_code = '2026'");
        assertThat(query("SELECT status FROM report WHERE id = " + report)).isEqualTo("SUBMITTED");
        String answers = query("SELECT answers FROM report WHERE id = " + report);
        assertThat(answers).contains("\"so_ky_hieu\":\"12/KH-THCSAB\"", "\"so_hoat_dong\":\"2\"", "Tuyên truyền tuyển sinh lớp 6 năm học 2026-2027",
                "Quý II; Quý III", "Quý III; Quý IV", "Ban đại diện cha mẹ học sinh");
        assertThat(query("SELECT f.original_name FROM report_attachment r JOIN stored_file f ON f.id = r.file_id WHERE r.report_id = " + report))
                .isEqualTo(PlanDocuments.fileName(plan, "pdf"));
        assertThat(head.get(base()).doc().select("#plan-report-sent")).hasSize(1);
        // The district received it.
        assertThat(query("SELECT recipient_unit_id FROM report WHERE id = " + report)).isEqualTo(String.valueOf(w.d().id()));
    }

    @Test
    void theApiListsTheUnitsPlansAndReadsOneWithItsGroupsItemsAndVersionWhileAnotherUnitGetsNothing() {
        var api = new vn.lantoa.testing.Api(server.getURI(), json).signIn(w.viewerA().email(), Fixtures.PASSWORD);
        var list = api.get("/api/v1/units/" + w.a().id() + "/plans");
        assertThat(list.status()).isEqualTo(200);
        assertThat(((List<?>) list.json().get("items"))).anySatisfy(i -> assertThat(((Map<?, ?>) i).get("symbol")).isEqualTo("12/KH-THCSAB"));
        var one = api.get("/api/v1/units/" + w.a().id() + "/plans/" + plan.id());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.header("ETag")).startsWith("\"v");
        Map<?, ?> group = (Map<?, ?>) ((List<?>) one.json().get("groups")).get(0);
        assertThat(group.get("numeral")).isEqualTo("I");
        List<?> items = (List<?>) group.get("items");
        assertThat(items).hasSize(2);
        assertThat(((Map<?, ?>) items.get(0)).get("quarters")).isEqualTo(List.of(2, 3));
        assertThat(((Map<?, ?>) items.get(0)).get("budgetVnd")).isEqualTo(4000000);
        var other = new vn.lantoa.testing.Api(server.getURI(), json).signIn(w.adminB().email(), Fixtures.PASSWORD);
        assertThat(other.get("/api/v1/units/" + w.a().id() + "/plans/" + plan.id()).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/units/" + w.a().id() + "/plans").status()).isEqualTo(404);
    }

    static FormDefinition yearlyPlan(String title) {
        return new FormDefinition(title, List.of(
                new FormSection("chung", "I. Thông tin chung", false, List.of(
                        new FormField("so_hoat_dong", "Tổng số hoạt động truyền thông dự kiến", FieldType.NUMBER, true, null, 0.0, null, null, RollUp.SUM, null),
                        new FormField("kinh_phi", "Kinh phí dự kiến (triệu đồng)", FieldType.NUMBER, false, null, 0.0, null, null, RollUp.SUM, null),
                        new FormField("so_ky_hieu", "Số, ký hiệu kế hoạch", FieldType.TEXT, true, null, null, null, null, null, null))),
                new FormSection("hoat_dong", "II. Phụ lục: các hoạt động", true, List.of(
                        new FormField("noi_dung", "Nội dung, chủ đề", FieldType.TEXT, true, null, null, null, null, null, null),
                        new FormField("san_pham", "Hình thức, sản phẩm", FieldType.TEXT, true, null, null, null, null, null, null),
                        new FormField("chu_tri", "Đơn vị chủ trì", FieldType.TEXT, true, null, null, null, null, null, null),
                        new FormField("thoi_gian", "Thời gian thực hiện", FieldType.MULTI_CHOICE, true, null, null, null,
                                List.of("Quý I", "Quý II", "Quý III", "Quý IV"), null, null),
                        new FormField("phoi_hop", "Đơn vị phối hợp", FieldType.TEXT, false, null, null, null, null, null, null)))),
                List.of(), null);
    }
}
