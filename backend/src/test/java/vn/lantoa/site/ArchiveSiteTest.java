package vn.lantoa.site;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitClosing;
import vn.lantoa.unit.UnitDraft;
import vn.lantoa.unit.UnitService;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** A closed unit's public site stays as an archive that says so, at its address and at its own host name. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveSiteTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    UnitService units;
    @Inject
    vn.lantoa.testing.TestClock clock;

    @Test
    void aDissolvedSchoolsSiteAndArticlesStayOnlineWithANoticeAtItsAddressAndAtItsOwnHostName() {
        Fixtures.World w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        String host = "th-giai-the-" + w.tag() + ".example.vn";
        Unit school = units.create(platform, w.d().id(), new UnitDraft("Trường TH Giải Thể " + w.tag(), null, UnitType.SCHOOL, SchoolLevel.TH, null,
                host, null, null, null, null, null, null, null));
        var news = fixtures.published(w, school.id(), ArticleKind.NEWS, "Lễ tổng kết năm học cuối cùng", "<p>Tổng kết</p>");
        Browser visitor = new Browser(server.getURI());
        assertThat(visitor.get("/" + school.slug() + "/").text()).doesNotContain("giải thể");

        LocalDate closedOn = clock.today();
        units.close(platform, school.id(), new UnitClosing(closedOn, null, false));

        Page home = visitor.get("/" + school.slug() + "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.doc().select(".site-archive").text()).contains("Đơn vị đã giải thể").contains("giữ lại để tra cứu");
        Page article = visitor.get("/" + school.slug() + "/tin/" + news.slug());
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.text()).contains("Lễ tổng kết năm học cuối cùng").contains("Đơn vị đã giải thể");
        // The host directory refreshes after the change is published.
        Page atHost = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> visitor.getWith("/", "Host", host), p -> p.status() == 200);
        assertThat(atHost.doc().select(".site-archive").text()).contains("Đơn vị đã giải thể");
    }
}
