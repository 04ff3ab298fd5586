package vn.lantoa.plan.progress;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parent's view of its plan carried out below (Sở -> Phòng -> two schools), compared with a count made here from the
 * rows the test wrote: which units planned something for each item, where each stands, and who planned nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BelowProgressTest {

    static final int YEAR = 2026;
    /** The quarters begun on 15/08/2026. */
    static final int SO_FAR = 3;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    Fixtures.World w;
    long p1;
    long p2;
    long p3;

    /** An item the test wrote below, as the test itself sees it. */
    record Written(long unitId, String lineage, int mask, Map<Integer, String> statuses, int evidence) {
    }

    final List<Written> written = new ArrayList<>();

    @BeforeAll
    void world() {
        clock.freezeAt(LocalDateTime.of(YEAR, 8, 15, 9, 0));
        w = fixtures.world();
        long p = w.p().id();
        long d = w.d().id();
        long a = w.a().id();
        long b = w.b().id();
        long planP = PlanTables.plan(p, YEAR, "ISSUED");
        long gP = PlanTables.group(p, planP, 1, "I", "Thông tin, tuyên truyền chính sách");
        p1 = PlanTables.item(p, planP, gP, "Tuyên truyền Kỳ thi tốt nghiệp THPT", 3, null, true, null);
        p2 = PlanTables.item(p, planP, gP, "Chuyển đổi số trong giáo dục", 15, null, false, d);
        p3 = PlanTables.item(p, planP, gP, "Thi đua, khen thưởng", 8, null, false, null);
        PlanTables.partner(p, p3, a);

        long planD = PlanTables.plan(d, YEAR, "ISSUED");
        long gD = PlanTables.group(d, planD, 1, "I", "Thông tin, tuyên truyền");
        long d1 = below(d, planD, gD, "Tuyên truyền kỳ thi ở huyện", 3, p1, Map.of(1, "DONE", 2, "DONE"), 0);
        long d2 = below(d, planD, gD, "Chuyển đổi số ở huyện", 15, p2, Map.of(1, "DONE", 2, "IN_PROGRESS"), 1);

        long planA = PlanTables.plan(a, YEAR, "ISSUED");
        long gA = PlanTables.group(a, planA, 1, "I", "Tuyên truyền");
        below(a, planA, gA, "Tin bài về kỳ thi", 3, d1, Map.of(1, "DONE", 2, "DROPPED"), 1);
        below(a, planA, gA, "Họp phụ huynh khối 12", 2, d1, Map.of(2, "DONE"), 0);
        below(a, planA, gA, "Sổ điểm điện tử", 15, d2, Map.of(1, "DONE", 2, "DONE", 3, "DONE"), 2);

        long planB = PlanTables.plan(b, YEAR, "DRAFT");
        long gB = PlanTables.group(b, planB, 1, "I", "Tuyên truyền");
        below(b, planB, gB, "Bảng tin về kỳ thi", 1, d1, Map.of(), 0);

        // A school of another province whose item names the Sở's item: not below the Sở, never counted.
        long planZ = PlanTables.plan(w.z().id(), YEAR, "ISSUED");
        long gZ = PlanTables.group(w.z().id(), planZ, 1, "I", "Khác");
        PlanTables.item(w.z().id(), planZ, gZ, "Mượn dòng dõi", 3, p1, false, null);
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    private long below(long unitId, long planId, long groupId, String topic, int quarters, long parent, Map<Integer, String> statuses, int links) {
        long id = PlanTables.item(unitId, planId, groupId, topic, quarters, parent, false, null);
        statuses.forEach((q, s) -> PlanTables.status(unitId, id, q, s, "DROPPED".equals(s) ? "Trùng lịch thi học kỳ" : null));
        for (int k = 0; k < links; k++) {
            PlanTables.evidenceLink(unitId, id, "https://truong.example.vn/bai-" + id + "-" + k);
        }
        written.add(new Written(unitId, PlanTables.query("SELECT lineage FROM plan_item WHERE id = " + id), quarters, statuses, links));
        return id;
    }

    /** Where a unit stands on the item, counted here: per item, dropped if dropped in a quarter so far, done if done in all... */
    private static String stateOf(Written i) {
        List<String> seen = new ArrayList<>();
        for (int q = 1; q <= SO_FAR; q++) {
            if ((i.mask() & (1 << (q - 1))) != 0) {
                seen.add(i.statuses().getOrDefault(q, "NOT_STARTED"));
            }
        }
        if (seen.isEmpty()) {
            return null;
        }
        if (seen.contains("DROPPED")) {
            return "DROPPED";
        }
        if (seen.stream().allMatch("DONE"::equals)) {
            return "DONE";
        }
        return seen.stream().allMatch("NOT_STARTED"::equals) ? "NOT_STARTED" : "IN_PROGRESS";
    }

    /** ...and over a unit's items for one item above, its dropped items set aside unless it dropped them all. */
    private Map<String, Integer> expectedCounts(long rootItem) {
        String lineage = PlanTables.query("SELECT lineage FROM plan_item WHERE id = " + rootItem);
        Map<Long, List<String>> byUnit = new LinkedHashMap<>();
        for (Written i : written) {
            if (i.lineage().startsWith(lineage) && !i.lineage().equals(lineage)) {
                byUnit.computeIfAbsent(i.unitId(), k -> new ArrayList<>()).add(stateOf(i));
            }
        }
        Map<String, Integer> counts = new HashMap<>(Map.of("planned", byUnit.size(), "inProgress", 0, "done", 0, "dropped", 0, "notStarted", 0));
        for (List<String> states : byUnit.values()) {
            List<String> kept = states.stream().filter(s -> s != null && !s.equals("DROPPED")).toList();
            String s;
            if (kept.isEmpty()) {
                s = states.contains("DROPPED") ? "dropped" : "notStarted";
            } else if (kept.stream().allMatch("DONE"::equals)) {
                s = "done";
            } else if (kept.stream().allMatch("NOT_STARTED"::equals)) {
                s = "notStarted";
            } else {
                s = "inProgress";
            }
            counts.merge(s, 1, Integer::sum);
        }
        return counts;
    }

    private static Map<String, Integer> shown(Document doc, long item) {
        Map<String, Integer> counts = new HashMap<>();
        for (Element e : doc.select("section[data-item=" + item + "] [data-count]")) {
            counts.put(e.attr("data-count"), Integer.parseInt(e.text()));
        }
        return counts;
    }

    @Test
    void theSoSeesForEachItemTheUnitsBelowThatPlannedForItAndHowFarEachHasGotAsCountedFromTheRows() {
        Browser so = new Browser(server.getURI()).signIn(w.adminP().email(), Fixtures.PASSWORD);
        Page page = so.get("/admin/u/" + w.p().id() + "/plans/below?year=" + YEAR);
        assertThat(page.status()).isEqualTo(200);
        Document doc = page.doc();
        for (long item : List.of(p1, p2, p3)) {
            assertThat(shown(doc, item)).as("item " + item).isEqualTo(expectedCounts(item));
        }
        // The same, read off by hand: the Phòng done, school A done (its dropped item set aside), school B not started.
        assertThat(shown(doc, p1)).containsEntry("planned", 3).containsEntry("done", 2).containsEntry("notStarted", 1);
        Element rowA = doc.selectFirst("section[data-item=" + p1 + "] tr[data-unit=" + w.a().id() + "]");
        assertThat(rowA.select("[data-col=doneQuarters]").text()).isEqualTo("2");
        assertThat(rowA.select("[data-col=evidence]").text()).isEqualTo("1");
        Element rowB = doc.selectFirst("section[data-item=" + p1 + "] tr[data-unit=" + w.b().id() + "]");
        assertThat(rowB.text()).contains("kế hoạch chưa ban hành");
        Element rowA2 = doc.selectFirst("section[data-item=" + p2 + "] tr[data-unit=" + w.a().id() + "]");
        assertThat(rowA2.select("[data-col=current]").text()).isEqualTo("Hoàn thành");
        assertThat(rowA2.select("[data-col=evidence]").text()).isEqualTo("2");
        assertThat(doc.select("tr[data-unit=" + w.z().id() + "]")).isEmpty();
        // The partner school planned nothing for the item it was named in; everyone planned the item meant for all.
        assertThat(doc.select("section[data-item=" + p3 + "] [data-missing-unit]").eachText()).containsExactly(w.a().name());
        assertThat(doc.select("section[data-item=" + p1 + "] [data-missing]")).isEmpty();
        // The Sở's admin drills into a school's own progress page, read-only.
        String drill = rowA.select("a").attr("href");
        assertThat(drill).matches("/admin/u/" + w.a().id() + "/plans/\\d+/progress");
        Page school = so.get(drill);
        assertThat(school.status()).isEqualTo(200);
        assertThat(school.doc().select("#progress-read-only")).hasSize(1);
    }

    @Test
    void thePhongSeesItsOwnItemsWithTheSchoolsBelowIt() {
        Browser phong = new Browser(server.getURI()).signIn(w.reporterD().email(), Fixtures.PASSWORD);
        Document doc = phong.get("/admin/u/" + w.d().id() + "/plans/below?year=" + YEAR).doc();
        Set<Long> units = new TreeSet<>();
        doc.select("tr[data-unit]").forEach(e -> units.add(Long.parseLong(e.attr("data-unit"))));
        assertThat(units).containsExactlyInAnyOrder(w.a().id(), w.b().id());
        long d1 = PlanTables.id("SELECT id FROM plan_item WHERE unit_id = " + w.d().id() + " AND parent_item_id = " + p1);
        assertThat(shown(doc, d1)).isEqualTo(expectedCounts(d1));
    }

    @Test
    void theViewIsExportedAsAWorkbookWithOneLinePerUnitAndItem() throws Exception {
        Browser so = new Browser(server.getURI()).signIn(w.adminP().email(), Fixtures.PASSWORD);
        Page xlsx = so.get("/admin/u/" + w.p().id() + "/plans/below/export.xlsx?year=" + YEAR, "*/*");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).startsWith("application/vnd.openxmlformats");
        Set<String> lines = new HashSet<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            for (Row r : book.getFirstSheet().read()) {
                if (r.getCellCount() >= 4 && r.getCellText(0).contains("Thi đua")) {
                    lines.add(r.getCellText(1) + " | " + r.getCellText(2));
                }
            }
        }
        assertThat(lines).containsExactly(w.a().name() + " | Chưa lên kế hoạch");
    }

    @Test
    void aSchoolOfAnotherPhongOrProvinceFindsNothingAndAYearWithoutAPlanIsSaid() {
        Browser other = new Browser(server.getURI()).signIn(w.adminQ().email(), Fixtures.PASSWORD);
        assertThat(other.get("/admin/u/" + w.p().id() + "/plans/below?year=" + YEAR).status()).isEqualTo(404);
        assertThat(other.get("/admin/u/" + w.p().id() + "/plans/below/export.xlsx?year=" + YEAR, "*/*").status()).isEqualTo(404);
        Browser so = new Browser(server.getURI()).signIn(w.adminP().email(), Fixtures.PASSWORD);
        Page none = so.get("/admin/u/" + w.p().id() + "/plans/below?year=2019");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.doc().select("#below-no-plan").text()).isEqualTo("Đơn vị chưa có kế hoạch năm 2019.");
        assertThat(so.get("/admin/u/" + w.p().id() + "/plans/below?year=%27%3Cscript%3E").status()).isEqualTo(200);
    }
}
