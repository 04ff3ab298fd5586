package vn.lantoa.channel;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.jsoup.nodes.Element;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.RollUp;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationDraft;
import vn.lantoa.reporting.obligation.ObligationService;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.obligation.ReportAudience;
import vn.lantoa.reporting.send.ReportService;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.channel.ChannelsTest.base;
import static vn.lantoa.channel.ChannelsTest.channel;
import static vn.lantoa.channel.ChannelsTest.count;

/** The parent's view of the channels below: which units have which kinds, which have none, and the posts they reported. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelsBelowTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ObligationService obligations;
    @Inject
    ReportService reports;
    @Inject
    UnitRefRepository refs;
    @Inject
    TestClock clock;

    Fixtures.World w;
    String lastMonth;

    @BeforeAll
    void world() {
        w = fixtures.world();
        Browser adminA = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        adminA.post(base(w.a()), channel("FACEBOOK", "Fanpage A", "https://www.facebook.com/a-" + w.tag()));
        adminA.post(base(w.a()), channel("ZALO_OA", "Zalo A", "https://zalo.me/a"));
        adminA.post(base(w.a()), channel("FACEBOOK", "Fanpage A cũ", "https://www.facebook.com/a-cu", "active", "false"));
        new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD)
                .post(base(w.d()), channel("FACEBOOK", "Fanpage Phòng", "https://www.facebook.com/phong-" + w.tag()));

        // The Phòng's monthly report to its schools, with the posts on their channels; school A sent last month's.
        Actor platform = fixtures.actor(w.platformAdmin());
        UnitRef d = refs.findById(w.d().id()).orElseThrow();
        ReportForm form = obligations.createForm(platform, d, new FormDefinition("Báo cáo truyền thông tháng " + w.tag(), List.of(
                new FormSection("so_lieu", "Số liệu", false, List.of(
                        new FormField("tin_bai", "Số tin bài", FieldType.NUMBER, true, null, 0.0, null, null, RollUp.SUM, null),
                        new FormField(ChannelActivity.POSTS_FIELD, "Số bài đăng trên các kênh truyền thông của đơn vị", FieldType.NUMBER, false, null,
                                0.0, null, null, RollUp.SUM, null)))), List.of()));
        Obligation monthly = obligations.createObligation(platform, d, new ObligationDraft(form.id(), "Báo cáo tháng " + w.tag(),
                ReportAudience.parse("CHILDREN"), Recipient.PARENT, PeriodType.MONTHLY, new DueRule.DayOfPeriodMonth(25), false, null, "", null, null,
                false, clock.today().minusYears(1)));
        lastMonth = YearMonth.from(clock.today()).minusMonths(1).toString();
        reports.submit(platform, reports.slot(refs.findById(w.a().id()).orElseThrow(), monthly.id(), lastMonth),
                Map.of("tin_bai", "4", ChannelActivity.POSTS_FIELD, "17"), UUID.randomUUID().toString());
    }

    Browser as(vn.lantoa.people.User user) {
        return new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
    }

    String below(long unitId) {
        return "/admin/u/" + unitId + "/channels/below";
    }

    @Test
    void thePhongSeesEachSchoolsChannelsByKindAndThePostsItReportedAndWhichSchoolHasNone() {
        Page page = as(w.adminD()).get(below(w.d().id()));
        assertThat(page.status()).isEqualTo(200);
        Element a = page.doc().selectFirst("tr[data-unit=" + w.a().id() + "]");
        assertThat(a.select("td[data-kind=FACEBOOK]").text()).isEqualTo("1");
        assertThat(a.select("td[data-kind=ZALO_OA]").text()).isEqualTo("1");
        assertThat(a.select("td[data-kind=YOUTUBE]").text()).isEqualTo("0");
        assertThat(a.select("td[data-total]").text()).isEqualTo("2");
        assertThat(a.select("td[data-month=" + lastMonth + "]").text()).isEqualTo("17");
        Element b = page.doc().selectFirst("tr[data-unit=" + w.b().id() + "]");
        assertThat(b.select("td[data-total]").text()).isEqualTo("0");
        assertThat(b.text()).contains("Chưa có kênh");
        assertThat(b.select("td[data-month=" + lastMonth + "]").text()).isEmpty();
        assertThat(page.doc().select("#sum-units").text()).isEqualTo("2");
        assertThat(page.doc().select("#sum-none").text()).isEqualTo("1");

        assertThat(as(w.adminD()).get(below(w.d().id()) + "?loc=none").doc().select("tr[data-unit]").eachAttr("data-unit"))
                .containsExactly(String.valueOf(w.b().id()));
        assertThat(as(w.adminD()).get(below(w.d().id()) + "?loc=ZALO_OA").doc().select("tr[data-unit]").eachAttr("data-unit"))
                .containsExactly(String.valueOf(w.a().id()));
        assertThat(as(w.adminD()).get(below(w.d().id()) + "?loc=YOUTUBE").doc().select("tr[data-unit]")).isEmpty();
        // Odd filters and pages read as "all" and "the last page", never an error.
        assertThat(as(w.adminD()).get(below(w.d().id()) + "?loc=%27%20OR%201=1&trang=999999999999").doc().select("tr[data-unit]")).hasSize(2);
    }

    @Test
    void theSosMatrixEqualsAnIndependentCountOfTheSubtree() {
        Page page = as(w.adminP()).get(below(w.p().id()));
        String path = "(SELECT path FROM unit WHERE id = " + w.p().id() + ")";
        long units = count("SELECT COUNT(*) FROM unit WHERE closed_on IS NULL AND path LIKE CONCAT(" + path + ", '_%')");
        long without = count("SELECT COUNT(*) FROM unit u LEFT JOIN unit_channel c ON c.unit_id = u.id AND c.active = TRUE "
                + "WHERE u.closed_on IS NULL AND u.path LIKE CONCAT(" + path + ", '_%') AND c.id IS NULL");
        assertThat(page.doc().select("#sum-units").text()).isEqualTo(String.valueOf(units)).isEqualTo("3");
        assertThat(page.doc().select("#sum-none").text()).isEqualTo(String.valueOf(without)).isEqualTo("1");
        long facebookUnits = count("SELECT COUNT(DISTINCT c.unit_id) FROM unit_channel c JOIN unit u ON u.id = c.unit_id WHERE c.active = TRUE "
                + "AND c.kind = 'FACEBOOK' AND u.path LIKE CONCAT(" + path + ", '_%')");
        assertThat(page.doc().select(".stat[data-kind=FACEBOOK] .num").text()).isEqualTo(String.valueOf(facebookUnits)).isEqualTo("2");
        int shownChannels = page.doc().select("td[data-total]").stream().mapToInt(td -> Integer.parseInt(td.text())).sum();
        assertThat((long) shownChannels).isEqualTo(count("SELECT COUNT(*) FROM unit_channel c JOIN unit u ON u.id = c.unit_id WHERE c.active = TRUE "
                + "AND u.path LIKE CONCAT(" + path + ", '_%')"));
        assertThat(page.doc().select("tr[data-unit]").eachAttr("data-unit")).containsExactly(String.valueOf(w.d().id()), String.valueOf(w.a().id()),
                String.valueOf(w.b().id()));
    }

    @Test
    void theExportHasARowPerUnitWithItsCountsAndPosts() throws Exception {
        Page xlsx = as(w.adminD()).get(below(w.d().id()) + "/export.xlsx", "*/*");
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Row> rows = book.getFirstSheet().read();
            Row heads = rows.stream().filter(r -> r.getCellText(0).equals("Đơn vị")).findFirst().orElseThrow();
            assertThat(heads.getCellText(1)).isEqualTo("Fanpage Facebook");
            Row a = rows.stream().filter(r -> r.getCellText(0).equals(w.a().name())).findFirst().orElseThrow();
            assertThat(a.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("1");
            assertThat(a.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("2");
            assertThat(a.getCellAsNumber(heads.getCellCount() - 1).orElseThrow()).isEqualByComparingTo("17");
            assertThat(rows.stream().filter(r -> r.getCellText(0).equals(w.b().name()))).hasSize(1);
        }
    }

    @Test
    void theViewIsReadFromAboveButNotBySiblingsOrSchools() {
        assertThat(as(w.adminP()).get(below(w.d().id())).status()).isEqualTo(200);
        assertThat(as(w.adminA()).get(below(w.d().id())).status()).isEqualTo(404);
        assertThat(as(w.adminQ()).get(below(w.d().id())).status()).isEqualTo(404);
        assertThat(as(w.adminQ()).get(below(w.d().id()) + "/export.xlsx", "*/*").status()).isEqualTo(404);
        assertThat(as(w.adminB()).get(below(w.b().id())).doc().select("tr[data-unit]")).isEmpty();
    }
}
