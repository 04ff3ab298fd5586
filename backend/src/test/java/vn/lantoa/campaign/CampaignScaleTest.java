package vn.lantoa.campaign;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.time.LocalDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province's 4,000 high schools: the launch makes their 4,000 categories in one transaction of a few set-wise
 * statements, and the Sở's page counts them in one query. Asserts correctness; the durations are printed for the
 * README, not asserted (the machines differ).
 */
@MicronautTest(transactional = false)
class CampaignScaleTest {

    static final int SCHOOLS = 4000;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    Campaigns campaigns;
    @Inject
    UnitRefRepository refs;

    @Test
    void aCampaignForFourThousandSchoolsMakesEveryCategoryAndCountsThemAll() {
        clock.runFrom(LocalDateTime.of(2026, 5, 20, 9, 0));
        try {
            Fixtures.World w = fixtures.world();
            UnitRef so = refs.findById(w.p().id()).orElseThrow();
            String digits = "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 "
                    + "UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
            TestServers.sql("INSERT INTO unit (parent_id, path, depth, type, school_level, name, slug, search_text, created_at, updated_at) "
                    + "SELECT " + so.id() + ", '/', " + (so.depth() + 1) + ", 'SCHOOL', 'THPT', CONCAT('Trường THPT Quy Mô ', n), CONCAT('quy-mo-"
                    + w.tag() + "-', n), CONCAT('truong thpt quy mo ', n), NOW(6), NOW(6) FROM (SELECT a.d * 1000 + b.d * 100 + c.d * 10 + e.d AS n FROM "
                    + digits + " a, " + digits + " b, " + digits + " c, " + digits + " e) x WHERE n < " + SCHOOLS,
                    "UPDATE unit SET path = CONCAT('" + so.path() + "', id, '/') WHERE parent_id = " + so.id() + " AND slug LIKE 'quy-mo-" + w.tag() + "-%'");

            long started = System.nanoTime();
            Campaign launched = campaigns.launch(fixtures.actor(w.platformAdmin()), so, new CampaignForm("Kỳ thi tốt nghiệp THPT năm 2026", "", "", "LEVEL:THPT",
                    Set.of(), "15/05/2026", "30/06/2026", "Thi nghiêm túc, an toàn", "", Set.of()), null, null);
            long launchMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(CampaignTest.number("SELECT COUNT(*) FROM campaign_target t JOIN category c ON c.id = t.category_id AND c.unit_id = t.unit_id "
                    + "WHERE t.campaign_id = " + launched.id() + " AND c.slug = 'ky-thi-tot-nghiep-thpt-nam-2026'")).isEqualTo(SCHOOLS);
            assertThat(CampaignTest.number("SELECT COUNT(*) FROM category WHERE slug = 'ky-thi-tot-nghiep-thpt-nam-2026' AND unit_id IN ("
                    + w.a().id() + "," + w.b().id() + "," + w.d().id() + "," + w.z().id() + ")")).isZero();

            Browser adminP = new Browser(server.getURI()).signIn(w.adminP().email(), Fixtures.PASSWORD);
            started = System.nanoTime();
            Page page = adminP.get("/admin/u/" + so.id() + "/campaigns/" + launched.id() + "?show=none");
            long pageMs = (System.nanoTime() - started) / 1_000_000;
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.doc().select("#campaign-counts tbody tr[data-unit]")).hasSize(SCHOOLS);
            System.out.printf("campaign scale: launch for %d schools %d ms; launcher's page with %d rows %d ms%n", SCHOOLS, launchMs, SCHOOLS, pageMs);
        } finally {
            clock.reset();
        }
    }
}
