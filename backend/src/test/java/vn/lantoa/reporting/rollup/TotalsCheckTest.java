package vn.lantoa.reporting.rollup;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.send.ReportService;
import vn.lantoa.reporting.send.ReportingTest;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.TestServers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The consistency check finds what does not add up, operators can run it as SQL, and only platform admins through Lantoa. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TotalsCheckTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    Fixtures fixtures;
    @Inject
    ReportingFixture reporting;
    @Inject
    ReportService reports;
    @Inject
    UnitRefRepository refs;
    @Inject
    TotalsCheck check;
    @Inject
    vn.lantoa.testing.TestClock clock;

    @org.junit.jupiter.api.BeforeAll
    void startTheClock() {
        clock.runFrom(java.time.LocalDateTime.of(2026, 9, 22, 10, 0));
    }

    @AfterEach
    void totalsStillEqualValues() {
        reporting.assertTotalsEqualValues();
    }

    @Test
    void theCheckFindsAGroupWhoseTotalsNoLongerEqualItsValuesAndAReportWhoseOnTimeCounterIsWrong() {
        Fixtures.World w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        String period = java.time.YearMonth.from(clock.today()).minusMonths(1).toString();
        long reportId = reports.submit(platform, reports.slot(refs.findById(w.a().id()).orElseThrow(), o.id(), period), ReportingTest.goodAnswers(),
                UUID.randomUUID().toString()).report().id();
        String group = "obligation_id = " + o.id() + " AND period_code = '" + period + "' AND group_unit_id = " + w.d().id();

        TestServers.sql("UPDATE report_total SET total = total + 1 WHERE " + group + " AND field_key = 'tin_bai'",
                "UPDATE report_value SET value = 1 - value WHERE report_id = " + reportId + " AND field_key = '#ontime'");
        try {
            assertThat(check.run()).extracting(TotalsCheck.Difference::kind, TotalsCheck.Difference::groupUnitId, TotalsCheck.Difference::fieldKey)
                    .contains(org.assertj.core.groups.Tuple.tuple("TOTALS_DIFFER", w.d().id(), "tin_bai"),
                            org.assertj.core.groups.Tuple.tuple("TOTALS_DIFFER", w.d().id(), "#ontime"),
                            org.assertj.core.groups.Tuple.tuple("ONTIME_COUNTER", w.d().id(), "#ontime"));
        } finally {
            TestServers.sql("UPDATE report_total SET total = total - 1 WHERE " + group + " AND field_key = 'tin_bai'",
                    "UPDATE report_value SET value = 1 - value WHERE report_id = " + reportId + " AND field_key = '#ontime'");
        }
        assertThat(check.run()).isEmpty();
    }

    @Test
    void theOperatorsSqlFileRunsTheSameStatementsAsTheApplication() throws Exception {
        String file = normalized(Files.readString(Path.of("..", "infra", "sql", "totals-check.sql")));

        for (String statement : new String[]{TotalsCheck.TOTALS_DIFFER_FROM_VALUES, TotalsCheck.TOTALS_WITHOUT_VALUES, TotalsCheck.VALUES_DIFFER_FROM_REPORTS}) {
            assertThat(file).contains(normalized(statement) + ";");
        }
    }

    @Test
    void onlyAPlatformAdminRunsTheCheckAsJsonOrAsAPage() {
        Fixtures.World w = fixtures.world();
        Api admin = new Api(server.getURI(), json).signIn(w.platformAdmin().email(), Fixtures.PASSWORD);
        Api.Reply reply = admin.get("/api/v1/platform/totals-check");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).containsEntry("consistent", true);
        assertThat(new Api(server.getURI(), json).signIn(w.adminP().email(), Fixtures.PASSWORD).get("/api/v1/platform/totals-check").status())
                .isEqualTo(403);
        assertThat(new Browser(server.getURI()).signIn(w.platformAdmin().email(), Fixtures.PASSWORD).get("/admin/platform/totals-check").text())
                .contains("Không có sai lệch");
        assertThat(new Browser(server.getURI()).signIn(w.adminP().email(), Fixtures.PASSWORD).get("/admin/platform/totals-check").status())
                .isEqualTo(403);
    }

    private static String normalized(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
