package vn.lantoa.reporting.rollup;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.dashboard.DashboardReads;
import vn.lantoa.reporting.form.CrossFieldRule;
import vn.lantoa.reporting.form.FieldScope;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.ReportFormRepository;
import vn.lantoa.reporting.form.ReportFormVersion;
import vn.lantoa.reporting.form.ReportFormVersionRepository;
import vn.lantoa.reporting.form.RollUp;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationDraft;
import vn.lantoa.reporting.obligation.ObligationService;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.obligation.ReportAudience;
import vn.lantoa.reporting.send.ReportService;
import vn.lantoa.reporting.send.ReportingTest;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;
import vn.lantoa.unit.Unit;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.reporting.send.ReportingTest.fillUrl;
import static vn.lantoa.reporting.send.ReportingTest.goodAnswers;
import static vn.lantoa.reporting.send.ReportingTest.send;

/**
 * Totals that can be trusted: numbers a report can hold and nothing else (items 3), consolidated reports never counted on
 * top of their sources (2), returned reports counted and marked in every total (5). Each scenario checks the totals it
 * touched against the values, and the rolled-up figures against the reports' answers as sent.
 */
@MicronautTest(transactional = false)
class RollUpIntegrityTest {

    @Inject
    vn.lantoa.testing.TestClock clock;

    String thisMonth() {
        return java.time.YearMonth.from(clock.today()).toString();
    }

    String lastMonth() {
        return java.time.YearMonth.from(clock.today()).minusMonths(1).toString();
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ReportingFixture reporting;

    @org.junit.jupiter.api.AfterEach
    void totalsStillEqualValues() {
        reporting.assertTotalsEqualValues();
    }

    @Inject
    ObligationService obligations;
    @Inject
    ReportService reportService;
    @Inject
    RollUpReads rollUps;
    @Inject
    DashboardReads dashboards;
    @Inject
    UnitRefRepository refs;
    @Inject
    JsonMapper json;

    static final String LARGEST = "999.999.999.999.999,9999";

    Browser as(String email) {
        return new Browser(server.getURI()).signIn(email, Fixtures.PASSWORD);
    }

    // ---- Item 3: the numbers a report can hold -------------------------------------------------------------------

    @Test
    void oddNumbersAreRefusedNextToTheFieldOnThePageAndNothingIsSent() {
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Browser adminA = as(w.adminA().email());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("1e400", "Nhập một số, ví dụ 12 hoặc 92,5.");
        expected.put("NaN", "Nhập một số, ví dụ 12 hoặc 92,5.");
        expected.put("Infinity", "Nhập một số, ví dụ 12 hoặc 92,5.");
        expected.put("1.5e308", "Nhập một số, ví dụ 12 hoặc 92,5.");
        expected.put("0x7FF0000000000000", "Nhập một số, ví dụ 12 hoặc 92,5.");
        expected.put("9".repeat(10_000), "Số quá lớn: phần nguyên tối đa 15 chữ số (nhỏ hơn 1.000.000.000.000.000).");
        expected.put("1.000.000.000.000.000", "Số quá lớn: phần nguyên tối đa 15 chữ số (nhỏ hơn 1.000.000.000.000.000).");
        expected.put("5,123456", "Tối đa 4 chữ số sau dấu phẩy.");

        for (Map.Entry<String, String> odd : expected.entrySet()) {
            Map<String, String> answers = new HashMap<>(goodAnswers());
            answers.put("y_kien_nhan", odd.getKey());
            Page refused = send(adminA, w.a().id(), o, thisMonth(), answers, "submit");

            assertThat(refused.status()).as(odd.getKey().length() > 40 ? "10,000 digits" : odd.getKey()).isEqualTo(422);
            assertThat(refused.doc().select("#e-y_kien_nhan").text()).isEqualTo(odd.getValue());
        }
        assertThat(count("SELECT COUNT(*) FROM report WHERE unit_id = ? AND obligation_id = ? AND first_submitted_at IS NOT NULL", w.a().id(), o.id()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM report_value WHERE obligation_id = ?", o.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM report_total WHERE obligation_id = ?", o.id())).isZero();
    }

    @Test
    void oddNumbersAreRefusedByTheApiWithAStableCodeWhetherSentAsTextOrAsJsonNumbers() throws Exception {
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Api api = new Api(server.getURI(), json).signIn(w.adminB().email(), Fixtures.PASSWORD);
        String url = "/api/v1/units/" + w.b().id() + "/reports/" + o.id() + "/" + thisMonth();
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("1e400", "report.field.notNumber");
        codes.put("NaN", "report.field.notNumber");
        codes.put("-Infinity", "report.field.notNumber");
        codes.put("1.5e308", "report.field.notNumber");
        codes.put("0x10", "report.field.notNumber");
        codes.put("9".repeat(10_000), "report.field.tooLarge");
        codes.put("0,00001", "report.field.tooManyDecimals");

        int i = 0;
        for (Map.Entry<String, String> odd : codes.entrySet()) {
            Map<String, String> answers = new HashMap<>(goodAnswers());
            answers.put("y_kien_nhan", odd.getKey());
            Api.Reply refused = api.postWith(url, Map.of("answers", answers), "Idempotency-Key", "odd-number-key-" + i++);

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(fieldCode(refused, "y_kien_nhan")).isEqualTo(odd.getValue());
        }
        // A program may put a JSON number where text belongs: it is a clean 400 too, never a 500.
        for (String raw : List.of("1e400", "1.5e308", "-1e400", "9".repeat(10_000), "NaN")) {
            String body = "{\"answers\": {\"tin_bai\": \"4\", \"y_kien_nhan\": " + raw + ", \"y_kien_xu_ly\": \"1\"}}";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(url))
                    .header("Content-Type", "application/json").header("Accept", "application/json").header("Authorization", "Bearer " + api.token())
                    .header("Idempotency-Key", "raw-number-" + i++).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(raw.length() > 40 ? "10,000 digits" : raw).isEqualTo(400);
            assertThat(r.body()).containsPattern("\"code\":\"(VALIDATION_FAILED|MALFORMED_BODY)\"");
        }
        assertThat(count("SELECT COUNT(*) FROM report_value WHERE obligation_id = ?", o.id())).isZero();
    }

