package vn.lantoa.demo;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.HtmlCheck;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo content of the default run, written into a database of its own. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    UnitRepository units;
    @Inject
    DemoData demo;
    @Inject
    io.micronaut.context.ApplicationContext context;
    @Inject
    vn.lantoa.reporting.rollup.TotalsCheck totalsCheck;
    @Inject
    io.micronaut.data.jdbc.runtime.JdbcOperations jdbc;
    @Inject
    io.micronaut.transaction.SynchronousTransactionManager<java.sql.Connection> transactions;
    @Inject
    java.time.Clock clock;
    @Inject
    vn.lantoa.desk.SlaClock sla;
    @Inject
    vn.lantoa.desk.DeskSummary deskSummary;

    @Override
    public Map<String, String> getProperties() {
        TestServers.startOnce();
        TestServers.recreateDatabase("lantoa_demo_test");
        return Map.of("datasources.default.url", TestServers.jdbcUrl("lantoa_demo_test"), "lantoa.demo.enabled", "true");
    }

    @Test
    void theTreeOfTheSeedDocumentsIsThere() {
        Unit ministry = units.findRoots().get(0);
        assertThat(ministry.type()).isEqualTo(UnitType.MINISTRY);
        assertThat(units.findByParentIdOrderByName(ministry.id())).extracting(Unit::name).containsExactlyInAnyOrder(
                "Sở Giáo dục và Đào tạo Bà Rịa - Vũng Tàu", "Sở Giáo dục và Đào tạo Đắk Lắk", "Sở Giáo dục và Đào tạo Đồng Nai",
                "Sở Giáo dục và Đào tạo Hà Nội");
        assertThat(units.existsBySlug("thpt-lak")).isTrue();
        assertThat(units.existsBySlug("phong-gddt-quan-hoang-mai")).isTrue();
    }

    @Test
    void everyDemoLoginSignsIn() {
        DemoLogins logins = demo.logins();
        assertThat(logins.rows()).hasSizeGreaterThan(15);
        for (DemoLogins.Row row : logins.rows()) {
            Browser browser = new Browser(server.getURI()).signIn(row.email(), logins.password());
            assertThat(browser.get("/admin").status()).as(row.email()).isEqualTo(303);
        }
    }

    @Test
    void aPrincipalLandsOnTheirSchoolWithItsCommitteeAndSpokesperson() {
        Browser browser = new Browser(server.getURI()).signIn("hieutruong.thcstanmai@hanoi.edu.vn", DemoData.PASSWORD);
        Page home = browser.get(browser.get("/admin").location());
        assertThat(home.doc().select("h1").text()).isEqualTo("Trường THCS Tân Mai");
        assertThat(home.text()).contains("Hoàng Văn Nam, Phó Hiệu trưởng");
    }

    @Test
    void soDongNaiAndThptLakHaveTheNewsDocumentsAndBanOfTheirSeeds() {
        Browser visitor = new Browser(server.getURI());

        Page dongNai = visitor.get("/so-gddt-dong-nai/");
        assertThat(dongNai.doc().select(".teaser-title a").eachText()).contains("Đẩy mạnh truyền thông về công tác giáo dục và đào tạo trong các đơn vị");
        assertThat(visitor.get("/so-gddt-dong-nai/van-ban").doc().select("td a").eachText()).contains("1564/SGDĐT-VP", "150/QĐ-TTg");
        Page dongNaiContacts = visitor.get("/so-gddt-dong-nai/lien-he");
        assertThat(dongNaiContacts.text()).contains("Trương Thị Kim Huệ", "Đỗ Thanh Tâm", "0938 192 279", "thanhtam.cthssv@dongnai.edu.vn");

        Page lak = visitor.get("/thpt-lak/");
        assertThat(lak.doc().select(".teaser-title a").eachText()).contains("Trường THPT Lắk triển khai Kế hoạch truyền thông năm 2024");
        assertThat(visitor.get("/thpt-lak/van-ban").doc().select("td a").eachText()).contains("141/KH-BGDĐT", "19/KH-SGDĐT");
        Page lakContacts = visitor.get("/thpt-lak/lien-he");
        assertThat(lakContacts.doc().select("table .stack-title").eachText()).anyMatch(name -> name.startsWith("Lê Văn Trị") && name.contains("Người phát ngôn"));
    }

    @Test
    void theBanOfSoDakLakWasFoundedByADecisionNotByItsPlan() {
        Page contacts = new Browser(server.getURI()).get("/so-gddt-dak-lak/lien-he");

        assertThat(contacts.doc().select("#h-committee ~ p.meta").text()).startsWith("Thành lập theo Quyết định số 25/QĐ-SGDĐT ngày 22/01/2024");
        assertThat(contacts.text()).doesNotContain("Quyết định số 19/KH");
        assertThat(contacts.doc().select("table .stack-title").eachText()).anyMatch(name -> name.startsWith("Phạm Đăng Khoa"));
    }

    @Test
    void theExamArticlesOf2024AreDatedInTheExamPeriodOf2024() {
        Page category = new Browser(server.getURI()).get("/so-gddt-dak-lak/chuyen-muc/ky-thi-tot-nghiep-thpt-nam-2024");

        List<String> dates = category.doc().select(".teaser time").eachAttr("datetime");
        assertThat(dates).hasSize(5).allMatch(d -> d.startsWith("2024-05") || d.startsWith("2024-06"));
        assertThat(category.doc().select(".teaser").text()).contains("27/06/2024", "28/06/2024");
    }

    @Test
    void hoangMaiBaRiaVungTauAndItsPhongHaveABanHotlineAndSpokesperson() {
        Browser visitor = new Browser(server.getURI());
        Unit vungTau = units.findByParentIdOrderByName(units.findBySlug("so-gddt-ba-ria-vung-tau").orElseThrow().id()).stream()
                .filter(u -> u.name().equals("Phòng Giáo dục và Đào tạo thành phố Vũng Tàu")).findFirst().orElseThrow();
        for (String slug : List.of("phong-gddt-quan-hoang-mai", "so-gddt-ba-ria-vung-tau", vungTau.slug())) {
            Page contacts = visitor.get("/" + slug + "/lien-he");
            assertThat(contacts.doc().select("#h-hotline").text()).as(slug).isEqualTo("Đường dây nóng");
            assertThat(contacts.doc().select("table .stack-title .tag").eachText()).as(slug).containsExactly("Người phát ngôn");
            assertThat(visitor.get("/" + slug + "/").doc().select("#h-contact ~ p").text()).as(slug).contains("Người phát ngôn");
        }
        assertThat(visitor.get("/so-gddt-ba-ria-vung-tau/lien-he").text()).contains("Lê Văn Tuyên", "0918 019 574");
        assertThat(visitor.get("/phong-gddt-quan-hoang-mai/lien-he").text()).contains("Phạm Đàm Thục Hạnh");
    }

    @Test
    void everyUnitsPublicPagesPassTheHtmlCheckAndTheEnglishPageLeadsToItsParents() {
        Browser visitor = new Browser(server.getURI());
        List<Unit> all = new ArrayList<>(units.findRoots());
        for (int i = 0; i < all.size(); i++) {
            all.addAll(units.findByParentIdOrderByName(all.get(i).id()));
        }
        for (Unit unit : all) {
            for (String page : List.of("/", "/lien-he", "/en", "/van-ban")) {
                Page shown = visitor.get("/" + unit.slug() + page);
                assertThat(shown.status()).as(unit.slug() + page).isEqualTo(200);
                assertThat(HtmlCheck.problems(shown.body())).as(unit.slug() + page).isEmpty();
            }
            if (unit.parentId() != null) {
                String reportsTo = visitor.get("/" + unit.slug() + "/en").doc().select("a:has(span[lang=vi])").attr("href");
                assertThat(visitor.get(reportsTo).status()).as("Reports to of " + unit.slug() + ": " + reportsTo).isEqualTo(200);
            }
        }
    }

    @Test
    void everyGroupsTotalsInTheDemoEqualItsReportsValues() {
        assertThat(totalsCheck.run()).isEmpty();
    }

    @Test
    void aSecondStartDoesNotWriteTheDemoAgain() {
        long before = units.count();
        demo.onStartup(new StartupEvent(context));
        assertThat(units.count()).isEqualTo(before);
        assertThat(demo.logins().rows()).isNotEmpty();
    }

    // desk-seed: the listening desk of the demo

    /** One demo case as the database has it, read apart from the desk's own code. */
    record Row(long id, long unitId, String code, String channel, String topic, String status, boolean spam, java.time.Instant received,
               java.time.Instant acknowledged, java.time.Instant answered, java.time.Instant closed, String answerText, String result,
               Long assigneeId, String followTokenHash, String searchText, List<String> steps, List<String> details) {
    }

    private List<Row> deskCases(String unitSlug) {
        long unitId = units.findBySlug(unitSlug).orElseThrow().id();
        return transactions.executeRead(status -> jdbc.prepareStatement("SELECT id, unit_id, code, channel, topic, status, spam, received_at, "
                + "acknowledged_at, answered_at, closed_at, answer_text, result, assignee_id, follow_token_hash, search_text, "
                + "(SELECT GROUP_CONCAT(kind ORDER BY at, id SEPARATOR ' ') FROM desk_case_step s WHERE s.case_id = c.id AND s.unit_id = c.unit_id) "
                + "FROM desk_case c WHERE unit_id = ? ORDER BY received_at", ps -> {
            ps.setLong(1, unitId);
            List<Row> rows = new ArrayList<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long caseId = rs.getLong(1);
                    rows.add(new Row(caseId, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                            instant(rs, 8), instant(rs, 9), instant(rs, 10), instant(rs, 11), rs.getString(12), rs.getString(13),
                            rs.getObject(14) == null ? null : rs.getLong(14), rs.getString(15), rs.getString(16), List.of(rs.getString(17).split(" ")),
                            stepDetails(caseId)));
                }
            }
            return rows;
        }));
    }

    private List<String> stepDetails(long caseId) {
        return jdbc.prepareStatement("SELECT detail FROM desk_case_step WHERE case_id = ? ORDER BY at, id", ps -> {
            ps.setLong(1, caseId);
            List<String> details = new ArrayList<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    details.add(rs.getString(1));
                }
            }
            return details;
        });
    }

    private static java.time.Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private boolean overdue(Row c, java.time.Instant now) {
        if (c.spam() || c.answered() != null || c.status().equals("DA_DONG")) {
            return false;
        }
        java.time.Instant due = c.acknowledged() == null ? sla.acknowledgeDue(c.received()) : sla.answerDue(c.received());
        return due.isBefore(now);
    }

    @Test
    void tanMaiAndHoangMaiHaveCasesOfEveryStatusAndChannelWithAHistoryThatFitsEachStatus() {
        List<Row> all = new ArrayList<>(deskCases("thcs-tan-mai"));
        all.addAll(deskCases("phong-gddt-quan-hoang-mai"));

        assertThat(all.stream().filter(c -> !c.spam()).map(Row::status).distinct())
                .containsExactlyInAnyOrder("MOI", "DA_TIEP_NHAN", "DANG_XU_LY", "DA_TRA_LOI", "DA_DONG");
        assertThat(all.stream().map(Row::channel).distinct()).containsExactlyInAnyOrder("WEB_FORM", "PHONE", "EMAIL", "IN_PERSON");
        assertThat(all.stream().map(Row::topic).distinct().count()).isGreaterThanOrEqualTo(7);
        assertThat(all).filteredOn(Row::spam).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo("DA_DONG");
            assertThat(c.steps()).endsWith("SPAM");
        });
        java.time.LocalDate today = vn.lantoa.platform.time.VietnamTime.today(clock);
        assertThat(all).allSatisfy(c -> {
            java.time.LocalDate day = java.time.LocalDate.ofInstant(c.received(), vn.lantoa.platform.time.VietnamTime.ZONE);
            assertThat(day).as(c.code()).isBetween(today.minusMonths(4), today);
            assertThat(c.code()).as(c.code()).matches("PA-" + String.format("%02d%02d", day.getYear() % 100, day.getMonthValue()) + "-[2-9A-HJKMNP-TV-Z]{4}");
            assertThat(c.followTokenHash() != null).as(c.code()).isEqualTo(c.channel().equals("WEB_FORM"));
            assertThat(c.steps().get(0)).as(c.code()).isEqualTo(c.channel().equals("WEB_FORM") ? "RECEIVED" : "LOGGED");
            assertThat(c.searchText()).as(c.code()).startsWith(c.code().toLowerCase(java.util.Locale.ROOT)).doesNotContain("ă", "ơ", "ư", "đ");
            if (c.spam()) {
                return;
            }
            switch (c.status()) {
                case "MOI" -> assertThat(c.steps()).as(c.code()).containsExactly("RECEIVED");
                case "DA_TIEP_NHAN" -> assertThat(c.acknowledged()).as(c.code()).isNotNull();
                case "DANG_XU_LY" -> {
                    assertThat(c.steps()).as(c.code()).contains("ASSIGNED");
                    assertThat(c.assigneeId()).as(c.code()).isNotNull();
                }
                case "DA_TRA_LOI" -> {
                    assertThat(c.steps()).as(c.code()).contains("ANSWERED").doesNotContain("CLOSED");
                    assertThat(c.details()).as(c.code()).contains(c.answerText());
                }
                default -> {
                    assertThat(c.steps()).as(c.code()).contains("ANSWERED").endsWith("CLOSED");
                    assertThat(c.details()).as(c.code()).contains(c.answerText(), c.result());
                    assertThat(c.closed()).as(c.code()).isAfter(c.answered());
                }
            }
            if (c.answered() != null) {
                assertThat(c.answered()).as(c.code()).isAfterOrEqualTo(c.acknowledged());
            }
        });
        long officer = users("duongdaynong.thcstanmai@hanoi.edu.vn");
        assertThat(all).filteredOn(c -> Long.valueOf(officer).equals(c.assigneeId())).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void twoCasesAreOverdueAtTheDemoClockAndTheHotlineOfficersHomeCardCountsThem() {
        java.time.Instant now = clock.instant();
        List<Row> tanMai = deskCases("thcs-tan-mai");
        List<Row> hoangMai = deskCases("phong-gddt-quan-hoang-mai");
        assertThat(java.util.stream.Stream.concat(tanMai.stream(), hoangMai.stream()).filter(c -> overdue(c, now))).hasSize(2);

        long open = tanMai.stream().filter(c -> !c.spam() && List.of("MOI", "DA_TIEP_NHAN", "DANG_XU_LY").contains(c.status())).count();
        long fresh = tanMai.stream().filter(c -> !c.spam() && c.status().equals("MOI")).count();
        long overdue = tanMai.stream().filter(c -> overdue(c, now)).count();
        long unitId = units.findBySlug("thcs-tan-mai").orElseThrow().id();
        assertThat(deskSummary.of(unitId)).isEqualTo(new vn.lantoa.desk.DeskSummary.Counts(open, fresh, overdue));

        Browser officer = new Browser(server.getURI()).signIn("duongdaynong.thcstanmai@hanoi.edu.vn", DemoData.PASSWORD);
        Page home = officer.get(officer.get("/admin").location());
        assertThat(home.doc().select("#home-desk p").first().text())
                .isEqualTo("Đang mở " + open + " phản ánh, trong đó " + fresh + " mới và " + overdue + " quá hạn.");
        Page queue = officer.get("/admin/u/" + unitId + "/desk");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(HtmlCheck.problems(queue.body())).isEmpty();
        assertThat(queue.doc().select("#overdue-count").text()).isEqualTo(overdue + " phản ánh đã quá hạn.");
        assertThat(queue.doc().select("#queue tr[data-case]").eachAttr("data-case"))
                .containsExactlyInAnyOrderElementsOf(tanMai.stream().filter(c -> !c.spam()).map(Row::code).toList());
        List<String> traffic = tanMai.stream().filter(c -> !c.spam() && c.searchText().contains("phan luong")).map(Row::code).toList();
        assertThat(traffic).isNotEmpty();
        assertThat(officer.get("/admin/u/" + unitId + "/desk?q=ph%C3%A2n+lu%E1%BB%93ng").doc().select("#queue tr[data-case]").eachAttr("data-case"))
                .containsExactlyInAnyOrderElementsOf(traffic);
        assertThat(officer.get("/admin/u/" + unitId + "/desk?q=phan+luong").doc().select("#queue tr[data-case]").eachAttr("data-case"))
                .containsExactlyInAnyOrderElementsOf(traffic);
        for (Row c : tanMai) {
            Page shown = officer.get("/admin/u/" + unitId + "/desk/cases/" + c.id());
            assertThat(shown.status()).as(c.code()).isEqualTo(200);
            assertThat(HtmlCheck.problems(shown.body())).as(c.code()).isEmpty();
            assertThat(shown.doc().select("#history li")).as(c.code()).hasSize(c.steps().size());
        }
    }

    @Test
    void soDakLaksExamHotlineAnsweredEveryCallDuringThe2024Exam() {
        List<Row> calls = deskCases("so-gddt-dak-lak");

        assertThat(calls).hasSizeGreaterThanOrEqualTo(10).allSatisfy(c -> {
            assertThat(c.received()).as(c.code()).isBetween(java.time.Instant.parse("2024-05-31T17:00:00Z"), java.time.Instant.parse("2024-07-31T17:00:00Z"));
            assertThat(c.code()).as(c.code()).matches("PA-240[67]-.{4}");
            assertThat(c.status()).as(c.code()).isEqualTo("DA_DONG");
            assertThat(c.answered()).as(c.code()).isNotNull();
            assertThat(c.steps()).as(c.code()).contains("ANSWERED").endsWith("CLOSED");
        });
        assertThat(calls.stream().filter(c -> c.topic().equals("THI_CU")).count()).isGreaterThan(calls.size() / 2);
        assertThat(calls.stream().filter(c -> c.channel().equals("PHONE")).count()).isGreaterThan(calls.size() / 2);
        assertThat(deskSummary.of(units.findBySlug("so-gddt-dak-lak").orElseThrow().id()).open()).isZero();
    }

    private long users(String email) {
        return transactions.executeRead(status -> jdbc.prepareStatement("SELECT id FROM app_user WHERE email = ?", ps -> {
            ps.setString(1, email);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }
}
