package vn.lantoa.plan.progress;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.reporting.form.PrefillCounts;
import vn.lantoa.reporting.form.PrefillSource;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.TestServers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan's figures a half-year or yearly report starts from: items by where they stand over the period's quarters. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanPrefillTest {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);
    static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    @Inject
    Fixtures fixtures;
    @Inject
    List<PrefillCounts> counts;

    Fixtures.World w;
    PrefillCounts plan;

    @BeforeAll
    void world() {
        w = fixtures.world();
        plan = counts.stream().filter(c -> c.sources().contains(PrefillSource.PLAN_ITEMS_DONE)).findFirst().orElseThrow();
        long a = w.a().id();
        long p = PlanTables.plan(a, 2026, "ISSUED");
        long g = PlanTables.group(a, p, 1, "I", "Tuyên truyền");
        long done = PlanTables.item(a, p, g, "Tuyên truyền tuyển sinh", 3, null, false, null);
        PlanTables.status(a, done, 1, "DONE", null);
        PlanTables.status(a, done, 2, "DONE", null);
        long going = PlanTables.item(a, p, g, "Kỳ thi tốt nghiệp", 6, null, false, null);
        PlanTables.status(a, going, 2, "IN_PROGRESS", null);
        PlanTables.item(a, p, g, "Khai giảng năm học mới", 4, null, false, null);
        long dropped = PlanTables.item(a, p, g, "Bản tin phát thanh", 15, null, false, null);
        PlanTables.status(a, dropped, 1, "DROPPED", "Loa phát thanh hỏng, chưa được sửa");
        PlanTables.item(a, p, g, "Cuộc thi viết", 1, null, false, null);
        Article march = fixtures.published(w, a, ArticleKind.NEWS, "Tuyển sinh lớp 10 " + w.tag(), "<p>x</p>");
        Article august = fixtures.published(w, a, ArticleKind.NEWS, "Kết quả thi " + w.tag(), "<p>x</p>");
        TestServers.sql("UPDATE article SET published_at = '2026-03-10 03:00:00' WHERE id = " + march.id(),
                "UPDATE article SET published_at = '2026-08-01 03:00:00' WHERE id = " + august.id(),
                "INSERT INTO plan_evidence (unit_id, item_id, kind, source, ref_id, title, created_at) VALUES (" + a + ", " + done + ", 'ARTICLE', 'article', "
                        + march.id() + ", 'x', NOW()), (" + a + ", " + going + ", 'ARTICLE', 'article', " + august.id() + ", 'x', NOW())");
        // School B's plan is a draft: nothing of it is counted.
        long pb = PlanTables.plan(w.b().id(), 2026, "DRAFT");
        PlanTables.status(w.b().id(), PlanTables.item(w.b().id(), pb, PlanTables.group(w.b().id(), pb, 1, "I", "x"), "Việc B", 15, null, false, null), 1,
                "DONE", null);
    }

    private Map<String, Long> figures(long unitId, LocalDate first, LocalDate last) {
        return Map.of("total", plan.count(PrefillSource.PLAN_ITEMS_TOTAL, unitId, first, last),
                "done", plan.count(PrefillSource.PLAN_ITEMS_DONE, unitId, first, last),
                "inProgress", plan.count(PrefillSource.PLAN_ITEMS_IN_PROGRESS, unitId, first, last),
                "notStarted", plan.count(PrefillSource.PLAN_ITEMS_NOT_STARTED, unitId, first, last),
                "dropped", plan.count(PrefillSource.PLAN_ITEMS_DROPPED, unitId, first, last),
                "articles", plan.count(PrefillSource.PLAN_EVIDENCE_ARTICLES, unitId, first, last));
    }

    @Test
    void theHalfYearCountsTheItemsPlannedInQuartersOneAndTwoByWhereTheyStandThen() {
        assertThat(figures(w.a().id(), JAN_1, JUN_30)).isEqualTo(Map.of("total", 4L, "done", 1L, "inProgress", 1L, "notStarted", 1L, "dropped", 1L,
                "articles", 1L));
    }

    @Test
    void theYearCountsEveryItemAndTheArticlesGivenAsEvidenceAllYear() {
        assertThat(figures(w.a().id(), JAN_1, DEC_31)).isEqualTo(Map.of("total", 5L, "done", 1L, "inProgress", 1L, "notStarted", 2L, "dropped", 1L,
                "articles", 2L));
    }

    @Test
    void aUnitWithoutAnIssuedPlanHasNothingToCount() {
        assertThat(figures(w.b().id(), JAN_1, DEC_31).values()).containsOnly(0L);
        assertThat(figures(w.d().id(), JAN_1, JUN_30).values()).containsOnly(0L);
    }
}
