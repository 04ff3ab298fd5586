package vn.lantoa.reporting.review;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lantoa.client.ApiClient;
import vn.lantoa.client.ApiException;
import vn.lantoa.client.ApiResponse;
import vn.lantoa.client.api.LantoaApi;
import vn.lantoa.client.model.AnswersBody;
import vn.lantoa.client.model.CommitteeForm;
import vn.lantoa.client.model.CommitteeView;
import vn.lantoa.client.model.FormView;
import vn.lantoa.client.model.ObligationPeriodView;
import vn.lantoa.client.model.OwedReport;
import vn.lantoa.client.model.ReceivedLine;
import vn.lantoa.client.model.ReportView;
import vn.lantoa.client.model.RollUpChildView;
import vn.lantoa.client.model.RollUpChildViewOwn;
import vn.lantoa.client.model.RollUpView;
import vn.lantoa.client.model.TokenRequest;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.TestClock;
import vn.lantoa.unit.Unit;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The three workflows of an integrator, run with the Java client openapi-generator makes from the document in the
 * repository (infra/openapi/lantoa-api.yml, which OpenApiTest holds equal to the served one): if the document lied
 * about a path, a parameter, a status or a field's type, these calls would not compile or would fail to read the
 * answer.
 */
@MicronautTest(transactional = false)
class GeneratedClientTest {

    static final String PERIOD = "2026-11";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ReportingFixture reporting;
    @Inject
    TestClock clock;

    @AfterEach
    void totalsStillEqualValues() {
        reporting.assertTotalsEqualValues();
    }

    /** A client signed in as that person, the way an integration's program would do it. */
    LantoaApi client(String email) throws ApiException {
        ApiClient base = new ApiClient();
        base.updateBaseUri(server.getURI().toString());
        String token = new LantoaApi(base).signIn(new TokenRequest().email(email).password(Fixtures.PASSWORD)).getAccessToken();
        base.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new LantoaApi(base);
    }