    @Test
    void twoSendsOfTheLargestNumberAddUpExactlyInEveryTotalAbove() {
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Map<String, String> largest = new HashMap<>(goodAnswers());
        largest.put("y_kien_nhan", LARGEST);
        largest.put("y_kien_xu_ly", LARGEST);

        assertThat(send(as(w.adminA().email()), w.a().id(), o, thisMonth(), largest, "submit").status()).isEqualTo(303);
        Api api = new Api(server.getURI(), json).signIn(w.adminB().email(), Fixtures.PASSWORD);
        assertThat(api.postWith("/api/v1/units/" + w.b().id() + "/reports/" + o.id() + "/" + thisMonth(), Map.of("answers", largest),
                "Idempotency-Key", "largest-number-b").status()).isEqualTo(201);

        BigDecimal twice = new BigDecimal("1999999999999999.9998");
        assertThat(decimal("SELECT total FROM report_total WHERE obligation_id = ? AND group_unit_id = ? AND field_key = 'y_kien_nhan'", o.id(),
                w.d().id())).isEqualByComparingTo(twice);
        FormField received = ReportingFixture.monthlyForm("x").field("y_kien_nhan");
        RollUpTable province = rollUps.table(o, ReportingFixture.monthlyForm("x"), ref(w.p()), Period.parse(PeriodType.MONTHLY, thisMonth()));
        assertThat(province.total(received)).isEqualByComparingTo(twice);
        Page page = as(w.adminP().email()).get("/admin/u/" + w.p().id() + "/rollup?obligation=" + o.id() + "&period=" + thisMonth());
        assertThat(page.doc().select("tr.total").text()).contains("1.999.999.999.999.999,9998");
        assertTotalsEqualValues(o);
    }

    @Test
    void unknownFieldIdsAreRefusedOnThePageAndInTheApiAndNothingIsSent() {
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Api api = new Api(server.getURI(), json).signIn(w.adminB().email(), Fixtures.PASSWORD);
        String url = "/api/v1/units/" + w.b().id() + "/reports/" + o.id() + "/" + thisMonth();
        Map<String, String> typo = new HashMap<>(goodAnswers());
        typo.put("y_kien_nhann", "7");

        Api.Reply sent = api.postWith(url, Map.of("answers", typo), "Idempotency-Key", "unknown-field-01");
        assertThat(sent.status()).isEqualTo(400);
        assertThat(fieldCode(sent, "y_kien_nhann")).isEqualTo("report.unknownField");
        assertThat(sent.body()).contains("Biểu mẫu không có chỉ tiêu “y_kien_nhann”.");
        Map<String, String> wrongSection = new HashMap<>(goodAnswers());
        wrongSection.put("vu_viec[0].tin_bai", "3");
        assertThat(fieldCode(api.postWith(url, Map.of("answers", wrongSection), "Idempotency-Key", "unknown-field-02"), "vu_viec[0].tin_bai"))
                .isEqualTo("report.unknownField");
        Api.Reply draft = api.put(url, Map.of("answers", Map.of("khong_co", "1")));
        assertThat(draft.status()).isEqualTo(400);
        assertThat(fieldCode(draft, "khong_co")).isEqualTo("report.unknownField");

        Page page = send(as(w.adminA().email()), w.a().id(), o, thisMonth(), typo, "submit");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.doc().select(".error-summary").text()).contains("Biểu mẫu không có chỉ tiêu “y_kien_nhann”.");

