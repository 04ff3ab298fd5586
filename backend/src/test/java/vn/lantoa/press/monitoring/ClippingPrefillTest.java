package vn.lantoa.press.monitoring;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.RollUp;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationDraft;
import vn.lantoa.reporting.obligation.ObligationService;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.obligation.ReportAudience;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.TestClock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The monthly report starts from the unit's media monitoring: articles about it in the month, by tone, as its table says. */
@MicronautTest(transactional = false)
class ClippingPrefillTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    TestClock clock;
    @Inject
    ObligationService obligations;
    @Inject
    UnitRefRepository refs;

    static FormField number(String key, String label, String prefill) {
        return new FormField(key, label, FieldType.NUMBER, true, null, 0.0, null, null, RollUp.SUM, prefill);
    }

    Obligation monthlyReport(Fixtures.World w) {
        Actor platform = fixtures.actor(w.platformAdmin());
        var issuer = refs.findById(w.d().id()).orElseThrow();
        FormDefinition definition = new FormDefinition("Báo cáo công tác báo chí tháng " + w.tag(), List.of(
                new FormSection("bao_chi", "I. Thông tin trên báo chí", false, List.of(
                        number("tong", "Số tin, bài về đơn vị", "CLIPPINGS_TOTAL"),
                        number("tich_cuc", "Tích cực", "CLIPPINGS_POSITIVE"),
                        number("trung_lap", "Trung lập", "CLIPPINGS_NEUTRAL"),
                        number("tieu_cuc", "Tiêu cực", "CLIPPINGS_NEGATIVE")))),
                List.of());
        ReportForm form = obligations.createForm(platform, issuer, definition);
        return obligations.createObligation(platform, issuer, new ObligationDraft(form.id(), "Báo cáo báo chí tháng " + w.tag(),
                ReportAudience.parse("TYPE:SCHOOL"), Recipient.PARENT, PeriodType.MONTHLY, DueRule.parse("DAY_OF_NEXT_MONTH:20"), false, null, "3",
                null, null, false, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void theMonthsCountsByToneEqualAnIndependentCountOfTheClippings() {
        clock.runFrom(LocalDateTime.of(2026, 11, 20, 10, 0));
        Fixtures.World w = fixtures.world();
        long a = w.a().id();
        Api admin = new Api(server.getURI(), json).signIn(w.adminA().email(), Fixtures.PASSWORD);
        String[][] clippings = {{"2026-10-01", "POSITIVE"}, {"2026-10-15", "POSITIVE"}, {"2026-10-20", "NEGATIVE"}, {"2026-10-31", "NEUTRAL"},
                {"2026-09-30", "NEGATIVE"}, {"2026-11-01", "POSITIVE"}};
        for (String[] c : clippings) {
            assertThat(admin.post("/api/v1/units/" + a + "/press-clippings", Map.of("title", "Tin " + c[0], "outletName", "Báo Đắk Lắk",
                    "outletKind", "ONLINE", "publishedOn", c[0], "tone", c[1])).status()).isEqualTo(201);
        }
        assertThat(new Api(server.getURI(), json).signIn(w.adminB().email(), Fixtures.PASSWORD).post("/api/v1/units/" + w.b().id() + "/press-clippings",
                Map.of("title", "Tin trường bên", "outletName", "Báo Đắk Lắk", "outletKind", "ONLINE", "publishedOn", "2026-10-10", "tone", "NEGATIVE"))
                .status()).isEqualTo(201);

        Obligation report = monthlyReport(w);
        Document page = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD)
                .get("/admin/u/" + a + "/reports/" + report.id() + "/2026-10").doc();

        String month = "unit_id = ? AND published_on BETWEEN '2026-10-01' AND '2026-10-31'";
        long total = Db.count("SELECT COUNT(*) FROM press_clipping WHERE " + month, a);
        long positive = Db.count("SELECT COUNT(*) FROM press_clipping WHERE " + month + " AND tone = 'POSITIVE'", a);
        long neutral = Db.count("SELECT COUNT(*) FROM press_clipping WHERE " + month + " AND tone = 'NEUTRAL'", a);
        long negative = Db.count("SELECT COUNT(*) FROM press_clipping WHERE " + month + " AND tone = 'NEGATIVE'", a);
        assertThat(List.of(total, positive, neutral, negative)).as("the scenario itself").containsExactly(4L, 2L, 1L, 1L);
        assertThat(page.select("#f-tong").attr("value")).isEqualTo(String.valueOf(total));
        assertThat(page.select("#f-tich_cuc").attr("value")).isEqualTo(String.valueOf(positive));
        assertThat(page.select("#f-trung_lap").attr("value")).isEqualTo(String.valueOf(neutral));
        assertThat(page.select("#f-tieu_cuc").attr("value")).isEqualTo(String.valueOf(negative));
    }
}
