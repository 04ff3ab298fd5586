package vn.lantoa.desk.stats;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.desk.CaseStatus;
import vn.lantoa.desk.Channel;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.desk.Topic;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;
import vn.lantoa.unit.Unit;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's statistics over a varied set of cases (every status, spam, weekends and holidays, answers right at and just
 * after the deadline, cases either side of midnight in Hanoi at the turn of a month): the database's counts equal a
 * count made here in Java from the same rows with the SLA clock itself, and the page and its spreadsheet show them to
 * the right people only.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskStatsTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 9, 0);
    static final StatsRange RANGE = new StatsRange(YearMonth.of(2026, 7), YearMonth.of(2026, 11));

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    SlaClock sla;
    @Inject
    DeskStatistics statistics;
    @Inject
    UnitRefRepository refs;
    @Inject
    JsonMapper json;

    Fixtures.World w;
    Unit c;
    User officerA;
    User officerB;
    List<DeskCase> cases = new ArrayList<>();
    Instant lastMomentOfAugust;

    @BeforeAll
    void world() throws Exception {
        clock.freezeAt(NOW);
        w = fixtures.world();
        c = fixtures.unit(fixtures.actor(w.platformAdmin()), w.d().id(), "Trường Mầm non Cúc Hoa " + w.tag(), UnitType.SCHOOL, SchoolLevel.MN);
        officerA = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline-a", w.tag());
        officerB = fixtures.member(w.b(), Role.HOTLINE_OFFICER, "hotline-b", w.tag());
        Random random = new Random(20261120);
        Instant from = LocalDateTime.of(2026, 6, 20, 0, 0).atZone(TestClock.VIETNAM).toInstant();
        Instant now = clock.instant();
        long span = Duration.between(from, now).getSeconds();
        long[] units = {w.a().id(), w.a().id(), w.a().id(), w.b().id(), w.d().id(), w.p().id(), w.z().id()};
        for (int i = 0; i < 400; i++) {
            Instant received = from.plusSeconds((long) (random.nextDouble() * span)).plusNanos(random.nextInt(1_000_000) * 1000L);
            cases.add(generated(units[random.nextInt(units.length)], "PA-R" + i, received, random, now));
        }
        // Either side of midnight in Hanoi at the turn of a month, and round a weekend, for school C alone.
        cases.add(answered(c.id(), "PA-C1", vietnam(2026, 6, 30, 23, 59, 59), null));
        cases.add(answered(c.id(), "PA-C2", vietnam(2026, 7, 1, 0, 0, 0), null));
        // The last second: mysql-connector-j sends no fractions of a second to MariaDB (it reads it as MySQL 5.5).
        lastMomentOfAugust = vietnam(2026, 8, 31, 23, 59, 59);
        cases.add(answered(c.id(), "PA-C3", lastMomentOfAugust, 0));
        cases.add(answered(c.id(), "PA-C4", vietnam(2026, 9, 1, 0, 0, 0), 1));
        cases.add(answered(c.id(), "PA-C5", vietnam(2026, 9, 4, 23, 59, 59), 1));
        cases.add(answered(c.id(), "PA-C6", vietnam(2026, 9, 5, 0, 0, 0), 0));
        insert(cases);
        cases = stored(List.of(w.p().id(), w.d().id(), w.a().id(), w.b().id(), c.id(), w.z().id()));
    }

    @Test
    void everyBreakdownOfTheDatabaseEqualsAnIndependentCountOfTheRows() {
        for (UnitRef unit : List.of(ref(w.d().id()), ref(w.p().id()), ref(w.a().id()), ref(c.id()))) {
            for (boolean subtree : List.of(true, false)) {
                StatsScope scope = new StatsScope(unit, subtree);
                for (StatsRange range : List.of(RANGE, new StatsRange(YearMonth.of(2026, 9), YearMonth.of(2026, 9)),
                        new StatsRange(YearMonth.of(2026, 1), YearMonth.of(2026, 12)))) {
                    Map<DeskStatistics.Breakdown, Function<DeskCase, String>> keys = Map.of(
                            DeskStatistics.Breakdown.TOTAL, x -> "all",
                            DeskStatistics.Breakdown.MONTH, x -> YearMonth.from(x.receivedAt().atZone(TestClock.VIETNAM)).toString(),
                            DeskStatistics.Breakdown.TOPIC, x -> x.topic().name(),
                            DeskStatistics.Breakdown.CHANNEL, x -> x.channel().name(),
                            DeskStatistics.Breakdown.UNIT, x -> String.valueOf(x.unitId()));
                    keys.forEach((breakdown, key) -> assertThat(new TreeMap<>(statistics.lines(scope, range, breakdown, clock.instant())))
                            .as(unit.name() + (subtree ? " and below, " : ", ") + range + ", " + breakdown)
                            .isEqualTo(expected(scope, range, key)));
                }
            }
        }
        // The data set has what it must to prove anything: every kind of line is there.
        StatsLine all = expected(new StatsScope(ref(w.p().id()), true), RANGE, x -> "all").get("all");
        assertThat(all.received()).isGreaterThan(200);
        assertThat(all.onTime()).isGreaterThan(10).isLessThan(all.answered());
        assertThat(all.open()).isGreaterThan(all.overdue()).isGreaterThan(10);
        assertThat(all.overdue()).isGreaterThan(5);
    }

    @Test
    void aCaseCountsInTheMonthOfItsDayInHanoiEitherSideOfMidnight() {
        Map<String, StatsLine> months = statistics.lines(new StatsScope(ref(c.id()), false), RANGE, DeskStatistics.Breakdown.MONTH, clock.instant());
        assertThat(cases.stream().filter(x -> x.code().equals("PA-C3")).findFirst().orElseThrow().receivedAt()).isEqualTo(lastMomentOfAugust);
        assertThat(months.get("2026-07").received()).as("00:00 on 1 July in Hanoi is 17:00 UTC on 30 June").isEqualTo(1);
        assertThat(months.get("2026-08").received()).as("23:59:59 on 31 August in Hanoi").isEqualTo(1);
        assertThat(months.get("2026-09").received()).isEqualTo(3);
        assertThat(months.get("2026-08").onTime()).as("answered at the very deadline").isEqualTo(1);
        assertThat(months.get("2026-09").onTime()).as("one second late twice, on time once (received on a Saturday)").isEqualTo(1);
        assertThat(statistics.lines(new StatsScope(ref(c.id()), false), RANGE, DeskStatistics.Breakdown.TOTAL, clock.instant()).get("all").received())
                .as("30 June at 23:59:59 in Hanoi is before the range").isEqualTo(5);
    }

    @Test
    void theOfficersPageShowsTheCountsByMonthTopicAndChannelWithChartsAndLinksFromTheQueue() {
        Browser officer = new Browser(server.getURI()).signIn(officerA.email(), Fixtures.PASSWORD);
        Page queue = officer.get("/admin/u/" + w.a().id() + "/desk?topic=HOC_PHI&q=phan+anh");
        assertThat(queue.doc().select("#desk-stats-links a[href=/admin/u/" + w.a().id() + "/desk/stats]")).hasSize(1);
        assertThat(queue.doc().select("#desk-stats-links a[href^=/admin/u/" + w.a().id() + "/desk/export.xlsx]").attr("href"))
                .contains("topic=HOC_PHI").contains("q=phan+anh");

        Page page = officer.get("/admin/u/" + w.a().id() + "/desk/stats?from=2026-07&to=2026-11");
        assertThat(page.status()).isEqualTo(200);
        Document doc = page.doc();
        StatsScope scope = new StatsScope(ref(w.a().id()), true);
        Map<String, StatsLine> months = expected(scope, RANGE, x -> YearMonth.from(x.receivedAt().atZone(TestClock.VIETNAM)).toString());
        for (String m : List.of("2026-07", "2026-08", "2026-09", "2026-10", "2026-11")) {
            StatsLine l = months.getOrDefault(m, StatsLine.empty(m));
            assertThat(cell(doc, "by-month", m, "received")).isEqualTo(String.valueOf(l.received()));
            assertThat(cell(doc, "by-month", m, "answered")).isEqualTo(String.valueOf(l.answered()));
            assertThat(cell(doc, "by-month", m, "overdue")).isEqualTo(String.valueOf(l.overdue()));
        }
        StatsLine fees = expected(scope, RANGE, x -> x.topic().name()).get("HOC_PHI");
        assertThat(cell(doc, "by-topic", "HOC_PHI", "received")).isEqualTo(String.valueOf(fees.received()));
        StatsLine phone = expected(scope, RANGE, x -> x.channel().name()).get("PHONE");
        assertThat(cell(doc, "by-channel", "PHONE", "open")).isEqualTo(String.valueOf(phone.open()));
        assertThat(doc.select("#c-months-cap").text()).contains("Nhận và đã trả lời theo tháng");
        assertThat(doc.select("figure.chart svg rect")).hasSizeGreaterThan(10);
        assertThat(doc.select("#by-unit tbody tr[data-key]")).extracting(e -> e.attr("data-key")).containsExactly(String.valueOf(w.a().id()));
        assertThat(doc.select("#stats-export").attr("href")).isEqualTo("/admin/u/" + w.a().id() + "/desk/stats/export.xlsx?from=2026-07&to=2026-11");
    }

    @Test
    void aParentSeesEachUnitBelowAndItselfWithTheirOwnCounts() {
        Browser reporter = new Browser(server.getURI()).signIn(w.reporterD().email(), Fixtures.PASSWORD);
        Document doc = reporter.get("/admin/u/" + w.d().id() + "/desk/stats?from=2026-07&to=2026-11").doc();
        Map<String, StatsLine> byUnit = expected(new StatsScope(ref(w.d().id()), true), RANGE, x -> String.valueOf(x.unitId()));
        assertThat(doc.select("#by-unit tbody tr[data-key]")).extracting(e -> e.attr("data-key"))
                .containsExactlyInAnyOrder(String.valueOf(w.d().id()), String.valueOf(w.a().id()), String.valueOf(w.b().id()), String.valueOf(c.id()));
        assertThat(doc.select("#by-unit tbody tr[data-key]").first().attr("data-key")).as("the unit itself first").isEqualTo(String.valueOf(w.d().id()));
        for (long unit : List.of(w.d().id(), w.a().id(), w.b().id(), c.id())) {
            assertThat(cell(doc, "by-unit", String.valueOf(unit), "received")).isEqualTo(String.valueOf(byUnit.get(String.valueOf(unit)).received()));
            assertThat(cell(doc, "by-unit", String.valueOf(unit), "onTime")).startsWith(String.valueOf(byUnit.get(String.valueOf(unit)).onTime()));
        }
        assertThat(doc.select("#by-unit").text()).doesNotContain(w.p().name()).doesNotContain(w.z().name());
        // The parent's reporter also reads a school's own page, read-only.
        assertThat(reporter.get("/admin/u/" + w.a().id() + "/desk/stats").status()).isEqualTo(200);
    }

    @Test
    void aSiblingSchoolGets404() {
        Browser sibling = new Browser(server.getURI()).signIn(officerB.email(), Fixtures.PASSWORD);
        assertThat(sibling.get("/admin/u/" + w.a().id() + "/desk/stats").status()).isEqualTo(404);
        assertThat(sibling.get("/admin/u/" + w.a().id() + "/desk/stats/export.xlsx", "*/*").status()).isEqualTo(404);
        assertThat(sibling.get("/admin/u/" + w.a().id() + "/desk/export.xlsx", "*/*").status()).isEqualTo(404);
    }

    @Test
    void aSchoolCannotSeeItsParentsStatistics() {
        for (User user : List.of(officerA, w.adminA())) {
            Browser school = new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
            assertThat(school.get("/admin/u/" + w.d().id() + "/desk/stats").status()).isEqualTo(404);
            assertThat(school.get("/admin/u/" + w.d().id() + "/desk/stats/export.xlsx", "*/*").status()).isEqualTo(404);
        }
    }

    @Test
    void theStatisticsSheetOpensAndItsTotalsMatchThePage() throws Exception {
        Browser reporter = new Browser(server.getURI()).signIn(w.reporterD().email(), Fixtures.PASSWORD);
        Document doc = reporter.get("/admin/u/" + w.d().id() + "/desk/stats?from=2026-07&to=2026-11").doc();
        Page xlsx = reporter.get("/admin/u/" + w.d().id() + "/desk/stats/export.xlsx?from=2026-07&to=2026-11", "*/*");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Row> rows = book.getFirstSheet().read();
            Row header = rows.stream().filter(r -> "Đã nhận".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(header.getCellText(3)).isEqualTo("Trả lời đúng hạn");
            assertThat(header.getCellText(6)).isEqualTo("Thời gian trả lời trung vị (giờ)");
            Row total = rows.stream().filter(r -> "Tổng cộng".equals(r.getCellText(0))).findFirst().orElseThrow();
            for (int col = 1; col <= 5; col++) {
                String name = List.of("received", "answered", "onTime", "open", "overdue").get(col - 1);
                assertThat(total.getCellAsNumber(col).orElseThrow().longValue()).as(name)
                        .isEqualTo(Long.parseLong(doc.select("tr[data-key=total] td[data-col=" + name + "]").first().text()));
            }
            assertThat(total.getCellAsNumber(6).orElseThrow().toString().replace('.', ','))
                    .startsWith(doc.select("tr[data-key=total] td[data-col=median]").text());
            Row august = rows.stream().filter(r -> "Tháng 8/2026".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(august.getCellAsNumber(1).orElseThrow().longValue()).isEqualTo(Long.parseLong(cell(doc, "by-month", "2026-08", "received")));
            assertThat(rows.stream().filter(r -> r.getCellText(0).equals(c.name())).findFirst().orElseThrow().getCellAsNumber(1).orElseThrow().intValue())
                    .isEqualTo(5);
        }
    }

    @Test
    void theQueueSheetFollowsTheQueuesFiltersAndCarriesPersonalDataOnlyForTheDeskRoles() throws Exception {
        Browser officer = new Browser(server.getURI()).signIn(officerA.email(), Fixtures.PASSWORD);
        Set<String> shown = officer.get("/admin/u/" + w.a().id() + "/desk?topic=HOC_PHI&status=DA_TRA_LOI").doc().select("#queue tr[data-case]").stream()
                .map(e -> e.attr("data-case")).collect(Collectors.toSet());
        assertThat(shown).isNotEmpty();
        String events = DeskStatsTestSql.one("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.exportQueue' AND unit_id = " + w.a().id());
        Page xlsx = officer.get("/admin/u/" + w.a().id() + "/desk/export.xlsx?topic=HOC_PHI&status=DA_TRA_LOI", "*/*");
        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Row> rows = book.getFirstSheet().read();
            Row header = rows.stream().filter(r -> "Mã".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(header.getCellText(1)).isEqualTo("Thời gian nhận");
            assertThat(header.getCellText(13)).isEqualTo("Số điện thoại");
            List<Row> data = rows.subList(rows.indexOf(header) + 1, rows.size());
            assertThat(data.stream().map(r -> r.getCellText(0)).collect(Collectors.toSet())).isEqualTo(shown);
            DeskCase first = cases.stream().filter(x -> x.code().equals(data.get(0).getCellText(0)) && x.unitId() == w.a().id()).findFirst().orElseThrow();
            assertThat(data.get(0).getCellText(1)).as("received, in Vietnam time").isEqualTo(vn.lantoa.platform.time.VietnamTime.dateTime(first.receivedAt()));
            assertThat(data.get(0).getCellText(13)).isEqualTo(first.citizenPhone());
            assertThat(data.get(0).getCellText(4)).isEqualTo("Đã trả lời");
        }
        assertThat(Long.parseLong(DeskStatsTestSql.one("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.exportQueue' AND unit_id = " + w.a().id())))
                .isEqualTo(Long.parseLong(events) + 1);

        Browser platform = new Browser(server.getURI()).signIn(w.platformAdmin().email(), Fixtures.PASSWORD);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(platform.get("/admin/u/" + w.a().id()
                + "/desk/export.xlsx?topic=HOC_PHI", "*/*").bytes()))) {
            Row header = book.getFirstSheet().read().stream().filter(r -> "Mã".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(header.getCellCount()).as("no personal data outside the handling unit's desk roles").isEqualTo(12);
        }
        Browser viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD);
        assertThat(viewer.get("/admin/u/" + w.a().id() + "/desk/export.xlsx", "*/*").status()).isEqualTo(403);
    }

    @Test
    void aRangeThatIsNotOneIsRefusedNextToItsField() {
        Browser officer = new Browser(server.getURI()).signIn(officerA.email(), Fixtures.PASSWORD);
        Page bad = officer.get("/admin/u/" + w.a().id() + "/desk/stats?from=th%C3%A1ng+b%E1%BA%A3y&to=2026-11");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.doc().select("#e-from").text()).isEqualTo("Tháng không hợp lệ, ví dụ 2026-11.");
        assertThat(bad.doc().select("#f-from").attr("value")).isEqualTo("tháng bảy");
        Page reversed = officer.get("/admin/u/" + w.a().id() + "/desk/stats?from=2026-11&to=2026-07");
        assertThat(reversed.doc().select("#e-to").text()).isEqualTo("Tháng kết thúc phải sau hoặc trùng tháng bắt đầu.");
        Page tooLong = officer.get("/admin/u/" + w.a().id() + "/desk/stats?from=2020-01&to=2026-11");
        assertThat(tooLong.doc().select("#e-to").text()).isEqualTo("Chọn tối đa 36 tháng.");
        assertThat(officer.get("/admin/u/" + w.a().id() + "/desk/stats/export.xlsx?from=2026-13", "*/*").status()).isBetween(400, 422);
        Page hostile = officer.get("/admin/u/" + w.a().id() + "/desk/stats?from=%3Cscript%3Ex%3C%2Fscript%3E");
        assertThat(hostile.body()).doesNotContain("<script>x</script>");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiAnswersTheSameLinesAsThePageAndRefusesABadRangeWithAStableCode() {
        Api reporter = new Api(server.getURI(), json).signIn(w.reporterD().email(), Fixtures.PASSWORD);
        Api.Reply reply = reporter.get("/api/v1/units/" + w.d().id() + "/case-statistics?from=2026-07&to=2026-11");
        assertThat(reply.status()).isEqualTo(200);
        StatsScope scope = new StatsScope(ref(w.d().id()), true);
        StatsLine all = expected(scope, RANGE, x -> "all").get("all");
        Map<String, Object> total = (Map<String, Object>) reply.json().get("total");
        assertThat(((Number) total.get("received")).longValue()).isEqualTo(all.received());
        assertThat(((Number) total.get("onTime")).longValue()).isEqualTo(all.onTime());
        assertThat(((Number) total.get("overdue")).longValue()).isEqualTo(all.overdue());
        assertThat(((Number) total.get("medianHours")).doubleValue()).isEqualTo(all.medianHours());
        assertThat(reply.json().get("unitsBelow")).isEqualTo(true);
        assertThat((List<Map<String, Object>>) reply.json().get("units")).extracting(u -> u.get("key"))
                .containsExactlyInAnyOrder(String.valueOf(w.d().id()), String.valueOf(w.a().id()), String.valueOf(w.b().id()), String.valueOf(c.id()));
        assertThat((List<Map<String, Object>>) reply.json().get("months")).extracting(m -> m.get("key"))
                .containsExactly("2026-07", "2026-08", "2026-09", "2026-10", "2026-11");

        Api.Reply bad = reporter.get("/api/v1/units/" + w.d().id() + "/case-statistics?from=2026-13");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        Api school = new Api(server.getURI(), json).signIn(officerA.email(), Fixtures.PASSWORD);
        assertThat(school.get("/api/v1/units/" + w.d().id() + "/case-statistics").status()).isEqualTo(404);
    }

    // ---- The independent count: every case in Java, with the SLA clock itself.

    private Map<String, StatsLine> expected(StatsScope scope, StatsRange range, Function<DeskCase, String> key) {
        Instant now = clock.instant();
        Map<String, List<DeskCase>> groups = new HashMap<>();
        for (DeskCase x : cases) {
            UnitRef unit = ref(x.unitId());
            boolean inScope = scope.subtree() ? unit.path().startsWith(scope.unit().path()) : x.unitId() == scope.unit().id();
            YearMonth month = YearMonth.from(x.receivedAt().atZone(TestClock.VIETNAM));
            if (inScope && !x.spam() && !month.isBefore(range.from()) && !month.isAfter(range.to())) {
                groups.computeIfAbsent(key.apply(x), k -> new ArrayList<>()).add(x);
            }
        }
        Map<String, StatsLine> lines = new TreeMap<>();
        groups.forEach((k, list) -> {
            long answered = list.stream().filter(x -> x.answeredAt() != null).count();
            long onTime = list.stream().filter(x -> x.answeredAt() != null && !x.answeredAt().isAfter(sla.answerDue(x.receivedAt()))).count();
            long open = list.stream().filter(x -> x.status().open()).count();
            long overdue = list.stream().filter(x -> sla.of(x, now) != null && sla.of(x, now).overdue()).count();
            List<BigDecimal> micros = list.stream().filter(x -> x.answeredAt() != null)
                    .map(x -> BigDecimal.valueOf(Duration.between(x.receivedAt(), x.answeredAt()).toNanos() / 1000)).sorted().toList();
            int n = micros.size();
            Long median = n == 0 ? null : (n % 2 == 1 ? micros.get(n / 2) : micros.get(n / 2 - 1).add(micros.get(n / 2)).divide(BigDecimal.valueOf(2)))
                    .movePointLeft(6).setScale(0, RoundingMode.HALF_UP).longValueExact();
            lines.put(k, new StatsLine(k, list.size(), answered, onTime, open, overdue, median));
        });
        return lines;
    }

    private final Map<Long, UnitRef> refCache = new HashMap<>();

    private UnitRef ref(long id) {
        return refCache.computeIfAbsent(id, i -> refs.findById(i).orElseThrow());
    }

    private static String cell(Document doc, String table, String key, String col) {
        return doc.select("#" + table + " tr[data-key=" + key + "] td[data-col=" + col + "]").first().ownText().strip();
    }

    // ---- The data set.

    private DeskCase generated(long unitId, String code, Instant received, Random random, Instant now) {
        Topic topic = Topic.values()[random.nextInt(Topic.values().length)];
        Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
        boolean spam = random.nextInt(10) == 0;
        Instant due = sla.answerDue(received);
        Instant acknowledged = received.plus(random.nextInt(60 * 60 * 40), ChronoUnit.SECONDS);
        Instant answered = null;
        Instant closed = null;
        CaseStatus status;
        switch (random.nextInt(8)) {
            case 0 -> {
                status = CaseStatus.MOI;
                acknowledged = null;
            }
            case 1 -> status = CaseStatus.DA_TIEP_NHAN;
            case 2 -> status = CaseStatus.DANG_XU_LY;
            case 3 -> {
                status = CaseStatus.DA_TRA_LOI;
                answered = received.plusSeconds(random.nextInt(60 * 60 * 24 * 25)).plusNanos(random.nextInt(1_000_000) * 1000L);
            }
            case 4 -> {
                status = CaseStatus.DA_TRA_LOI;
                answered = due;
            }
            case 5 -> {
                status = CaseStatus.DA_TRA_LOI;
                answered = due.plusSeconds(1);
            }
            case 6 -> {
                status = CaseStatus.DA_DONG;
                answered = received.plusSeconds(random.nextInt(60 * 60 * 24 * 12));
                closed = answered.plusSeconds(3600);
            }
            default -> {
                status = CaseStatus.DA_DONG;
                closed = received.plusSeconds(random.nextInt(60 * 60 * 24 * 5));
            }
        }
        if (acknowledged != null && acknowledged.isAfter(now) || answered != null && answered.isAfter(now) || closed != null && closed.isAfter(now)) {
            status = CaseStatus.MOI;
            acknowledged = null;
            answered = null;
            closed = null;
        }
        if (answered != null && acknowledged != null && acknowledged.isAfter(answered)) {
            acknowledged = answered;
        }
        return deskCase(unitId, code, topic, channel, status, spam, received, acknowledged, answered, closed);
    }

    /** A case of school C, answered at its deadline plus this many seconds (or open, when null). */
    private DeskCase answered(long unitId, String code, Instant received, Integer lateBySeconds) {
        Instant answered = lateBySeconds == null ? null : sla.answerDue(received).plusSeconds(lateBySeconds);
        return deskCase(unitId, code, Topic.TUYEN_SINH, Channel.WEB_FORM, answered == null ? CaseStatus.DA_TIEP_NHAN : CaseStatus.DA_TRA_LOI, false,
                received, received.plusSeconds(600), answered, null);
    }

    /** A case with the deadlines the desk keeps on it for a unit on the default days, as the intake would have set them. */
    private DeskCase deskCase(long unitId, String code, Topic topic, Channel channel, CaseStatus status, boolean spam, Instant received,
                              Instant acknowledged, Instant answered, Instant closed) {
        String message = "Phản ánh thử " + code + " về " + topic.name();
        SlaClock.Deadlines due = sla.deadlines(SlaClock.Days.DEFAULT, received);
        return new DeskCase(null, unitId, code, null, channel, topic, null, message, String.format("%064d", Math.abs(code.hashCode())),
                message.toLowerCase(), "Người gửi " + code, "09" + String.format("%08d", Math.abs(code.hashCode()) % 100_000_000), null,
                received, null, status, spam, null, received, acknowledged, answered, closed, due.acknowledge(), due.answer(),
                answered == null ? null : "Trả lời " + code, null, received, received, 0L);
    }

    private static Instant vietnam(int y, int m, int d, int h, int min, int s) {
        return LocalDateTime.of(y, m, d, h, min, s).atZone(TestClock.VIETNAM).toInstant();
    }

    private static void insert(List<DeskCase> cases) throws Exception {
        try (Connection conn = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             PreparedStatement ps = conn.prepareStatement("INSERT INTO desk_case (unit_id, code, channel, topic, message, message_hash, search_text, "
                     + "citizen_name, citizen_phone, consent_at, status, spam, received_at, acknowledged_at, answered_at, closed_at, "
                     + "acknowledge_due_at, answer_due_at, answer_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     + "?, ?, ?)")) {
            for (DeskCase x : cases) {
                int i = 1;
                ps.setLong(i++, x.unitId());
                ps.setString(i++, x.code());
                ps.setString(i++, x.channel().name());
                ps.setString(i++, x.topic().name());
                ps.setString(i++, x.message());
                ps.setString(i++, x.messageHash());
                ps.setString(i++, x.searchText());
                ps.setString(i++, x.citizenName());
                ps.setString(i++, x.citizenPhone());
                ps.setObject(i++, utc(x.consentAt()));
                ps.setString(i++, x.status().name());
                ps.setBoolean(i++, x.spam());
                ps.setObject(i++, utc(x.receivedAt()));
                ps.setObject(i++, utc(x.acknowledgedAt()));
                ps.setObject(i++, utc(x.answeredAt()));
                ps.setObject(i++, utc(x.closedAt()));
                ps.setObject(i++, utc(x.acknowledgeDueAt()));
                ps.setObject(i++, utc(x.answerDueAt()));
                ps.setString(i++, x.answerText());
                ps.setObject(i++, utc(x.createdAt()));
                ps.setObject(i, utc(x.updatedAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The cases as the database holds them, read back row by row: what the independent count works from. */
    private List<DeskCase> stored(List<Long> unitIds) throws Exception {
        List<DeskCase> rows = new ArrayList<>();
        String in = unitIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Connection conn = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             java.sql.Statement st = conn.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT unit_id, code, topic, channel, status, spam, received_at, acknowledged_at, answered_at, "
                     + "closed_at, citizen_phone FROM desk_case WHERE unit_id IN (" + in + ")")) {
            while (rs.next()) {
                DeskCase x = deskCase(rs.getLong(1), rs.getString(2), Topic.valueOf(rs.getString(3)), Channel.valueOf(rs.getString(4)),
                        CaseStatus.valueOf(rs.getString(5)), rs.getBoolean(6), instant(rs, 7), instant(rs, 8), instant(rs, 9), instant(rs, 10));
                rows.add(x);
            }
        }
        return rows;
    }

    private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static final class DeskStatsTestSql {

        static String one(String sql) {
            try (Connection conn = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
                 java.sql.Statement st = conn.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
