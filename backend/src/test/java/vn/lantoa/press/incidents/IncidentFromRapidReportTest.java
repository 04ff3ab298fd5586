package vn.lantoa.press.incidents;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.send.ReportService;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.press.incidents.IncidentFixture.base;
import static vn.lantoa.press.incidents.IncidentFixture.count;
import static vn.lantoa.press.incidents.IncidentFixture.form;
import static vn.lantoa.press.incidents.IncidentFixture.idOf;

/** A rapid incident report a school sent up: the district opens its incident from it in one click, prefilled and linked. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentFromRapidReportTest {

    static final Map<String, String> ANSWERS = Map.of("tin_bai", "4", "y_kien_nhan", "5", "y_kien_xu_ly", "5", "ty_le_hai_long", "92,5",
            "vu_viec[0].noi_dung", "Clip học sinh đánh nhau lan truyền trên mạng", "vu_viec[0].nguon", "Mạng xã hội");

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ReportingFixture reporting;
    @Inject
    ReportService reports;
    @Inject
    UnitRefRepository units;
    @Inject
    TestClock clock;

    Fixtures.World w;

    @BeforeAll
    void world() {
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 0));
        w = fixtures.world();
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDistrictOpensAnIncidentFromAReceivedRapidReportAndItIsLinked() {
        Obligation rapid = reporting.quick(w, w.d().id(), "TYPE:SCHOOL", Recipient.PARENT, PeriodType.EVENT, null);
        String code = Period.event(clock.instant().minus(Duration.ofMinutes(30)), "vuviec").code();
        Report sent = reports.submit(fixtures.actor(w.platformAdmin()), reports.slot(units.findById(w.a().id()).orElseThrow(), rapid.id(), code), ANSWERS,
                UUID.randomUUID().toString()).report();
        Browser adminD = new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD);
        String received = "/admin/u/" + w.d().id() + "/received-reports/" + sent.id();
        assertThat(adminD.get(received).doc().select("#open-incident").attr("href")).isEqualTo(base(w.d().id()) + "/new?from=RAPID_REPORT&ref=" + sent.id());
        User viewerD = fixtures.member(w.d(), Role.VIEWER, "xem-bao-cao-d", w.tag());
        Page readOnly = new Browser(server.getURI()).signIn(viewerD.email(), Fixtures.PASSWORD).get(received);
        assertThat(readOnly.status()).isEqualTo(200);
        assertThat(readOnly.doc().select("#open-incident")).isEmpty();

        Page prefilled = adminD.get(base(w.d().id()) + "/new?from=RAPID_REPORT&ref=" + sent.id());
        assertThat(prefilled.status()).isEqualTo(200);
        assertThat(prefilled.doc().select("#opened-from").text()).startsWith("Mở từ báo cáo nhanh").contains(w.a().name());
        assertThat(prefilled.doc().select("#f-firstAlertAt").attr("value")).isEqualTo("10/12/2026 09:00");

        Map<String, String> f = form("Học sinh đánh nhau tại " + w.a().name(), "SCHOOL_VIOLENCE", "MINOR", "10/12/2026 09:00");
        f.put("from", "RAPID_REPORT");
        f.put("ref", String.valueOf(sent.id()));
        long id = idOf(adminD.post(base(w.d().id()), f));
        assertThat(count("SELECT COUNT(*) FROM press_incident_link WHERE incident_id = ? AND kind = 'RAPID_REPORT' AND ref_id = ?", id, sent.id()))
                .isEqualTo(1);
        assertThat(adminD.get(base(w.d().id()) + "/" + id).doc().select("#incident-links").text()).contains(w.a().name());

        // The school that sent it cannot open the district's incident from it, nor a sibling district from the same id.
        Browser adminA = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        assertThat(adminA.get(base(w.a().id()) + "/new?from=RAPID_REPORT&ref=" + sent.id()).status()).isEqualTo(404);
    }
}
