package vn.lantoa.desk.tree;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lantoa.desk.CaseHandling;
import vn.lantoa.desk.CaseStatus;
import vn.lantoa.desk.Channel;
import vn.lantoa.desk.ContactForm;
import vn.lantoa.desk.Intake;
import vn.lantoa.desk.Topic;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;
import vn.lantoa.unit.Unit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts of the open cases below a unit are read through the path each case carries (desk_case.unit_path): they must
 * equal a count made without it, from each case's unit and the units' parents, after every change that can move a case in
 * or out of them or under another unit.
 */
@MicronautTest(transactional = false)
@Property(name = "lantoa.desk.per-address-per-hour", value = "1000")
class OpenBelowCountsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    Intake intake;
    @Inject
    CaseHandling handling;
    @Inject
    Forwarding forwarding;
    @Inject
    UnitRefRepository refs;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theCountsBelowEqualACountFromTheTreeAfterOpensAnswersClosesSpamForwardsAndMoves() {
        Instant now = Instant.parse("2026-05-12T03:00:00Z");
        clock.freezeAt(now);
        Fixtures.World w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        Unit d2 = fixtures.unit(platform, w.p().id(), "Phòng GDĐT Huyện Mới " + w.tag(), UnitType.DISTRICT_OFFICE, null);
        Unit c = fixtures.unit(platform, d2.id(), "Trường Mầm non Hoa Sen " + w.tag(), UnitType.SCHOOL, SchoolLevel.MN);
        Unit e = fixtures.unit(platform, d2.id(), "Trường Tiểu học Sao Mai " + w.tag(), UnitType.SCHOOL, SchoolLevel.TH);
        List<Long> world = List.of(w.p().id(), w.d().id(), w.a().id(), w.b().id(), d2.id(), c.id(), e.id(), w.q().id(), w.z().id());
        Browser province = signIn(w.adminP());
        Browser other = signIn(w.adminQ());

        // Open: cases of every age at every level, the Sở's own (not below it) and another province's (not in it).
        Map<String, Long> cases = new HashMap<>();
        long[] units = {w.a().id(), w.a().id(), w.a().id(), w.b().id(), w.b().id(), w.d().id(), d2.id(), c.id(), c.id(), e.id(), e.id(), w.p().id(),
                w.z().id()};
        Duration[] ages = {Duration.ofHours(1), Duration.ofDays(5), Duration.ofDays(20), Duration.ofDays(60)};
        for (int i = 0; i < units.length; i++) {
            Topic topic = Topic.values()[i % 3];
            cases.put("c" + i, intake.log(platform, units[i], new ContactForm.Valid(now.minus(ages[i % ages.length]), Channel.PHONE, null, topic,
                    "Phụ huynh gọi điện hỏi về việc " + i + " " + w.tag())).id());
        }
        Page sent = new Browser(server.getURI()).post("/" + c.slug() + "/gui-phan-anh", Map.of("topic", "HOC_PHI", "message",
                "Trường thu tiền đồng phục quá cao " + w.tag(), "consent", "yes"));
        assertThat(sent.status()).isEqualTo(200);
        cases.put("web", Long.parseLong(query("SELECT id FROM desk_case WHERE code = '" + sent.doc().select("#case-code").text() + "' AND unit_id = " + c.id())));
        assertThat(province.get("/admin/u/" + w.p().id() + "/desk/below").doc().select("#by-unit tr[data-unit=" + d2.id() + "] td").first().text())
                .isEqualTo("6");
        expectCountsFromTheTree(province, w.p().id(), w.p().id(), world, now);

        // Handled: answered, closed and spam leave the counts; acknowledged and assigned stay in them.
        handling.answer(platform, w.a().id(), cases.get("c0"), "Nhà trường đã trả lời phụ huynh.", w.a().name());
        handling.close(platform, w.b().id(), cases.get("c3"), "Đã giải quyết xong.");
        handling.spam(platform, c.id(), cases.get("c7"));
        handling.acknowledge(platform, c.id(), cases.get("web"));
        handling.assign(platform, e.id(), cases.get("c9"), w.platformAdmin().id(), w.platformAdmin().fullName());
        expectCountsFromTheTree(province, w.p().id(), w.p().id(), world, now);
        expectCountsFromTheTree(province, w.p().id(), w.d().id(), world, now);

        // Forwarded: up to the Phòng, down to a school of another Phòng's, and up to the Sở itself (out of its view below).
        forwarding.forward(platform, ref(w.a()), cases.get("c2"), ref(w.d()), "Thuộc thẩm quyền của Phòng");
        forwarding.forward(platform, ref(w.d()), cases.get("c5"), ref(e), "Trường tự kiểm tra");
        forwarding.forward(platform, ref(w.b()), cases.get("c4"), ref(w.p()), "Đề nghị Sở xem xét");
        expectCountsFromTheTree(province, w.p().id(), w.p().id(), world, now);
        expectCountsFromTheTree(province, w.p().id(), w.d().id(), world, now);
        expectCountsFromTheTree(province, w.p().id(), d2.id(), world, now);

        // Moved: a school to another Phòng, then a Phòng with its remaining school to another province.
        fixtures.moveUnit(platform, c.id(), w.d().id());
        expectCountsFromTheTree(province, w.p().id(), w.p().id(), world, now);
        expectCountsFromTheTree(province, w.p().id(), w.d().id(), world, now);
        fixtures.moveUnit(platform, d2.id(), w.q().id());
        expectCountsFromTheTree(province, w.p().id(), w.p().id(), world, now);
        expectCountsFromTheTree(other, w.q().id(), w.q().id(), world, now);
        expectCountsFromTheTree(other, w.q().id(), d2.id(), world, now);
        assertThat(province.get("/admin/u/" + w.p().id() + "/desk/below").doc().select("#by-unit tr[data-unit=" + d2.id() + "]")).isEmpty();
        assertThat(other.get("/admin/u/" + w.q().id() + "/desk/below").doc().select("#by-unit tr[data-unit=" + d2.id() + "] td").first().text())
                .isEqualTo("4");

        // Forwarded after the move: up to the new Sở (out of its view below), then down under the moved Phòng.
        forwarding.forward(platform, ref(w.z()), cases.get("c12"), ref(w.q()), "Đề nghị Sở xem xét");
        expectCountsFromTheTree(other, w.q().id(), w.q().id(), world, now);
        forwarding.forward(platform, ref(w.q()), cases.get("c12"), ref(e), "Chuyển về trường");
        expectCountsFromTheTree(other, w.q().id(), w.q().id(), world, now);
        expectCountsFromTheTree(other, w.q().id(), d2.id(), world, now);
        assertThat(query("SELECT COUNT(*) FROM desk_case k JOIN unit u ON u.id = k.unit_id WHERE k.unit_id IN (" + ids(world)
                + ") AND NOT (k.unit_path <=> u.path)")).isEqualTo("0");
    }

    /**
     * The page of top (drilled down to scope) shows per child unit, age band and topic the numbers counted here without
     * desk_case.unit_path: from each case's unit, walking up the units' parents to scope, leaving out top's own cases.
     */
    private void expectCountsFromTheTree(Browser viewer, long top, long scope, List<Long> world, Instant now) {
        Map<Long, Long> parents = new HashMap<>();
        rows("SELECT id, parent_id FROM unit WHERE id IN (" + ids(world) + ")").forEach(r -> parents.put(Long.parseLong(r[0]),
                r[1] == null ? null : Long.parseLong(r[1])));
        Map<Long, long[]> byChild = new TreeMap<>();
        Map<String, Long> byTopic = new TreeMap<>();
        List<String> codes = new ArrayList<>();
        for (String[] r : rows("SELECT unit_id, topic, status, spam, received_at, code FROM desk_case WHERE unit_id IN (" + ids(world) + ")")) {
            long unit = Long.parseLong(r[0]);
            if (!CaseStatus.valueOf(r[2]).open() || !"0".equals(r[3]) || unit == top) {
                continue;
            }
            Long child = unit == scope ? scope : null;
            for (Long u = unit; child == null && u != null; u = parents.get(u)) {
                if (Objects.equals(parents.get(u), scope)) {
                    child = u;
                }
            }
            if (child == null) {
                continue;
            }
            // Stored in UTC (the connection's time zone), read as written.
            Instant received = LocalDateTime.parse(r[4].replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            int band = !received.isBefore(now.minus(Duration.ofDays(3))) ? 0 : !received.isBefore(now.minus(Duration.ofDays(10))) ? 1
                    : !received.isBefore(now.minus(Duration.ofDays(30))) ? 2 : 3;
            long[] counts = byChild.computeIfAbsent(child, k -> new long[5]);
            counts[0]++;
            counts[1 + band]++;
            byTopic.merge(r[1], 1L, Long::sum);
            codes.add(r[5]);
        }
        Page page = viewer.get("/admin/u/" + top + "/desk/below" + (scope == top ? "" : "?unit=" + scope));
        assertThat(page.status()).isEqualTo(200);
        Map<Long, List<Long>> shownByChild = new TreeMap<>();
        for (Element tr : page.doc().select("#by-unit tr[data-unit]")) {
            shownByChild.put(Long.parseLong(tr.attr("data-unit")), tr.select("td").eachText().stream().map(Long::parseLong).toList());
        }
        Map<Long, List<Long>> expected = new TreeMap<>();
        byChild.forEach((k, v) -> expected.put(k, java.util.Arrays.stream(v).boxed().toList()));
        assertThat(shownByChild).as("open cases by unit below " + scope).isEqualTo(expected);
        Map<String, Long> shownByTopic = new TreeMap<>();
        for (Element tr : page.doc().select("#by-topic tr[data-topic]")) {
            shownByTopic.put(tr.attr("data-topic"), Long.parseLong(tr.select("td").text()));
        }
        assertThat(shownByTopic).as("open cases by topic below " + scope).isEqualTo(byTopic);
        assertThat(page.doc().select("#below tr[data-case]").eachAttr("data-case")).as("oldest open cases below " + scope)
                .containsExactlyInAnyOrderElementsOf(codes);
        String topic = Topic.values()[1].name();
        Page filtered = viewer.get("/admin/u/" + top + "/desk/below?topic=" + topic + (scope == top ? "" : "&unit=" + scope));
        assertThat(filtered.doc().select("#by-unit tr[data-unit]").stream().mapToLong(tr -> Long.parseLong(tr.select("td").first().text())).sum())
                .as("open cases of one topic below " + scope).isEqualTo(byTopic.getOrDefault(topic, 0L));
    }

    private UnitRef ref(Unit unit) {
        return refs.findById(unit.id()).orElseThrow();
    }

    private Browser signIn(User user) {
        return new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String query(String sql) {
        List<String[]> rows = rows(sql);
        return rows.isEmpty() ? null : rows.get(0)[0];
    }

    private static List<String[]> rows(String sql) {
        try (Connection conn = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String[]> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