        assertThat(count("SELECT COUNT(*) FROM report WHERE obligation_id = ? AND first_submitted_at IS NOT NULL", o.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM report_value WHERE obligation_id = ?", o.id())).isZero();
        // Without the stray name the same answers go.
        assertThat(api.postWith(url, Map.of("answers", goodAnswers()), "Idempotency-Key", "unknown-field-03").status()).isEqualTo(201);
    }

    @Test
    void theFormBuilderSetsWhatEachNumberCountsAndItsDecimals() {
        Fixtures.World w = fixtures.world();
        Browser admin = as(w.adminP().email());
        assertThat(admin.get("/admin/u/" + w.p().id() + "/report-forms/new").doc().select("#f-scope option[selected]").attr("value"))
                .isEqualTo("CONSOLIDATED");
        Map<String, String> rows = new HashMap<>();
        rows.put("title", "Biểu mẫu tổng hợp " + w.tag());
        rows.put("scope", "CONSOLIDATED");
        rows.put("s0.title", "I. Số liệu");
        rows.put("f0.section", "0");
        rows.put("f0.label", "Số tin bài trên trang của đơn vị");
        rows.put("f0.type", "NUMBER");
        rows.put("f0.rollUp", "SUM");
        rows.put("f0.decimals", "0");
        rows.put("f0.scope", "OWN");
        rows.put("f1.section", "0");
        rows.put("f1.label", "Số ý kiến nhận được");
        rows.put("f1.type", "NUMBER");
        rows.put("f1.rollUp", "SUM");
        rows.put("f1.decimals", "0");
        rows.put("f1.scope", "");
        rows.put("f2.section", "0");
        rows.put("f2.label", "Tỷ lệ hài lòng");
        rows.put("f2.type", "NUMBER");
        rows.put("f2.rollUp", "AVERAGE");
        rows.put("f2.min", "1e5");
        rows.put("f2.decimals", "9");

        Page refused = admin.post("/admin/u/" + w.p().id() + "/report-forms", rows);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-f2\\.min").text()).isEqualTo("Nhập một số, ví dụ 12 hoặc 92,5.");
        assertThat(refused.doc().select("#e-f2\\.decimals").text()).isEqualTo("Chọn từ 0 đến 4 chữ số thập phân.");

        rows.put("f2.min", "0");
        rows.put("f2.max", "100");
        rows.put("f2.decimals", "2");
        Page saved = admin.post("/admin/u/" + w.p().id() + "/report-forms", rows);
        assertThat(saved.status()).isEqualTo(303);
        Page shown = admin.get(saved.location());
        assertThat(shown.doc().select("#f-scope option[selected]").attr("value")).isEqualTo("CONSOLIDATED");
        assertThat(shown.doc().select("#f-f0\\.scope option[selected]").attr("value")).isEqualTo("OWN");
        assertThat(shown.doc().select("#f-f1\\.scope option[selected]").attr("value")).isEmpty();
        assertThat(shown.doc().select("#f-f0\\.decimals option[selected]").attr("value")).isEqualTo("0");
        assertThat(shown.doc().select("#f-f2\\.decimals option[selected]").attr("value")).isEqualTo("2");
        long formId = Long.parseLong(saved.location().substring(saved.location().lastIndexOf('/') + 1));
        FormDefinition definition = definitionOf(formId, w.p().id());
        assertThat(definition.scope()).isEqualTo(FieldScope.CONSOLIDATED);
        assertThat(definition.sections().get(0).fields()).extracting(FormField::scope).containsExactly(FieldScope.OWN, null, null);
        assertThat(definition.field(definition.sections().get(0).fields().get(1).key()).scopeIn(definition)).isEqualTo(FieldScope.CONSOLIDATED);
        assertThat(definition.sections().get(0).fields()).extracting(FormField::decimals).containsExactly(0, 0, 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiWritesAndReadsWhatEachNumberCountsAndRefusesAFormAReportCouldNotHold() {
        Fixtures.World w = fixtures.world();
        Api api = new Api(server.getURI(), json).signIn(w.adminP().email(), Fixtures.PASSWORD);
        String url = "/api/v1/units/" + w.p().id() + "/report-forms";

        Api.Reply created = api.post(url, consolidatedForm("Biểu mẫu API " + w.tag()));
        assertThat(created.status()).isEqualTo(201);
        Map<String, Object> definition = (Map<String, Object>) created.json().get("definition");
        assertThat(definition.get("scope")).isEqualTo("CONSOLIDATED");
        List<Map<String, Object>> fields = (List<Map<String, Object>>) ((List<Map<String, Object>>) definition.get("sections")).get(0).get("fields");
        assertThat(fields.get(0)).containsEntry("key", "tin_bai").containsEntry("scope", "OWN").containsEntry("decimals", 0);
        String formUrl = url + "/" + created.json().get("id");
        assertThat(api.get(formUrl).json().get("version")).isEqualTo(1);

        FormDefinition changed = consolidatedForm("Biểu mẫu API " + w.tag());
        changed = new FormDefinition(changed.title(), changed.sections(), changed.rules(), FieldScope.OWN);
        Api.Reply saved = api.putWith(formUrl, changed, "If-Match", "\"v1\"");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("version")).isEqualTo(2);
        assertThat(((Map<String, Object>) saved.json().get("definition")).get("scope")).isEqualTo("OWN");

        Api.Reply odd = api.postRaw(url, "application/json", "{\"title\": \"Lạ\", \"sections\": [{\"key\": \"a\", \"title\": \"A\", \"fields\": ["
                + "{\"key\": \"n\", \"label\": \"N\", \"type\": \"NUMBER\", \"decimals\": 9, \"max\": 1e400, \"rollUp\": \"SUM\"}, {\"label\": \"Thiếu loại\"}, null]}],"
                + " \"rules\": [{\"left\": \"n\"}]}");
        assertThat(odd.status()).isEqualTo(400);
        assertThat(fieldCode(odd, "fields[0].decimals")).isEqualTo("reportForm.decimalsInvalid");
        assertThat(fieldCode(odd, "fields[0].max")).isEqualTo("report.field.tooLarge");
        assertThat(fieldCode(odd, "fields[1].type")).isEqualTo("reportForm.typeInvalid");
        assertThat(fieldCode(odd, "rules[0].left")).isEqualTo("reportForm.ruleNumbers");
        Api.Reply empty = api.postRaw(url, "application/json", "{\"title\": \"Trống\"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fieldCode(empty, "fields")).isEqualTo("reportForm.noFields");

        Api other = new Api(server.getURI(), json).signIn(w.adminQ().email(), Fixtures.PASSWORD);
        assertThat(other.get(formUrl).status()).isEqualTo(404);
        assertThat(other.put(formUrl, changed).status()).isIn(403, 404);
        assertThat(other.post(url, changed).status()).isIn(403, 404);
        assertThat(api.get(formUrl).json().get("version")).isEqualTo(2);
    }

    // ---- Item 2: a consolidating unit is not added on top of its sources ------------------------------------------------

    /** A ministry, a Sở, a Phòng with two schools and a Phòng with none: all Phòng and schools send one monthly report. */
    record Tree(Unit ministry, Unit province, Unit district, Unit a, Unit b, Unit lone, String adminMinistry, String adminProvince,
                String adminDistrict, Obligation obligation, FormDefinition form) {
    }

    /** The monthly report with its numbers consolidating the units below by default, the unit's own articles its own. */
    static FormDefinition consolidatedForm(String title) {
        return new FormDefinition(title, List.of(new FormSection("so_lieu", "I. Số liệu trong tháng", false, List.of(
                new FormField("tin_bai", "Số tin bài đăng trên trang của đơn vị", FieldType.NUMBER, true, null, null, null, null, RollUp.SUM, null, 0,
                        FieldScope.OWN),
                new FormField("y_kien_nhan", "Số ý kiến phản ánh nhận được", FieldType.NUMBER, true, null, null, null, null, RollUp.SUM, null, 0, null),
                new FormField("y_kien_xu_ly", "Số ý kiến đã xử lý", FieldType.NUMBER, true, null, null, null, null, RollUp.SUM, null, 0, null),
                new FormField("ty_le_hai_long", "Tỷ lệ phụ huynh hài lòng (%)", FieldType.NUMBER, false, null, 0.0, 100.0, null, RollUp.AVERAGE, null, 2,
                        null)))),
                List.of(new CrossFieldRule("y_kien_xu_ly", CrossFieldRule.Comparison.LESS_OR_EQUAL, "y_kien_nhan")), FieldScope.CONSOLIDATED);
    }

    Tree tree(Fixtures.World w) {
        Actor platform = fixtures.actor(w.platformAdmin());
        String tag = w.tag();
        Unit ministry = fixtures.unit(platform, null, "Bộ GDĐT Thử " + tag, UnitType.MINISTRY, null);
        Unit province = fixtures.unit(platform, ministry.id(), "Sở GDĐT Gộp " + tag, UnitType.PROVINCE_DEPARTMENT, null);
        Unit district = fixtures.unit(platform, province.id(), "Phòng GDĐT Gộp " + tag, UnitType.DISTRICT_OFFICE, null);
        Unit a = fixtures.unit(platform, district.id(), "Trường TH Gộp A " + tag, UnitType.SCHOOL, SchoolLevel.TH);
        Unit b = fixtures.unit(platform, district.id(), "Trường THCS Gộp B " + tag, UnitType.SCHOOL, SchoolLevel.THCS);
        Unit lone = fixtures.unit(platform, province.id(), "Phòng GDĐT Không Trường " + tag, UnitType.DISTRICT_OFFICE, null);
        String adminMinistry = fixtures.member(ministry, Role.UNIT_ADMIN, "admin-bo", tag).email();
        String adminProvince = fixtures.member(province, Role.UNIT_ADMIN, "admin-so", tag).email();
        String adminDistrict = fixtures.member(district, Role.UNIT_ADMIN, "admin-phong", tag).email();
        FormDefinition form = consolidatedForm("Báo cáo tổng hợp tháng " + tag);
        UnitRef issuer = ref(ministry);
        ReportForm saved = obligations.createForm(platform, issuer, form);
        Obligation o = obligations.createObligation(platform, issuer, new ObligationDraft(saved.id(), "Báo cáo truyền thông tháng " + tag,
                ReportAudience.parse("TYPE:DISTRICT_OFFICE,TYPE:SCHOOL"), Recipient.PARENT, PeriodType.MONTHLY, DueRule.parse("DAY_OF_NEXT_MONTH:20"),
                false, null, "", null, null, false, clock.today().minusYears(1)));
        return new Tree(ministry, province, district, a, b, lone, adminMinistry, adminProvince, adminDistrict, o, form);
    }

    Map<String, String> answers(int articles, int received, int handled, String rate) {
        Map<String, String> m = new HashMap<>();
        m.put("tin_bai", String.valueOf(articles));
        m.put("y_kien_nhan", String.valueOf(received));
        m.put("y_kien_xu_ly", String.valueOf(handled));
        m.put("ty_le_hai_long", rate);
        return m;
    }

    @Test
    void aPhongThatConsolidatesItsSchoolsIsNotAddedOnTopOfThemAtTheSoAndTheMinistryAndThePagesSaySo() throws Exception {
        Fixtures.World w = fixtures.world();
        Tree t = tree(w);
        Actor platform = fixtures.actor(w.platformAdmin());
        String period = thisMonth();
        reportService.submit(platform, reportService.slot(ref(t.a()), t.obligation().id(), period), answers(2, 7, 6, "90"), UUID.randomUUID().toString());
        reportService.submit(platform, reportService.slot(ref(t.b()), t.obligation().id(), period), answers(3, 5, 5, "80"), UUID.randomUUID().toString());
        reportService.submit(platform, reportService.slot(ref(t.lone()), t.obligation().id(), period), answers(1, 4, 4, "70"),
                UUID.randomUUID().toString());
        // Another obligation the same schools send, with numbers of the same names: filling from below must not take them.
        Obligation other = reporting.obligation(w, t.ministry().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Map<String, String> otherAnswers = new HashMap<>(goodAnswers());
        otherAnswers.put("y_kien_nhan", "100");
        otherAnswers.put("y_kien_xu_ly", "100");
        reportService.submit(platform, reportService.slot(ref(t.a()), other.id(), period), otherAnswers, UUID.randomUUID().toString());

        Browser district = as(t.adminDistrict());
        Page own = district.get(fillUrl(t.district().id(), t.obligation(), period));
        assertThat(own.doc().select("aside.below").text()).contains("Số ý kiến phản ánh nhận được 12").doesNotContain("Số tin bài");
        Map<String, String> typed = new HashMap<>();
        typed.put("tin_bai", "9");
        assertThat(send(district, t.district().id(), t.obligation(), period, typed, "fromBelow").status()).isEqualTo(303);
        Page filled = district.get(fillUrl(t.district().id(), t.obligation(), period));
        assertThat(filled.doc().select("#f-y_kien_nhan").attr("value")).isEqualTo("12");
        assertThat(filled.doc().select("#f-y_kien_xu_ly").attr("value")).isEqualTo("11");
        assertThat(filled.doc().select("#f-ty_le_hai_long").attr("value")).isEqualTo("85");
        assertThat(filled.doc().select("#f-tin_bai").attr("value")).isEqualTo("9");
        // The Phòng states 13 (a school's late correction it knows of): shown beside its schools' 12, never added.
        assertThat(send(district, t.district().id(), t.obligation(), period, answers(9, 13, 11, "85"), "submit").status()).isEqualTo(303);

        Period p = Period.parse(PeriodType.MONTHLY, period);
        FormField articles = t.form().field("tin_bai");
        FormField received = t.form().field("y_kien_nhan");
        FormField rate = t.form().field("ty_le_hai_long");
        for (Unit viewer : List.of(t.province(), t.ministry())) {
            RollUpTable table = rollUps.table(t.obligation(), t.form(), ref(viewer), p);
            // Consolidated: the lowest level only (the two schools and the Phòng without schools), read from the answers as sent.
            assertThat(table.total(received)).isEqualByComparingTo(answersSum(t, "y_kien_nhan", "AND (u.type = 'SCHOOL' OR u.id = " + t.lone().id() + ")"))
                    .isEqualByComparingTo("16");
            assertThat(table.total(rate)).isEqualByComparingTo("80");
            // Own activity: every report, the consolidating Phòng's own articles included.
            assertThat(table.total(articles)).isEqualByComparingTo(answersSum(t, "tin_bai", "")).isEqualByComparingTo("15");
            assertThat(table.reports()).isEqualTo(4);
        }
        RollUpTable province = rollUps.table(t.obligation(), t.form(), ref(t.province()), p);
        assertThat(province.comparisons()).extracting(c -> c.unitId() + " " + c.field().key() + " " + c.stated().toPlainString() + " "
                + c.sources().toPlainString()).containsExactly(t.district().id() + " y_kien_nhan 13 12", t.district().id() + " y_kien_xu_ly 11 11",
                t.district().id() + " ty_le_hai_long 85 85");
        assertThat(dashboards.fieldByPeriod(t.obligation(), ref(t.ministry()), received, List.of(p)).get(period).value(RollUp.SUM))
                .isEqualByComparingTo("16");
        assertTotalsEqualValues(t.obligation());

        Browser provinceAdmin = as(t.adminProvince());
        String query = "?obligation=" + t.obligation().id() + "&period=" + period;
        Page page = provinceAdmin.get("/admin/u/" + t.province().id() + "/rollup" + query);
        assertThat(page.text()).contains("chỉ cộng số liệu của đơn vị ở cấp thấp nhất")
                .contains("Chỉ tiêu là số liệu của riêng đơn vị (“Số tin bài đăng trên trang của đơn vị”)")
                .contains(t.district().name() + " – Số ý kiến phản ánh nhận được: đơn vị báo cáo 13 — tổng các đơn vị trực thuộc: 12");
        assertThat(page.doc().select("thead").text()).contains("cộng; số liệu tổng hợp các đơn vị trực thuộc").contains("cộng; số liệu của riêng đơn vị");
        assertThat(page.doc().select("tbody tr:contains(" + t.district().name() + " – báo cáo của đơn vị)").text()).contains("(13) không cộng");
        assertThat(page.doc().select("tr.total").text()).isEqualTo("Tổng cộng 4 15 16 15 80");

        Page xlsx = provinceAdmin.get("/admin/u/" + t.province().id() + "/rollup/export.xlsx" + query, "*/*");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Row> rows = book.getFirstSheet().read();
            Row heads = rows.stream().filter(r -> r.getCellText(0).equals("Đơn vị")).findFirst().orElseThrow();
            int col = -1;
            for (int c = 0; c < heads.getCellCount(); c++) {
                if (heads.getCellText(c).equals("Số ý kiến phản ánh nhận được (cộng; số liệu tổng hợp các đơn vị trực thuộc)")) {
                    col = c;
                }
            }
            assertThat(col).isPositive();
            int column = col;
            assertThat(rows.stream().filter(r -> r.getCellText(0).equals(t.district().name() + " – báo cáo của đơn vị")).findFirst().orElseThrow()
                    .getCellText(column)).isEqualTo("(13) không cộng");
            assertThat(rows.stream().filter(r -> r.getCellText(0).equals("Tổng cộng")).findFirst().orElseThrow().getCellAsNumber(column).orElseThrow())
                    .isEqualByComparingTo("16");
            assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(0)).startsWith("Chỉ tiêu là số liệu tổng hợp các đơn vị trực thuộc"));
        }
        Page pdf = provinceAdmin.get("/admin/u/" + t.province().id() + "/rollup/export.pdf" + query, "*/*");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("chỉ cộng số liệu của đơn vị ở cấp thấp nhất").contains("(13) không cộng");
        }
        Page dashboard = as(t.adminMinistry()).get("/admin/u/" + t.ministry().id() + "/report-dashboard?obligation=" + t.obligation().id()
                + "&field=y_kien_nhan");
        assertThat(dashboard.text()).contains("cộng; số liệu tổng hợp các đơn vị trực thuộc")
                .contains("Chỉ tiêu là số liệu tổng hợp các đơn vị trực thuộc (“Số ý kiến phản ánh nhận được”, “Số ý kiến đã xử lý”");
    }

