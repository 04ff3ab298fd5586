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
    DemoStart demo;
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
    @Inject
    vn.lantoa.reporting.send.ReportService reportService;
    @Inject
    vn.lantoa.tenancy.UnitRefRepository unitRefs;

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
    void theSpokespersonsOfDakLakAndBaRiaVungTauLandOnTheirPressWorkWithTheirEventsAndSettings() {
        Browser dakLak = new Browser(server.getURI()).signIn("phatngon@daklak.edu.vn", DemoData.PASSWORD);
        String home = dakLak.get("/admin").location();
        Page page = dakLak.get(home);
        assertThat(page.doc().select("h1").text()).isEqualTo("Sở Giáo dục và Đào tạo Đắk Lắk");
        assertThat(page.doc().select("#home-press-event").text()).contains("Phỏng vấn về tuyển sinh lớp 10");
        assertThat(dakLak.get(home + "/press/events").doc().select("#events-past").text())
                .contains("Họp báo thông tin về Kỳ thi tốt nghiệp THPT năm 2024", "24/06/2024 08:30");
        assertThat(dakLak.get(home + "/press/settings").doc().select("#f-digestFrequency option[selected]").text()).isEqualTo("Hằng ngày");

        Browser brvt = new Browser(server.getURI()).signIn("phatngon@baria-vungtau.edu.vn", DemoData.PASSWORD);
        String brvtHome = brvt.get("/admin").location();
        Page events = brvt.get(brvtHome + "/press/events");
        String trip = events.doc().select("#events-past a:contains(Đoàn phóng viên tìm hiểu mô hình trường học số)").attr("href");
        Page tripPage = brvt.get(trip);
        assertThat(tripPage.doc().select("#event-kind").text()).isEqualTo("Đưa phóng viên đi thực tế");
        assertThat(tripPage.doc().select("#event-members").text()).contains("Lê Văn Tuyên", "Lâm Thị Ngọc Diệp");
        assertThat(tripPage.doc().select("#event-coverage li")).isNotEmpty();

        // The negative clipping Phòng Vũng Tàu sent up became the Sở's own open incident, linked to the Sở's copy.
        Page incidents = brvt.get(brvtHome + "/press/incidents");
        String incident = incidents.doc().select("td a:contains(Phụ huynh phản ánh thu chi đầu năm học)").attr("href");
        assertThat(incident).startsWith(brvtHome + "/press/incidents/");
        assertThat(brvt.get(incident).doc().select("#incident-links").text()).contains("Phụ huynh phản ánh thu chi đầu năm học");
    }

    @Test
    void soDongNaisFanpageAndItsUnitsFanpagesShowWithQrCodesAndTheSoSeesThePostsTheyReported() {
        Browser visitor = new Browser(server.getURI());
        Page so = visitor.get("/so-gddt-dong-nai/kenh-truyen-thong");
        assertThat(so.doc().select("#channels-own h2").eachText()).containsExactly("Thông tin Giáo dục Đồng Nai", "Sở Giáo dục và Đào tạo Đồng Nai");
        String school = visitor.get("/so-gddt-dong-nai/don-vi").doc().select("a:contains(Lương Thế Vinh)").attr("href");
        Page schoolChannels = visitor.get(school + "kenh-truyen-thong");
        assertThat(schoolChannels.doc().select("#channels-own h2").eachText()).containsExactly("Trường THPT chuyên Lương Thế Vinh – Đồng Nai");
        assertThat(schoolChannels.doc().select("#channels-above h3").eachText()).contains("Thông tin Giáo dục Đồng Nai");
        assertThat(visitor.get(school + "kenh-truyen-thong/ap-phich.pdf", "application/pdf").status()).isEqualTo(200);

        Browser admin = new Browser(server.getURI()).signIn("quantri@dongnai.edu.vn", DemoData.PASSWORD);
        long soId = transactions.executeRead(status -> jdbc.prepareStatement("SELECT id FROM unit WHERE slug = 'so-gddt-dong-nai'", ps -> {
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
        Page below = admin.get("/admin/u/" + soId + "/channels/below");
        assertThat(below.doc().select("#sum-units").text()).isEqualTo("2");
        assertThat(below.doc().select("#sum-none").text()).isEqualTo("0");
        assertThat(below.doc().select("td[data-month]").eachText()).contains("14", "11", "17", "5", "3", "6");
    }

    @Test
    void dakLakThptLakAndBaRiaVungTauHaveTheirOwnColourLogoBannerAndSlideshow() {
        Browser visitor = new Browser(server.getURI());
        for (var site : java.util.Map.of("so-gddt-dak-lak", "#8a3324", "thpt-lak", "#1b7a3a", "so-gddt-ba-ria-vung-tau", "#0e5a8a").entrySet()) {
            var home = visitor.get("/" + site.getKey() + "/").doc();
            assertThat(home.body().attr("style")).as(site.getKey()).contains("--site-colour:" + site.getValue()).contains("--site-banner:url(");
            assertThat(home.select(".site-name img.site-logo")).as(site.getKey()).hasSize(1);
            assertThat(home.select(".slideshow .slide img")).as(site.getKey()).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(img -> assertThat(img.attr("alt")).isNotBlank());
        }
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
        assertThat(all.stream().map(Row::channel).distinct()).containsExactlyInAnyOrder("WEB_FORM", "PHONE", "EMAIL", "IN_PERSON", "FORWARDED");
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
            // The demo's forwarded case came in through the Phòng's web form: it keeps its follow link and first step.
            boolean web = c.channel().equals("WEB_FORM") || c.channel().equals("FORWARDED");
            assertThat(c.followTokenHash() != null).as(c.code()).isEqualTo(web);
            assertThat(c.steps().get(0)).as(c.code()).isEqualTo(web ? "RECEIVED" : "LOGGED");
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

    @Test
    void theCaseThePhongForwardedIsAtTheSchoolWithItsWholeHistoryAndThePhongSeesWhereItIs() {
        long hoangMai = units.findBySlug("phong-gddt-quan-hoang-mai").orElseThrow().id();
        long tanMai = units.findBySlug("thcs-tan-mai").orElseThrow().id();
        List<Row> forwarded = deskCases("thcs-tan-mai").stream().filter(c -> c.channel().equals("FORWARDED")).toList();
        assertThat(forwarded).hasSize(1);
        Row c = forwarded.get(0);
        assertThat(c.status()).isEqualTo("DA_TRA_LOI");
        assertThat(c.steps()).containsExactly("RECEIVED", "ACKNOWLEDGED", "FORWARDED", "ACKNOWLEDGED", "ASSIGNED", "ANSWERED");
        assertThat(deskCases("phong-gddt-quan-hoang-mai")).extracting(Row::id).doesNotContain(c.id());
        java.time.Instant[] moved = transactions.executeRead(status -> jdbc.prepareStatement("SELECT t.at, s.at, t.code FROM desk_case_transfer t "
                + "JOIN desk_case_step s ON s.case_id = t.case_id AND s.kind = 'FORWARDED' WHERE t.case_id = ? AND t.from_unit_id = ? AND t.to_unit_id = ? "
                + "AND t.kind = 'FORWARDED'", ps -> {
            ps.setLong(1, c.id());
            ps.setLong(2, hoangMai);
            ps.setLong(3, tanMai);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(3)).isEqualTo(c.code());
                return new java.time.Instant[] {instant(rs, 1), instant(rs, 2)};
            }
        }));
        // Forwarded in the demo's past, on a working morning, between the parent's message and the school's answer.
        assertThat(moved[0]).isEqualTo(moved[1]).isAfter(c.received()).isBefore(c.acknowledged()).isBefore(c.answered());
        assertThat(java.time.LocalDate.ofInstant(moved[0], vn.lantoa.platform.time.VietnamTime.ZONE).getDayOfWeek())
                .isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
        long audited = transactions.executeRead(status -> jdbc.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'desk_case' "
                + "AND entity_id = ? AND action = 'desk.forwarded' AND occurred_at = ?", ps -> {
            ps.setString(1, String.valueOf(c.id()));
            ps.setTimestamp(2, java.sql.Timestamp.from(moved[0]));
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
        assertThat(audited).isEqualTo(2);

        Browser school = new Browser(server.getURI()).signIn("duongdaynong.thcstanmai@hanoi.edu.vn", DemoData.PASSWORD);
        assertThat(school.get("/admin/u/" + tanMai + "/desk").doc().select("#queue tr[data-case=" + c.code() + "]").text())
                .contains("Chuyển từ đơn vị khác").contains("Đã trả lời");
        Page atSchool = school.get("/admin/u/" + tanMai + "/desk/cases/" + c.id());
        assertThat(atSchool.doc().select("#history li")).hasSize(6);
        assertThat(atSchool.doc().select("#history").text()).contains("Đỗ Thị Lan").contains("Chuyển đơn vị khác")
                .contains("Phòng Giáo dục và Đào tạo quận Hoàng Mai → Trường THCS Tân Mai").contains("Nguyễn Thị Thanh Hương");
        assertThat(atSchool.doc().select("#citizen").text()).contains("Trịnh Minh Châu");
        assertThat(atSchool.doc().select("#case-answer").text()).contains("tự nguyện");

        Browser phong = new Browser(server.getURI()).signIn("quantri.hoangmai@hanoi.edu.vn", DemoData.PASSWORD);
        Page trace = phong.get("/admin/u/" + hoangMai + "/desk/forwarded");
        assertThat(HtmlCheck.problems(trace.body())).isEmpty();
        assertThat(trace.doc().select("#forwarded tr[data-case=" + c.code() + "]").text()).contains("Trường THCS Tân Mai").contains("Đã trả lời")
                .contains("Đỗ Thị Lan");
        Page readBelow = phong.get(trace.doc().select("#forwarded tr[data-case=" + c.code() + "] a").attr("href"));
        assertThat(readBelow.status()).isEqualTo(200);
        assertThat(readBelow.doc().select("#case-unit").text()).isEqualTo("Trường THCS Tân Mai");
        assertThat(readBelow.doc().select("#citizen").text()).contains("Trịnh Minh Châu");
        assertThat(readBelow.doc().select("#history li")).hasSize(6);
    }

    /** The figures of one unit's month, counted here from the register's and the desk's rows, apart from the prefill's queries. */
    private record Month(long arisen, long resolved, long received, long handled, List<String> titles) {
    }

    private Month counted(long unitId, vn.lantoa.reporting.core.Period period) {
        java.time.Instant from = vn.lantoa.platform.time.VietnamTime.startOf(period.start());
        java.time.Instant to = vn.lantoa.platform.time.VietnamTime.startOf(period.end().plusDays(1));
        return transactions.executeRead(status -> {
            List<String> titles = new ArrayList<>();
            long[] n = new long[4];
            jdbc.prepareStatement("SELECT first_seen_on, status, resolved_at, title FROM public_opinion_issue WHERE unit_id = ? ORDER BY first_seen_on, id", ps -> {
                ps.setLong(1, unitId);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        java.time.LocalDate seen = rs.getDate(1).toLocalDate();
                        if (seen.isBefore(period.start()) || seen.isAfter(period.end())) {
                            continue;
                        }
                        n[0]++;
                        titles.add(rs.getString(4));
                        if (rs.getString(2).equals("RESOLVED") && instant(rs, 3).isBefore(to)) {
                            n[1]++;
                        }
                    }
                }
                return null;
            });
            jdbc.prepareStatement("SELECT received_at, answered_at, closed_at FROM desk_case WHERE unit_id = ? AND spam = FALSE", ps -> {
                ps.setLong(1, unitId);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        java.time.Instant received = instant(rs, 1);
                        if (received.isBefore(from) || !received.isBefore(to)) {
                            continue;
                        }
                        n[2]++;
                        java.time.Instant answered = instant(rs, 2);
                        java.time.Instant closed = instant(rs, 3);
                        if (answered != null && answered.isBefore(to) || closed != null && closed.isBefore(to)) {
                            n[3]++;
                        }
                    }
                }
                return null;
            });
            return new Month(n[0], n[1], n[2], n[3], titles);
        });
    }

    private static List<String> tableTitles(Map<String, String> values) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; values.containsKey("vu_viec[" + i + "].noi_dung"); i++) {
            titles.add(values.get("vu_viec[" + i + "].noi_dung"));
        }
        return titles;
    }

    @Test
    void baRiaVungTausUnitsReportPublicOpinionFromTheirRegisterAndEveryPrefillEqualsTheRegistersOwnCount() {
        long so = units.findBySlug("so-gddt-ba-ria-vung-tau").orElseThrow().id();
        List<Unit> below = units.findByParentIdOrderByName(so);
        assertThat(below).extracting(Unit::name).containsExactlyInAnyOrder("Phòng Giáo dục và Đào tạo thành phố Vũng Tàu", "Trường THPT Vũng Tàu");
        long obligationId = transactions.executeRead(status -> jdbc.prepareStatement("SELECT id FROM obligation WHERE unit_id = ? AND title = ?", ps -> {
            ps.setLong(1, so);
            ps.setString(2, "Báo cáo tình hình dư luận và kết quả xử lý hằng tháng");
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
        long issuesReported = 0;
        for (Unit unit : below) {
            vn.lantoa.tenancy.UnitRef ref = unitRefs.findById(unit.id()).orElseThrow();
            List<String> periods = transactions.executeRead(status -> jdbc.prepareStatement("SELECT period_code FROM report WHERE unit_id = ? AND obligation_id = ?",
                    ps -> {
                        ps.setLong(1, unit.id());
                        ps.setLong(2, obligationId);
                        List<String> codes = new ArrayList<>();
                        try (java.sql.ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                codes.add(rs.getString(1));
                            }
                        }
                        return codes;
                    }));
            assertThat(periods).as(unit.name()).hasSizeGreaterThanOrEqualTo(10);
            int monthsWithIssues = 0;
            for (String code : periods) {
                vn.lantoa.reporting.obligation.Slot slot = reportService.slot(ref, obligationId, code);
                vn.lantoa.reporting.core.Report report = reportService.report(slot).orElseThrow();
                Map<String, String> prefilled = reportService.prefilledOf(report);
                Map<String, String> answers = reportService.answersOf(report);
                Month month = counted(unit.id(), slot.period());
                String as = unit.name() + " " + code;
                assertThat(prefilled).as(as).containsEntry("so_vu_viec", String.valueOf(month.arisen())).containsEntry("da_xu_ly", String.valueOf(month.resolved()))
                        .containsEntry("y_kien_nhan", String.valueOf(month.received())).containsEntry("y_kien_xu_ly", String.valueOf(month.handled()));
                assertThat(tableTitles(prefilled)).as(as).isEqualTo(month.titles());
                // What the unit sent (or keeps as a draft) is the register's: the numbers and the table as prefilled.
                assertThat(answers).as(as).containsEntry("so_vu_viec", prefilled.get("so_vu_viec")).containsEntry("da_xu_ly", prefilled.get("da_xu_ly"));
                assertThat(tableTitles(answers)).as(as).isEqualTo(month.titles());
                monthsWithIssues += month.arisen() > 0 ? 1 : 0;
                issuesReported += month.arisen();
            }
            assertThat(monthsWithIssues).as(unit.name()).isGreaterThanOrEqualTo(3);
            vn.lantoa.reporting.obligation.Slot current = reportService.slot(ref, obligationId,
                    vn.lantoa.reporting.core.Period.containing(vn.lantoa.reporting.core.PeriodType.MONTHLY, vn.lantoa.platform.time.VietnamTime.today(clock)).code());
            Map<String, String> live = reportService.prefillFor(current, reportService.form(reportService.formVersion(current, null)));
            Month now = counted(unit.id(), current.period());
            assertThat(live).containsEntry("so_vu_viec", String.valueOf(now.arisen())).containsEntry("y_kien_nhan", String.valueOf(now.received()));
        }
        long registered = transactions.executeRead(status -> jdbc.prepareStatement("SELECT COUNT(*) FROM public_opinion_issue i JOIN unit u ON u.id = i.unit_id "
                + "WHERE u.parent_id = ?", ps -> {
            ps.setLong(1, so);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
        assertThat(issuesReported).isEqualTo(registered).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theSoReadsOneRegisterAcrossItsUnitsAndTheirReportsShowWhereEachFigureCameFrom() {
        long so = units.findBySlug("so-gddt-ba-ria-vung-tau").orElseThrow().id();
        Unit phong = units.findByParentIdOrderByName(so).stream().filter(u -> u.name().startsWith("Phòng")).findFirst().orElseThrow();
        Browser sở = new Browser(server.getURI()).signIn("quantri@baria-vungtau.edu.vn", DemoData.PASSWORD);
        Page register = sở.get("/admin/u/" + so + "/desk/register");
        assertThat(HtmlCheck.problems(register.body())).isEmpty();
        List<String> keepers = register.doc().select("#register tr[data-issue]").eachText();
        assertThat(keepers).hasSizeGreaterThanOrEqualTo(14);
        assertThat(register.doc().select("#register").text()).contains("Sở Giáo dục và Đào tạo Bà Rịa - Vũng Tàu", "Phòng Giáo dục và Đào tạo thành phố Vũng Tàu",
                "Trường THPT Vũng Tàu");
        assertThat(sở.get("/admin/u/" + so + "/desk/register?q=day+them").doc().select("#register tr[data-issue]")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sở.get("/admin/u/" + so + "/desk").doc().select("#queue tr[data-case]")).hasSizeGreaterThanOrEqualTo(3);

        Browser officer = new Browser(server.getURI()).signIn("baocao.pgdvungtau@baria-vungtau.edu.vn", DemoData.PASSWORD);
        Page own = officer.get("/admin/u/" + phong.id() + "/desk/register");
        assertThat(own.doc().select("#register tr[data-issue]")).hasSizeGreaterThanOrEqualTo(7);
        String linked = own.doc().select("#register tr[data-issue]:contains(suất ăn bán trú) a").attr("href");
        Page issue = officer.get(linked);
        assertThat(issue.status()).isEqualTo(200);
        assertThat(issue.text()).contains("PA-");
        long obligationId = transactions.executeRead(status -> jdbc.prepareStatement("SELECT id FROM obligation WHERE unit_id = ? AND title = ?", ps -> {
            ps.setLong(1, so);
            ps.setString(2, "Báo cáo tình hình dư luận và kết quả xử lý hằng tháng");
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
        // The newest month the Phòng sent with issues in it.
        List<String> sent = transactions.executeRead(status -> jdbc.prepareStatement("SELECT period_code FROM report WHERE unit_id = ? AND obligation_id = ? "
                + "AND status IN ('SUBMITTED', 'ACCEPTED') ORDER BY period_code DESC", ps -> {
            ps.setLong(1, phong.id());
            ps.setLong(2, obligationId);
            List<String> codes = new ArrayList<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        }));
        vn.lantoa.reporting.core.Period lastMonth = sent.stream().map(c -> vn.lantoa.reporting.core.Period.parse(vn.lantoa.reporting.core.PeriodType.MONTHLY, c))
                .filter(p -> counted(phong.id(), p).arisen() > 0).findFirst().orElseThrow();
        Month month = counted(phong.id(), lastMonth);
        Page report = officer.get("/admin/u/" + phong.id() + "/reports/" + obligationId + "/" + lastMonth.code());
        assertThat(report.status()).isEqualTo(200);
        assertThat(value(report, "so_vu_viec")).isEqualTo(String.valueOf(month.arisen()));
        assertThat(report.text()).contains("Lấy từ số liệu trên Lantoa.");
        month.titles().forEach(t -> assertThat(report.text()).contains(t));
        Page received = sở.get("/admin/u/" + so + "/received-reports/of/" + phong.id() + "/" + obligationId + "/" + lastMonth.code());
        if (received.status() == 303) {
            received = sở.get(received.location());
        }
        assertThat(received.status()).isEqualTo(200);
        assertThat(value(received, "so_vu_viec")).isEqualTo(String.valueOf(month.arisen()));
    }

    @Test
    void nothingInTheDemosReportsDeskOrRegisterHappensAfterTheDemosClock() {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        for (String column : List.of("report_version.created_at", "report.submitted_at", "report.first_submitted_at", "report.decided_at", "report.updated_at",
                "desk_case_step.at", "desk_case_transfer.at", "desk_case.updated_at", "public_opinion_issue.updated_at", "public_opinion_issue.resolved_at")) {
            String[] tc = column.split("\\.");
            long later = transactions.executeRead(status -> jdbc.prepareStatement("SELECT COUNT(*) FROM " + tc[0] + " WHERE " + tc[1] + " > ?", ps -> {
                ps.setTimestamp(1, now);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }));
            assertThat(later).as(column).isZero();
        }
    }

    /** A field's value on a report page, read-only or in its input. */
    private static String value(Page page, String key) {
        org.jsoup.nodes.Element field = page.doc().selectFirst("#f-" + key);
        assertThat(field).as(key).isNotNull();
        return field.tagName().equals("input") ? field.attr("value") : field.text();
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

    @Test
    void dakLaksSchoolGoodExampleReachesTheSoWithTheSchoolsCreditAndItsTrainingHasAttendance() {
        Browser dakLak = new Browser(server.getURI()).signIn("quantri@daklak.edu.vn", DemoData.PASSWORD);
        String home = dakLak.get("/admin").location();
        assertThat(dakLak.get(home + "/good-examples").doc().select("#examples tbody").text())
                .contains("Em Y Đức Ayŭn, học sinh lớp 8A", "Trường THCS Liên Sơn", "qua Phòng Giáo dục và Đào tạo huyện Lắk");
        String training = dakLak.get(home + "/trainings").doc().select("#organised a").attr("href");
        assertThat(dakLak.get(training).doc().select("#attendance-summary").text()).contains("đơn vị có người dự; 3 người có mặt.");
    }
}
