package vn.lantoa.topic;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage per theme equals an independent count of the rows inserted here, at the province, the district and the
 * school, for a year, a quarter and a month; the totals are the sums of the parts.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicCoverageTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    TopicCoverage coverage;
    @Inject
    TopicLinks links;
    @Inject
    UnitRefRepository refs;

    /** One thing carrying one topic, the unit it belongs to, and the periods it counts in. */
    record Fact(TopicCoverage.Measure measure, long topicId, long unitId, Set<String> periods) {
    }

    Fixtures.World w;
    long t1;
    long t2;
    long tq;
    final List<Fact> facts = new ArrayList<>();
    final Map<Long, List<Long>> ancestors = new java.util.HashMap<>();

    static final Set<String> MAY = Set.of("2026", "2026-Q2", "2026-05");
    static final Set<String> APRIL = Set.of("2026", "2026-Q2");
    static final Set<String> NEVER = Set.of();

    @BeforeAll
    void rows() {
        clock.runFrom(LocalDateTime.of(2026, 5, 10, 9, 0));
        w = fixtures.world();
        ancestors.put(w.p().id(), List.of(w.p().id()));
        ancestors.put(w.d().id(), List.of(w.d().id(), w.p().id()));
        ancestors.put(w.a().id(), List.of(w.a().id(), w.d().id(), w.p().id()));
        ancestors.put(w.b().id(), List.of(w.b().id(), w.d().id(), w.p().id()));
        ancestors.put(w.z().id(), List.of(w.z().id(), w.q().id()));
        t1 = topic(w.p().id(), "THI_CU");
        t2 = topic(w.p().id(), "AN_TOAN");
        tq = topic(w.q().id(), "RIENG");

        article(w.p().id(), true, t1);
        article(w.d().id(), true, t1, t2);
        article(w.a().id(), true, t1);
        article(w.a().id(), true, t1);
        article(w.a().id(), true, t2);
        article(w.b().id(), true, t2);
        article(w.a().id(), false, t1);
        article(w.z().id(), true, tq);

        long planD = plan(w.d().id());
        planItem(w.d().id(), planD, 2, null, null, t1, Set.of("2026", "2026-Q2", "2026-05"));
        planItem(w.d().id(), planD, 1, null, null, t2, Set.of("2026", "2026-Q1"));
        long planA = plan(w.a().id());
        planItem(w.a().id(), planA, 0, null, null, t2, Set.of("2026", "2026-Q1", "2026-Q2", "2026-05"));
        planItem(w.a().id(), planA, 0, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 5), t1, Set.of("2026", "2026-Q2", "2026-05"));

        long fromA = clipping(w.a().id(), null, LocalDate.of(2026, 5, 5), t1, MAY);
        clipping(w.d().id(), fromA, LocalDate.of(2026, 5, 5), t1, NEVER);
        clipping(w.p().id(), null, LocalDate.of(2026, 4, 28), t2, APRIL);
        clipping(w.b().id(), null, LocalDate.of(2025, 12, 31), t2, NEVER);

        kase(w.b().id(), false, LocalDateTime.of(2026, 5, 3, 8, 0), t1, MAY);
        kase(w.a().id(), true, LocalDateTime.of(2026, 5, 3, 8, 0), t1, NEVER);
        // 00:30 on 1 May in Vietnam is still 30 April in UTC: the month is Vietnam's.
        kase(w.d().id(), false, LocalDateTime.of(2026, 5, 1, 0, 30), t2, MAY);
    }

    long topic(long unitId, String code) {
        return TopicSql.insert("INSERT INTO topic (unit_id, code, name, position, active, created_at, updated_at) VALUES (?, ?, ?, 10, TRUE, NOW(), NOW())",
                unitId, code, "Chủ đề " + code);
    }

    void article(long unitId, boolean published, long... topicIds) {
        Article a = published ? fixtures.published(w, unitId, ArticleKind.NEWS, "Bài " + facts.size() + " " + w.tag(), "<p>Nội dung.</p>")
                : fixtures.draft(w, unitId, ArticleKind.NEWS, "Nháp " + facts.size() + " " + w.tag(), "<p>Nội dung.</p>");
        List<Long> ids = new ArrayList<>();
        for (long t : topicIds) {
            ids.add(t);
            facts.add(new Fact(TopicCoverage.Measure.ARTICLES, t, unitId, published ? MAY : NEVER));
        }
        links.replace(TopicLinks.Carrier.ARTICLE, refs.findById(unitId).orElseThrow(), a.id(), ids, "topicIds");
    }

    long plan(long unitId) {
        return TopicSql.insert("INSERT INTO plan (unit_id, plan_year, title, status, created_at, updated_at) VALUES (?, 2026, 'Kế hoạch', 'DRAFT', NOW(), NOW())",
                unitId);
    }

    void planItem(long unitId, long planId, int quarters, LocalDate starts, LocalDate ends, long topicId, Set<String> periods) {
        long group = TopicSql.insert("INSERT INTO plan_group (unit_id, plan_id, position, numeral, title) VALUES (?, ?, 1, 'I', 'Nhóm')", unitId, planId);
        long item = TopicSql.insert("INSERT INTO plan_item (unit_id, plan_id, group_id, position, topic, product_form, quarters, starts_on, ends_on, "
                + "created_at, updated_at) VALUES (?, ?, ?, 1, 'Nội dung', 'NEWS', ?, ?, ?, NOW(), NOW())", unitId, planId, group, quarters, starts, ends);
        TopicSql.insert("INSERT INTO plan_item_topic (unit_id, item_id, topic_id) VALUES (?, ?, ?)", unitId, item, topicId);
        facts.add(new Fact(TopicCoverage.Measure.PLAN_ITEMS, topicId, unitId, periods));
    }

    long clipping(long unitId, Long forwardedFrom, LocalDate day, long topicId, Set<String> periods) {
        long id = TopicSql.insert("INSERT INTO press_clipping (unit_id, outlet_name, outlet_kind, title, published_on, tone, forwarded_from_id, created_at, "
                + "updated_at) VALUES (?, 'Báo', 'ONLINE', 'Tin', ?, 'NEUTRAL', ?, NOW(), NOW())", unitId, day, forwardedFrom);
        TopicSql.insert("INSERT INTO clipping_topic (unit_id, clipping_id, topic_id) VALUES (?, ?, ?)", unitId, id, topicId);
        facts.add(new Fact(TopicCoverage.Measure.CLIPPINGS, topicId, unitId, periods));
        return id;
    }

    void kase(long unitId, boolean spam, LocalDateTime receivedInVietnam, long topicId, Set<String> periods) {
        java.sql.Timestamp at = java.sql.Timestamp.from(receivedInVietnam.atZone(TestClock.VIETNAM).toInstant());
        long id = TopicSql.insert("INSERT INTO desk_case (unit_id, code, channel, topic, message, message_hash, search_text, status, spam, received_at, "
                + "created_at, updated_at, version) VALUES (?, ?, 'PHONE', 'KHAC', 'Phản ánh', ?, 'phan anh', 'MOI', ?, ?, ?, ?, 0)",
                unitId, "PA-" + facts.size() + "-" + w.tag(), "2".repeat(64), spam, at, at, at);
        TopicSql.insert("INSERT INTO case_topic (unit_id, case_id, topic_id) VALUES (?, ?, ?)", unitId, id, topicId);
        facts.add(new Fact(TopicCoverage.Measure.CASES, topicId, unitId, periods));
    }

    /** The independent count: the facts inserted under {@code under} (itself and every unit below) that count in the period. */
    long expected(TopicCoverage.Measure m, long topicId, long under, String period, boolean onlyItself) {
        return facts.stream().filter(f -> f.measure() == m && f.topicId() == topicId && f.periods().contains(period))
                .filter(f -> onlyItself ? f.unitId() == under : ancestors.get(f.unitId()).contains(under)).count();
    }

    @Test
    void theCountsPerTopicEqualAnIndependentCountAtEveryLevelAndPeriod() {
        Map<Long, List<Long>> children = Map.of(w.p().id(), List.of(w.d().id()), w.d().id(), List.of(w.a().id(), w.b().id()), w.a().id(), List.of());
        for (String period : List.of("2026", "2026-Q1", "2026-Q2", "2026-05")) {
            for (long root : children.keySet()) {
                TopicCoverage.Result r = coverage.of(refs.findById(root).orElseThrow(), CoveragePeriod.parse(period));
                assertThat(r.children().stream().map(TopicCoverage.Child::id).toList()).containsExactlyElementsOf(children.get(root));
                for (TopicCoverage.Measure m : TopicCoverage.Measure.values()) {
                    for (long t : List.of(t1, t2, tq)) {
                        String where = m + " topic " + t + " at " + root + " in " + period;
                        assertThat(r.total(m, t)).as(where).isEqualTo(expected(m, t, root, period, false));
                        assertThat(r.count(m, t, 0)).as(where + " (itself)").isEqualTo(expected(m, t, root, period, true));
                        long parts = r.count(m, t, 0);
                        for (long child : children.get(root)) {
                            assertThat(r.count(m, t, child)).as(where + " under " + child).isEqualTo(expected(m, t, child, period, false));
                            parts += r.count(m, t, child);
                        }
                        assertThat(r.total(m, t)).as(where + " = sum of parts").isEqualTo(parts);
                    }
                }
            }
        }
        assertThat(expected(TopicCoverage.Measure.ARTICLES, t1, w.p().id(), "2026-05", false)).isEqualTo(4);
        // The other province's topic is not offered in this tree, and nothing of it is counted here.
        TopicCoverage.Result p = coverage.of(refs.findById(w.p().id()).orElseThrow(), CoveragePeriod.parse("2026"));
        assertThat(p.topics()).extracting(Topic::id).contains(t1, t2).doesNotContain(tq);
    }

    @Test
    void theCoveragePageShowsTheSameTotalsToTheUnitAndFromAboveAndExportsThem() {
        Browser adminP = new Browser(server.getURI()).signIn(w.adminP().email(), Fixtures.PASSWORD);
        Page page = adminP.get("/admin/u/" + w.d().id() + "/topics/coverage?period=2026-Q2&measure=CASES");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.doc().select("#coverage-totals tr[data-topic=THI_CU] td").eachText())
                .containsExactly("3", "2", "1", "1");
        assertThat(page.doc().select("#coverage-units tr[data-unit=" + w.b().id() + "] td").eachText()).containsExactly("0", "1", "1");
        assertThat(page.doc().select("#coverage-units tfoot td").eachText()).containsExactly("1", "1", "2");

        Page bad = adminP.get("/admin/u/" + w.d().id() + "/topics/coverage?period=2026-Q5");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.doc().select("#e-period").text()).startsWith("Kỳ không hợp lệ");

        Page sheet = adminP.get("/admin/u/" + w.d().id() + "/topics/coverage/export.xlsx?period=2026", "*/*");
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.header("Content-Type")).contains("spreadsheetml");
        assertThat(new Browser(server.getURI()).signIn(w.adminQ().email(), Fixtures.PASSWORD).get("/admin/u/" + w.d().id() + "/topics/coverage").status())
                .isEqualTo(404);
    }
}
