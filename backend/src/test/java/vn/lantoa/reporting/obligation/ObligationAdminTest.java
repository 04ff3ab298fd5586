package vn.lantoa.reporting.obligation;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A district defines its own form and obligation through the pages, and its schools see it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObligationAdminTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    ReportingFixture reporting;

    Fixtures.World world;

    @BeforeAll
    void world() {
        // After the exam sessions of 27/6/2026 below, whatever day the suite runs.
        clock.runFrom(java.time.LocalDateTime.of(2026, 9, 16, 10, 0));
        world = fixtures.world();
    }

    @org.junit.jupiter.api.AfterEach
    void totalsStillEqualValues() {
        reporting.assertTotalsEqualValues();
    }

    Browser as(String email) {
        return new Browser(server.getURI()).signIn(email, Fixtures.PASSWORD);
    }

    static Map<String, String> formRows(String title) {
        Map<String, String> rows = new HashMap<>();
        rows.put("title", title);
        rows.put("s0.title", "I. Số liệu");
        rows.put("s1.title", "II. Vụ việc");
        rows.put("s1.repeating", "on");
        rows.put("f0.section", "0");
        rows.put("f0.label", "Số tin bài đã đăng");
        rows.put("f0.type", "NUMBER");
        rows.put("f0.required", "on");
        rows.put("f0.rollUp", "SUM");
        rows.put("f0.min", "0");
        rows.put("f0.prefill", "ARTICLES_PUBLISHED");
        rows.put("f1.section", "0");
        rows.put("f1.label", "Số tin bài đã duyệt");
        rows.put("f1.type", "NUMBER");
        rows.put("f1.rollUp", "SUM");
        rows.put("f2.section", "1");
        rows.put("f2.label", "Nguồn");
        rows.put("f2.type", "SINGLE_CHOICE");
        rows.put("f2.choices", "Mạng xã hội; Báo chí");
        rows.put("f3.label", "");
        return rows;
    }

    String createForm(Browser admin, String title) {
        Page saved = admin.post("/admin/u/" + world.d().id() + "/report-forms", formRows(title));
        assertThat(saved.status()).isEqualTo(303);
        return saved.location();
    }

    @Test
    void aDistrictDefinesAFormAndAnObligationAndItsSchoolsSeeTheDeadlineInWords() {
        Browser adminD = as(world.adminD().email());
        String formUrl = createForm(adminD, "Báo cáo tháng của trường " + world.tag());
        String formId = formUrl.substring(formUrl.lastIndexOf('/') + 1);
        Page editor = adminD.get(formUrl);
        assertThat(editor.doc().select("input[name=f0.key]").attr("value")).isEqualTo("so_tin_bai_da_dang");

        Map<String, String> withRule = formRows("Báo cáo tháng của trường " + world.tag());
        withRule.put("f0.key", "so_tin_bai_da_dang");
        withRule.put("f1.key", "so_tin_bai_da_duyet");
        withRule.put("r0.left", "so_tin_bai_da_duyet");
        withRule.put("r0.comparison", "LESS_OR_EQUAL");
        withRule.put("r0.right", "so_tin_bai_da_dang");
        assertThat(adminD.post(formUrl, withRule).status()).isEqualTo(303);
        assertThat(adminD.get(formUrl).text()).contains("(phiên bản 2)");

        adminD.get("/admin/u/" + world.d().id() + "/obligations/new");
        Map<String, String> obligation = new HashMap<>(Map.of("title", "Báo cáo truyền thông tháng " + world.tag(), "formId", formId,
                "audience", "TYPE:SCHOOL", "recipient", "PARENT", "periodType", "MONTHLY", "dueKind", "DAY_OF_PERIOD_MONTH", "dueDay", "25",
                "reminderDays", "5, 2, 1", "lockDays", "10", "startsOn", clock.today().minusMonths(2).toString()));
        Page created = adminD.post("/admin/u/" + world.d().id() + "/obligations", obligation);
        assertThat(created.status()).isEqualTo(303);
        assertThat(adminD.get(created.location()).text()).contains("Báo cáo truyền thông tháng " + world.tag()).contains("Các Trường học")
                .contains("chậm nhất ngày 25 của tháng báo cáo").contains("Khóa kỳ sau hạn 10 ngày");

        Page mine = as(world.adminA().email()).get("/admin/u/" + world.a().id() + "/reports");
        assertThat(mine.text()).contains("Báo cáo truyền thông tháng " + world.tag()).contains("Gửi: " + world.d().name());
        String fill = mine.doc().select("a[href*=/reports/]:contains(" + clock.today().getMonthValue() + "/)").first().attr("href");
        Page form = as(world.adminA().email()).get(fill);
        assertThat(form.doc().select("label[for=f-so_tin_bai_da_dang]").text()).contains("Số tin bài đã đăng");
        assertThat(form.doc().select("select[name$='[0].nguon'] option").eachText()).contains("Mạng xã hội", "Báo chí");
    }

    @Test
    void aDistrictAsksForAThematicReportEachSemesterAndItsSchoolsSeeTheFirstSemesterOfTheYear() {
        Browser adminD = as(world.adminD().email());
        String formUrl = createForm(adminD, "Báo cáo chuyên đề học kỳ " + world.tag());
        String formId = formUrl.substring(formUrl.lastIndexOf('/') + 1);
        assertThat(adminD.get("/admin/u/" + world.d().id() + "/obligations/new").doc().select("select[name=periodType] option[value=SEMESTER]").text())
                .isEqualTo("Theo học kỳ");
        Page created = adminD.post("/admin/u/" + world.d().id() + "/obligations", new HashMap<>(Map.of("title", "Báo cáo chuyên đề học kỳ " + world.tag(),
                "formId", formId, "audience", "TYPE:SCHOOL", "recipient", "PARENT", "periodType", "SEMESTER", "dueKind", "DAYS_AFTER_END",
                "dueDay", "10", "startsOn", "2026-09-01")));
        assertThat(created.status()).isEqualTo(303);
        assertThat(adminD.get(created.location()).text()).contains(world.tag()).contains("chậm nhất 10 ngày sau khi kết thúc kỳ báo cáo");

        Page mine = as(world.adminA().email()).get("/admin/u/" + world.a().id() + "/reports");
        assertThat(mine.text()).contains("Báo cáo chuyên đề học kỳ " + world.tag()).contains("Học kỳ I năm học 2026-2027");
    }

    @Test
    void anObligationWithoutAudienceOrWithAnImpossibleDayIsRefusedNextToTheFieldsAndNothingIsSaved() {
        Browser adminD = as(world.adminD().email());
        String formUrl = createForm(adminD, "Biểu mẫu thử " + world.tag());
        String formId = formUrl.substring(formUrl.lastIndexOf('/') + 1);
        adminD.get("/admin/u/" + world.d().id() + "/obligations/new");

        Page refused = adminD.post("/admin/u/" + world.d().id() + "/obligations", Map.of("title", "Không hợp lệ " + world.tag(), "formId", formId,
                "recipient", "PARENT", "periodType", "MONTHLY", "dueKind", "DAY_OF_NEXT_MONTH", "dueDay", "40", "startsOn", "2026-01-01",
                "lockDays", "-3"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-audience").text()).isEqualTo("Chọn ít nhất một nhóm đơn vị phải báo cáo.");
        assertThat(refused.doc().select("#e-dueDay").text()).isEqualTo("Nhập ngày từ 1 đến 31.");
        assertThat(refused.doc().select("#e-lockDays").text()).isEqualTo("Nhập số nguyên từ 0 đến 366.");
        assertThat(adminD.get("/admin/u/" + world.d().id() + "/obligations").text()).doesNotContain("Không hợp lệ " + world.tag());
    }

    @Test
    void aFormWithoutNameOrWithTooFewChoicesIsRefusedNextToTheRow() {
        Browser adminD = as(world.adminD().email());
        adminD.get("/admin/u/" + world.d().id() + "/report-forms/new");
        Map<String, String> rows = formRows("");
        rows.put("f2.choices", "Chỉ một lựa chọn");

        Page refused = adminD.post("/admin/u/" + world.d().id() + "/report-forms", rows);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-title").text()).isEqualTo("Nhập tên biểu mẫu.");
        assertThat(refused.doc().select("[id='e-f2.choices']").text()).isEqualTo("Nhập ít nhất hai lựa chọn, cách nhau bằng dấu chấm phẩy.");
        assertThat(refused.doc().select("input[name=f0.label]").attr("value")).isEqualTo("Số tin bài đã đăng");
    }

    @Test
    void onlyTheDistrictsHeadsSetObligationsAndNobodyOutsideSeesItsForms() {
        Browser adminD = as(world.adminD().email());
        String formUrl = createForm(adminD, "Biểu mẫu riêng " + world.tag());
        Map<String, String> obligation = Map.of("title", "Báo cáo riêng " + world.tag(), "formId", formUrl.substring(formUrl.lastIndexOf('/') + 1),
                "audience", "CHILDREN", "recipient", "PARENT", "periodType", "MONTHLY", "dueKind", "DAY_OF_NEXT_MONTH", "dueDay", "20",
                "startsOn", "2026-01-01");

        assertThat(as(world.editorD().email()).post("/admin/u/" + world.d().id() + "/obligations", obligation).status()).isEqualTo(403);
        assertThat(as(world.adminB().email()).get(formUrl).status()).isEqualTo(404);
        assertThat(as(world.adminA().email()).get("/admin/u/" + world.d().id() + "/obligations/new").status()).isEqualTo(404);
        Browser adminQ = as(world.adminQ().email());
        assertThat(adminQ.post("/admin/u/" + world.d().id() + "/obligations", obligation).status()).isEqualTo(404);
        assertThat(adminQ.post(formUrl, formRows("Đổi tên")).status()).isEqualTo(404);
        assertThat(adminQ.get("/admin/u/" + world.q().id() + "/report-forms/" + formUrl.substring(formUrl.lastIndexOf('/') + 1)).status()).isEqualTo(404);
        assertThat(adminD.get("/admin/u/" + world.d().id() + "/obligations").text()).doesNotContain("Báo cáo riêng " + world.tag());
        assertThat(adminD.get(formUrl).text()).contains("(phiên bản 1)");
    }

    @Test
    void aProvinceListsTheSessionsOfAnExamAndItsSitesReportEachOneWithinTwoHours() {
        Browser adminP = as(world.adminP().email());
        Page saved = adminP.post("/admin/u/" + world.p().id() + "/report-forms", formRows("Báo cáo nhanh buổi thi " + world.tag()));
        String formId = saved.location().substring(saved.location().lastIndexOf('/') + 1);
        adminP.get("/admin/u/" + world.p().id() + "/obligations/new");
        Map<String, String> exam = new HashMap<>(Map.of("title", "Kỳ thi thử " + world.tag(), "formId", formId, "audience", "LEVEL:THCS",
                "recipient", "ISSUER", "periodType", "LISTED", "dueKind", "HOURS_AFTER_EVENT", "dueDay", "2", "startsOn", "2026-01-01",
                "listed", "Ngữ văn, sáng 27/6/2026 | 27/6/2026 7:30 | 25/6/2026 9:30"));

        Page refused = adminP.post("/admin/u/" + world.p().id() + "/obligations", exam);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-listed").text()).isEqualTo("Buổi thứ 1 kết thúc trước khi bắt đầu.");

        exam.put("listed", "Ngữ văn, sáng 27/6/2026 | 27/6/2026 7:30 | 27/6/2026 9:30\nToán, chiều 27/6/2026 | 27/6/2026 14:20 | 27/6/2026 15:50");
        assertThat(adminP.post("/admin/u/" + world.p().id() + "/obligations", exam).status()).isEqualTo(303);
        Page mine = as(world.adminA().email()).get("/admin/u/" + world.a().id() + "/reports");
        assertThat(mine.text()).contains("Kỳ thi thử " + world.tag()).contains("Toán, chiều 27/6/2026")
                .contains("trong vòng 2 giờ sau khi kết thúc mỗi buổi");
    }

    @Test
    void anObligationGivenToASavedGroupReachesItsMembersOnlyAndNobodyElseCanUseTheGroup() {
        Browser adminP = as(world.adminP().email());
        adminP.get("/admin/u/" + world.p().id() + "/unit-groups");
        Page refused = adminP.post("/admin/u/" + world.p().id() + "/unit-groups", Map.of("name", "Điểm thi " + world.tag()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-members").text()).isEqualTo("Chọn ít nhất một đơn vị cấp dưới.");
        assertThat(adminP.post("/admin/u/" + world.p().id() + "/unit-groups", Map.of("name", "Điểm thi " + world.tag(),
                "members", String.valueOf(world.a().id()))).status()).isEqualTo(303);
        String groupId = adminP.get("/admin/u/" + world.p().id() + "/obligations/new").doc()
                .select("input[name=audience][value^=GROUP:]").attr("value").substring(6);
        Page saved = adminP.post("/admin/u/" + world.p().id() + "/report-forms", formRows("Biểu mẫu điểm thi " + world.tag()));
        String formId = saved.location().substring(saved.location().lastIndexOf('/') + 1);

        assertThat(adminP.post("/admin/u/" + world.p().id() + "/obligations", Map.of("title", "Báo cáo điểm thi " + world.tag(), "formId", formId,
                "audience", "GROUP:" + groupId, "recipient", "ISSUER", "periodType", "MONTHLY", "dueKind", "DAY_OF_NEXT_MONTH", "dueDay", "20",
                "startsOn", "2026-01-01")).status()).isEqualTo(303);

        assertThat(as(world.adminA().email()).get("/admin/u/" + world.a().id() + "/reports").text()).contains("Báo cáo điểm thi " + world.tag());
        assertThat(as(world.adminB().email()).get("/admin/u/" + world.b().id() + "/reports").text()).doesNotContain("Báo cáo điểm thi " + world.tag());
        assertThat(adminP.get("/admin/u/" + world.p().id() + "/obligations").text()).contains("Nhóm “Điểm thi " + world.tag() + "”");
        Browser adminQ = as(world.adminQ().email());
        assertThat(adminQ.get("/admin/u/" + world.p().id() + "/unit-groups").status()).isEqualTo(404);
        Page qForm = adminQ.post("/admin/u/" + world.q().id() + "/report-forms", formRows("Biểu mẫu Q " + world.tag()));
        String qFormId = qForm.location().substring(qForm.location().lastIndexOf('/') + 1);
        Page stolen = adminQ.post("/admin/u/" + world.q().id() + "/obligations", Map.of("title", "Mượn nhóm " + world.tag(), "formId", qFormId,
                "audience", "GROUP:" + groupId, "recipient", "ISSUER", "periodType", "MONTHLY", "dueKind", "DAY_OF_NEXT_MONTH", "dueDay", "20",
                "startsOn", "2026-01-01"));
        assertThat(stolen.status()).isEqualTo(422);
        assertThat(stolen.doc().select("#e-audience").text()).isEqualTo("Chỉ chọn được nhóm đơn vị của chính đơn vị mình.");
    }
}