    static String etag(ApiResponse<?> response) {
        return response.getHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("ETag"))
                .map(h -> h.getValue().get(0)).findFirst().orElseThrow();
    }

    static AnswersBody answers(String articles, String received, String handled, String satisfied) {
        return new AnswersBody().answers(Map.of("tin_bai", articles, "y_kien_nhan", received, "y_kien_xu_ly", handled, "ty_le_hai_long", satisfied,
                "vu_viec[0].noi_dung", "Phản ánh về giờ đón trả học sinh", "vu_viec[0].nguon", "Phụ huynh"));
    }

    ReportView send(String email, long unitId, Obligation o, AnswersBody answers) throws ApiException {
        return client(email).sendReport(unitId, o.id(), PERIOD, answers, UUID.randomUUID().toString());
    }

    @Test
    void aDistrictFindsTheSchoolsLateThisMonthAndReadsTheirNumbersInTwoCalls() throws ApiException {
        clock.runFrom(LocalDateTime.of(2026, 11, 20, 9, 0));
        Fixtures.World w = fixtures.world();
        Unit c = fixtures.unit(fixtures.actor(w.platformAdmin()), w.d().id(), "Trường Mầm non Hoa Sen " + w.tag(), UnitType.SCHOOL, SchoolLevel.MN);
        Obligation o = reporting.obligation(w, w.d().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:25", null, "", false);
        send(w.adminA().email(), w.a().id(), o, answers("12", "5", "4", "90"));
        clock.runFrom(LocalDateTime.of(2026, 11, 27, 10, 0));
        send(w.adminB().email(), w.b().id(), o, answers("7", "3", "3", "80,5"));
        LantoaApi district = client(w.adminD().email());
        long d = w.d().id();

        ObligationPeriodView month = district.listObligationPeriods(d, o.id(), null, null, null).getItems().stream()
                .filter(p -> Boolean.TRUE.equals(p.getLatestDue())).findFirst().orElseThrow();
        List<ReceivedLine> late = district.listReceivedReports(d, o.id(), month.getCode(), "late", "answers", "unitName", null, null, null).getItems();

        assertThat(month.getCode()).isEqualTo(PERIOD);
        assertThat(late).extracting(ReceivedLine::getUnitId).containsExactlyInAnyOrder(w.b().id(), c.id());
        assertThat(late).extracting(ReceivedLine::getUnitName).isSorted();
        ReceivedLine b = late.stream().filter(l -> l.getUnitId() == w.b().id()).findFirst().orElseThrow();
        assertThat(b.getStatus()).isEqualTo("SUBMITTED_LATE");
        assertThat(b.getDaysLate()).isEqualTo(2);
        assertThat(b.getNumbers().get("ty_le_hai_long")).isEqualByComparingTo("80.5");
        assertThat(b.getNumbers().get("tin_bai")).isEqualByComparingTo("7");
        ReceivedLine missing = late.stream().filter(l -> l.getUnitId() == c.id()).findFirst().orElseThrow();
        assertThat(missing.getStatus()).isEqualTo("OVERDUE");
        assertThat(missing.getReportId()).isNull();
        assertThat(missing.getNumbers()).isNull();
    }

    @Test
    void aSchoolSavesADraftAndSendsIt() throws ApiException {
        clock.runFrom(LocalDateTime.of(2026, 11, 20, 9, 0));
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.d().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:25", null, "", false);
        LantoaApi school = client(w.adminA().email());
        long a = w.a().id();

        ReportView draft = school.saveReportDraft(a, o.id(), PERIOD, new AnswersBody().answers(Map.of("tin_bai", "4")));
        assertThat(draft.getState()).isEqualTo("DRAFT");
        assertThat(school.getReport(a, o.id(), PERIOD).getAnswers()).containsEntry("tin_bai", "4");
        ApiException incomplete = catchThrowableOfType(ApiException.class,
                () -> school.sendReport(a, o.id(), PERIOD, new AnswersBody().answers(Map.of("tin_bai", "-3")), UUID.randomUUID().toString()));
        assertThat(incomplete.getCode()).isEqualTo(400);
        assertThat(incomplete.getResponseBody()).contains("VALIDATION_FAILED");

        String key = UUID.randomUUID().toString();
        ReportView sent = school.sendReport(a, o.id(), PERIOD, answers("12", "5", "4", "90"), key);
        ReportView again = school.sendReport(a, o.id(), PERIOD, answers("12", "5", "4", "90"), key);

        assertThat(sent.getState()).isEqualTo("SUBMITTED");
        assertThat(sent.getStatus()).isEqualTo("SUBMITTED_ON_TIME");
        assertThat(sent.getSubmittedAt()).isNotNull();
        assertThat(again.getId()).as("the same key replays the first answer").isEqualTo(sent.getId());
        assertThat(again.getRevision()).isEqualTo(sent.getRevision());
        OwedReport owed = school.listOwedReports(a, PERIOD, null, null, null, null, null).getItems().get(0);
        assertThat(owed.getStatus()).isEqualTo("SUBMITTED_ON_TIME");
        assertThat(owed.getReportId()).isEqualTo(sent.getId());
        ReceivedLine atTheDistrict = client(w.adminD().email()).listReceivedReports(w.d().id(), o.id(), PERIOD, "sent", "answers", null, null, null, null)
                .getItems().get(0);
        assertThat(atTheDistrict.getUnitId()).isEqualTo(a);
        assertThat(atTheDistrict.getAnswers()).containsEntry("tin_bai", "12");
    }

    @Test
    void aProvinceReadsTheRollUpOfAMonthWithItsPerChildLines() throws ApiException {
        clock.runFrom(LocalDateTime.of(2026, 11, 20, 9, 0));
        Fixtures.World w = fixtures.world();
        Unit d2 = fixtures.unit(fixtures.actor(w.platformAdmin()), w.p().id(), "Phòng GDĐT Bên Sông " + w.tag(), UnitType.DISTRICT_OFFICE, null);
        Unit e = fixtures.unit(fixtures.actor(w.platformAdmin()), d2.id(), "Trường THCS Bến Đò " + w.tag(), UnitType.SCHOOL, SchoolLevel.THCS);
        String adminE = fixtures.member(e, Role.UNIT_ADMIN, "admin-e", w.tag()).email();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL,TYPE:DISTRICT_OFFICE", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:25", null, "",
                false);
        send(w.adminA().email(), w.a().id(), o, answers("12", "5", "4", "90"));
        send(w.adminD().email(), w.d().id(), o, answers("3", "1", "1", "70"));
        send(adminE, e.id(), o, answers("9", "2", "2", "100"));

        RollUpView rollUp = client(w.adminP().email()).getRollUp(w.p().id(), o.id(), PERIOD, null);

        assertThat(rollUp.getReports()).isEqualTo(3);
        assertThat(rollUp.getExpected()).as("D, A, B, D2, E").isEqualTo(5);
        assertThat(rollUp.getChildren()).extracting(RollUpChildView::getUnitId).containsExactlyInAnyOrder(w.d().id(), d2.id());
        for (String field : List.of("tin_bai", "y_kien_nhan", "y_kien_xu_ly")) {
            BigDecimal sum = rollUp.getChildren().stream()
                    .flatMap(child -> java.util.stream.Stream.of(child.getOwn(), child.getBelow()))
                    .filter(Objects::nonNull).map(RollUpChildViewOwn::getValues)
                    .map(values -> values.getOrDefault(field, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(field).isEqualByComparingTo(rollUp.getTotals().get(field));
        }
        assertThat(rollUp.getTotals().get("tin_bai")).isEqualByComparingTo("24");
        assertThat(rollUp.getTotals().get("ty_le_hai_long")).as("an average").isEqualByComparingTo("86.6667");
    }

    @Test
    void twoPeopleEditingTheSameFormOrCommitteeCannotOverwriteEachOther() throws ApiException {
        clock.runFrom(LocalDateTime.of(2026, 11, 20, 9, 0));
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.d().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:25", null, "", false);
        LantoaApi district = client(w.adminD().email());
        long d = w.d().id();

        ApiResponse<FormView> read = district.getReportFormWithHttpInfo(d, o.formId());
        String etag = etag(read);
        FormView form = read.getData();
        FormView saved = district.updateReportForm(d, o.formId(), etag, form.getDefinition().title("Báo cáo tháng (sửa)"));
        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> district.updateReportForm(d, o.formId(), etag, form.getDefinition().title("Ghi đè")));

        assertThat(etag).isEqualTo("\"v" + form.getVersion() + "\"");
        assertThat(saved.getVersion()).isEqualTo(form.getVersion() + 1);
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(stale.getResponseBody()).contains("STALE_VERSION");
        assertThat(district.getReportForm(d, o.formId()).getTitle()).isEqualTo("Báo cáo tháng (sửa)");

        LantoaApi school = client(w.adminA().email());
        ApiResponse<CommitteeView> committee = school.getCommitteeWithHttpInfo(w.a().id());
        String first = etag(committee);
        CommitteeView founded = school.updateCommittee(w.a().id(), new CommitteeForm().decisionNumber("12/QĐ-THCS").hotlinePhone("0243 812 3456"), first);
        ApiException late = catchThrowableOfType(ApiException.class,
                () -> school.updateCommittee(w.a().id(), new CommitteeForm().decisionNumber("99/QĐ-THCS"), first));
        ApiException none = catchThrowableOfType(ApiException.class,
                () -> school.updateCommittee(w.a().id(), new CommitteeForm().decisionNumber("99/QĐ-THCS"), null));

        assertThat(founded.getDecisionNumber()).isEqualTo("12/QĐ-THCS");
        assertThat(late.getCode()).as("made from the version before the first save").isEqualTo(412);
        assertThat(none.getCode()).isEqualTo(428);
        assertThat(school.updateCommittee(w.a().id(), new CommitteeForm().decisionNumber("13/QĐ-THCS"), "\"v" + founded.getVersion() + "\"")
                .getDecisionNumber()).isEqualTo("13/QĐ-THCS");
    }
}