    // ---- Item 5: returned reports count, and say so -----------------------------------------------------------------

    @Test
    void aReturnedReportStillCountsAndIsMarkedInEveryTotalUntilItIsSentAgain() throws Exception {
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:1", null, "", false);
        String period = lastMonth();
        Browser adminA = as(w.adminA().email());
        send(adminA, w.a().id(), o, period, goodAnswers(), "submit");
        Map<String, String> b = new HashMap<>(goodAnswers());
        b.put("y_kien_nhan", "8");
        send(as(w.adminB().email()), w.b().id(), o, period, b, "submit");
        long aReport = count("SELECT id FROM report WHERE unit_id = ? AND obligation_id = ?", w.a().id(), o.id());
        Browser adminD = as(w.adminD().email());
        assertThat(adminD.post("/admin/u/" + w.d().id() + "/received-reports/" + aReport + "/return", Map.of("reason", "Số ý kiến chưa khớp sổ"))
                .status()).isEqualTo(303);
        String query = "?obligation=" + o.id() + "&period=" + period;

        Page district = adminD.get("/admin/u/" + w.d().id() + "/rollup" + query);
        assertThat(district.doc().select("tbody tr:contains(" + w.a().name() + ")").text()).contains("bị trả lại, chưa gửi lại");
        assertThat(district.doc().select("tbody tr:contains(" + w.b().name() + ")").text()).doesNotContain("bị trả lại");
        assertThat(district.doc().select("tr.total").text()).contains("trong đó 1 báo cáo bị trả lại").contains(" 13 ");
        assertThat(district.text()).contains("Báo cáo bị trả lại vẫn được tính vào tổng và được đánh dấu");
        Page province = as(w.adminP().email()).get("/admin/u/" + w.p().id() + "/rollup" + query);
        assertThat(province.doc().select("tbody tr:contains(" + w.d().name() + ")").text()).contains("trong đó 1 báo cáo bị trả lại");
        Page dashboard = as(w.adminP().email()).get("/admin/u/" + w.p().id() + "/report-dashboard?obligation=" + o.id());
        assertThat(dashboard.doc().select("tbody tr:contains(" + w.d().name() + ")").text()).contains("1 bị trả lại");
        Page deadlines = adminD.get("/admin/u/" + w.d().id() + "/deadlines" + query);
        assertThat(deadlines.text()).contains("Đã gửi 2/2 đơn vị. Trong đó 1 báo cáo bị trả lại, chưa gửi lại.");
        Page xlsx = adminD.get("/admin/u/" + w.d().id() + "/rollup/export.xlsx" + query, "*/*");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.stream().filter(r -> r.getCellText(0).startsWith(w.a().name())).findFirst().orElseThrow().getCellText(2)).isEqualTo("1");
            assertThat(rows.stream().filter(r -> r.getCellText(0).equals("Tổng cộng")).findFirst().orElseThrow().getCellText(2)).isEqualTo("1");
            assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(0)).startsWith("Báo cáo bị trả lại vẫn được tính vào tổng"));
        }
        Page pdf = adminD.get("/admin/u/" + w.d().id() + "/rollup/export.pdf" + query, "*/*");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("bị trả lại, chưa gửi lại")
                    .contains("trong đó 1 báo cáo bị trả lại");
        }
        assertThat(count("SELECT total FROM report_total WHERE obligation_id = ? AND group_unit_id = ? AND field_key = '#returned'", o.id(), w.d().id()))
                .isEqualTo(1);
        assertTotalsEqualValues(o);

        Map<String, String> corrected = new HashMap<>(goodAnswers());
        corrected.put("y_kien_nhan", "6");
        assertThat(send(adminA, w.a().id(), o, period, corrected, "submit").status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM report_total WHERE obligation_id = ? AND field_key = '#returned'", o.id())).isZero();
        Page after = adminD.get("/admin/u/" + w.d().id() + "/rollup" + query);
        assertThat(after.text()).doesNotContain("trong đó 1 báo cáo bị trả lại").doesNotContain("chưa gửi lại");
        assertThat(after.doc().select("tr.total").text()).contains(" 14 ");
        assertThat(adminD.post("/admin/u/" + w.d().id() + "/received-reports/" + aReport + "/accept", Map.of()).status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM report_value WHERE obligation_id = ? AND field_key = '#returned'", o.id())).isZero();
        assertTotalsEqualValues(o);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    UnitRef ref(Unit unit) {
        return refs.findById(unit.id()).orElseThrow();
    }

    FormDefinition definitionOf(long formId, long unitId) {
        return reportService.form(versionOf(formId, unitId));
    }

    @Inject
    ReportFormRepository formRows;
    @Inject
    ReportFormVersionRepository formVersions;

    ReportFormVersion versionOf(long formId, long unitId) {
        ReportForm form = formRows.findByUnitIdAndId(unitId, formId).orElseThrow();
        return formVersions.findByUnitIdAndFormIdAndNumber(unitId, formId, form.currentVersion()).orElseThrow();
    }

    /** A field summed over the reports as sent (their answers), in the tree below the Sở: independent of report_value. */
    BigDecimal answersSum(Tree t, String field, String andWhere) {
        return decimal("SELECT SUM(CAST(JSON_UNQUOTE(JSON_EXTRACT(r.answers, '$." + field + "')) AS DECIMAL(19, 4))) FROM report r JOIN unit u ON u.id = r.unit_id "
                + "WHERE r.obligation_id = ? AND r.period_code = ? AND r.first_submitted_at IS NOT NULL AND u.path LIKE ? " + andWhere,
                t.obligation().id(), thisMonth(), ref(t.province()).path() + "%");
    }

    static String fieldCode(Api.Reply reply, String field) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) reply.json().get("errors");
        return errors.stream().filter(e -> field.equals(e.get("field"))).map(e -> (String) e.get("code")).findFirst().orElse(null);
    }

    /** Every group total of the obligation equals what its values say: sum, count, minimum and maximum, for every key. */
    void assertTotalsEqualValues(Obligation o) {
        assertThat(count("SELECT COUNT(*) FROM (SELECT period_code, group_unit_id, field_key, SUM(value) s, COUNT(*) n, MIN(value) lo, MAX(value) hi "
                + "FROM report_value WHERE obligation_id = ? GROUP BY period_code, group_unit_id, field_key) v "
                + "LEFT JOIN report_total t ON t.obligation_id = ? AND t.period_code = v.period_code AND t.group_unit_id = v.group_unit_id "
                + "AND t.field_key = v.field_key WHERE t.total IS NULL OR t.total <> v.s OR t.reports <> v.n OR t.min_value <> v.lo OR t.max_value <> v.hi",
                o.id(), o.id())).as("group totals that differ from their values").isZero();
        assertThat(count("SELECT COUNT(*) FROM report_total t WHERE t.obligation_id = ? AND NOT EXISTS (SELECT 1 FROM report_value v "
                + "WHERE v.obligation_id = t.obligation_id AND v.period_code = t.period_code AND v.group_unit_id = t.group_unit_id "
                + "AND v.field_key = t.field_key)", o.id())).as("group totals without values").isZero();
    }

    long count(String sql, Object... params) {
        BigDecimal n = decimal(sql, params);
        return n == null ? 0 : n.longValueExact();
    }

    BigDecimal decimal(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBigDecimal(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
