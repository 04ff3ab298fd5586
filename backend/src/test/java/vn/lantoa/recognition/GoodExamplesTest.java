package vn.lantoa.recognition;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;

import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Good examples written by a school, sent up, accepted and forwarded with the school's credit, and counted in registers. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoodExamplesTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    Fixtures.World w;

    @BeforeAll
    void world() {
        clock.runFrom(LocalDateTime.of(2026, 10, 20, 9, 0));
        w = fixtures.world();
    }

    Browser as(String email) {
        return new Browser(server.getURI()).signIn(email, Fixtures.PASSWORD);
    }

    /** Writes a good example at the unit; returns its id. */
    long write(Browser who, long unitId, String honoree, String field) {
        String base = "/admin/u/" + unitId + "/good-examples";
        who.get(base + "/new");
        Page saved = who.post(base, Map.of("honoree", honoree, "kind", "PERSON", "honoreeUnit", "Lớp 9A", "deed",
                "Nhặt được ví có 5 triệu đồng và trả lại người đánh rơi.", "deedOn", "15/10/2026", "field", field));
        assertThat(saved.status()).isEqualTo(303);
        return Long.parseLong(saved.location().substring(saved.location().lastIndexOf('/') + 1));
    }

    Page send(Browser who, long unitId, long exampleId) {
        who.get("/admin/u/" + unitId + "/good-examples/" + exampleId);
        return who.post("/admin/u/" + unitId + "/good-examples/" + exampleId + "/send", Map.of("note", "Đề nghị đăng"));
    }

    void accept(Browser who, long unitId, long exampleId) {
        long storyId = number("SELECT story_id FROM good_example_hop WHERE to_unit_id = " + unitId + " AND good_example_id = " + exampleId);
        who.get("/admin/u/" + unitId + "/stories/" + storyId);
        assertThat(who.post("/admin/u/" + unitId + "/stories/" + storyId + "/accept", Map.of()).status()).isEqualTo(303);
    }

    @Test
    void aGoodExampleSentUpByASchoolAndForwardedByThePhongReachesTheSoCreditingTheSchool() {
        Browser editorA = as(w.editorA().email());
        Browser adminD = as(w.adminD().email());
        Browser adminP = as(w.adminP().email());
        long id = write(editorA, w.a().id(), "Em Nguyễn Văn Bình " + w.tag(), "KINDNESS");
        assertThat(send(editorA, w.a().id(), id).status()).isEqualTo(303);
        accept(adminD, w.d().id(), id);

        assertThat(send(adminD, w.d().id(), id).status()).isEqualTo(303);
        accept(adminP, w.p().id(), id);

        long republished = number("SELECT s.republished_article_id FROM good_example_hop h JOIN story_submission s ON s.id = h.story_id "
                + "WHERE h.to_unit_id = " + w.p().id() + " AND h.good_example_id = " + id);
        assertThat(number("SELECT credit_unit_id FROM article WHERE id = " + republished)).isEqualTo(w.a().id());
        assertThat(number("SELECT author_id FROM article WHERE id = " + republished)).isEqualTo(w.editorA().id());
        Page register = adminP.get("/admin/u/" + w.p().id() + "/good-examples?year=2026");
        assertThat(register.doc().select("#examples tbody tr").text()).contains("Em Nguyễn Văn Bình " + w.tag()).contains(w.a().name())
                .contains("qua " + w.d().name());
        Page example = adminP.get("/admin/u/" + w.p().id() + "/good-examples/" + id);
        assertThat(example.doc().select("#example-writer").text()).isEqualTo(w.a().name());
        assertThat(example.doc().select("#example-hops li")).hasSize(2);
    }

    @Test
    void forwardingTheSameExampleTwiceIsRefused() {
        Browser editorA = as(w.editorA().email());
        Browser adminD = as(w.adminD().email());
        long id = write(editorA, w.a().id(), "Cô Trần Thị Hoa " + w.tag(), "TEACHING");
        send(editorA, w.a().id(), id);
        accept(adminD, w.d().id(), id);
        assertThat(send(adminD, w.d().id(), id).status()).isEqualTo(303);

        Page again = adminD.post("/admin/u/" + w.d().id() + "/good-examples/" + id + "/send", Map.of());

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text()).contains("Đơn vị đã gửi gương này lên cấp trên; không gửi lại lần nữa.");
        assertThat(number("SELECT COUNT(*) FROM good_example_hop WHERE good_example_id = " + id)).isEqualTo(2);
        assertThat(number("SELECT COUNT(*) FROM story_submission WHERE unit_id = " + w.d().id() + " AND article_id = (SELECT s.republished_article_id "
                + "FROM good_example_hop h JOIN story_submission s ON s.id = h.story_id WHERE h.to_unit_id = " + w.d().id() + " AND h.good_example_id = "
                + id + ")")).isEqualTo(1);
    }

    @Test
    void aPhongCannotForwardAnExampleItHasNotAccepted() {
        Browser editorA = as(w.editorA().email());
        Browser adminD = as(w.adminD().email());
        long id = write(editorA, w.a().id(), "Thầy Lê Văn Minh " + w.tag(), "COURAGE");
        send(editorA, w.a().id(), id);

        Page early = send(adminD, w.d().id(), id);

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text()).contains("Đơn vị chưa nhận đăng gương này nên chưa thể chuyển lên.");
    }

    @Test
    void theRegisterCountsPerUnitBelowEqualAnIndependentCount() {
        Fixtures.World v = fixtures.world();
        Browser editorA = as(v.editorA().email());
        Browser editorB = as(v.editorB().email());
        Browser adminB = as(v.adminB().email());
        Browser adminD = as(v.adminD().email());
        for (int i = 0; i < 3; i++) {
            long id = write(editorA, v.a().id(), "Học sinh A" + i, i == 0 ? "LEARNING" : "KINDNESS");
            send(editorA, v.a().id(), id);
            accept(adminD, v.d().id(), id);
        }
        long fromB = write(editorB, v.b().id(), "Học sinh B", "KINDNESS");
        send(adminB, v.b().id(), fromB);
        accept(adminD, v.d().id(), fromB);
        send(adminB, v.b().id(), write(editorB, v.b().id(), "Chờ nhận", "KINDNESS"));
        write(as(v.editorD().email()), v.d().id(), "Chuyên viên Phòng", "SERVICE");

        Page register = adminD.get("/admin/u/" + v.d().id() + "/good-examples?year=2026");

        long own = number("SELECT COUNT(*) FROM good_example WHERE unit_id = " + v.d().id());
        Map<String, Long> independent = new HashMap<>();
        for (var unit : new vn.lantoa.unit.Unit[] {v.a(), v.b()}) {
            independent.put(unit.name(), number("SELECT COUNT(*) FROM good_example_hop h JOIN story_submission s ON s.id = h.story_id "
                    + "JOIN good_example g ON g.id = h.good_example_id WHERE h.to_unit_id = " + v.d().id() + " AND s.status = 'ACCEPTED' AND g.unit_id = " + unit.id()));
        }
        Map<String, Long> shown = new HashMap<>();
        register.doc().select("#example-counts tbody tr").forEach(tr -> shown.put(tr.child(0).text(), Long.parseLong(tr.child(1).text())));
        assertThat(shown).containsEntry(v.a().name(), independent.get(v.a().name())).containsEntry(v.b().name(), independent.get(v.b().name()))
                .containsEntry("Của " + v.d().name(), own);
        assertThat(Long.parseLong(register.doc().select("#example-total").text())).isEqualTo(own + 4).isEqualTo(5);
        Page kindness = adminD.get("/admin/u/" + v.d().id() + "/good-examples?year=2026&field=KINDNESS&unit=" + v.a().id());
        assertThat(kindness.doc().select("#example-total").text()).isEqualTo("2");
        Page workbook = adminD.get("/admin/u/" + v.d().id() + "/good-examples/export?year=2026", "*/*");
        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.header("Content-Type")).contains("spreadsheetml");
    }

    @Test
    void badInputIsNamedInVietnameseAndNothingIsStored() {
        Browser editorA = as(w.editorA().email());
        String base = "/admin/u/" + w.a().id() + "/good-examples";
        long before = number("SELECT COUNT(*) FROM article WHERE unit_id = " + w.a().id());
        editorA.get(base + "/new");

        Page refused = editorA.post(base, Map.of("honoree", " ", "kind", "ROBOT", "deedOn", "31/02/2026", "field", "X", "coverFileId", "abc"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-honoree").text()).isEqualTo("Nhập tên người hoặc tập thể được nêu gương.");
        assertThat(refused.doc().select("#e-deed").text()).isEqualTo("Kể lại việc tốt.");
        assertThat(refused.doc().select("#e-field").text()).isEqualTo("Chọn lĩnh vực.");
        Page future = editorA.post(base, Map.of("honoree", "Em A", "kind", "PERSON", "honoreeUnit", "Lớp 6A", "deed", "Việc tốt", "deedOn", "01/01/2030",
                "field", "OTHER"));
        assertThat(future.doc().select("#e-deedOn").text()).isEqualTo("Ngày của việc tốt phải từ năm 2000 đến hôm nay.");
        assertThat(number("SELECT COUNT(*) FROM article WHERE unit_id = " + w.a().id())).isEqualTo(before);
    }

    @Test
    void anotherUnitSeesNothingAndOversightCannotSend() {
        Browser editorA = as(w.editorA().email());
        long id = write(editorA, w.a().id(), "Em Phạm Thu " + w.tag(), "LEARNING");
        Browser adminB = as(w.adminB().email());
        Browser adminQ = as(w.adminQ().email());
        Browser adminP = as(w.adminP().email());

        assertThat(adminB.get("/admin/u/" + w.a().id() + "/good-examples/" + id).status()).isEqualTo(404);
        assertThat(adminB.get("/admin/u/" + w.b().id() + "/good-examples/" + id).status()).isEqualTo(404);
        assertThat(adminQ.get("/admin/u/" + w.a().id() + "/good-examples").status()).isEqualTo(404);
        adminB.get("/admin/u/" + w.b().id() + "/good-examples");
        assertThat(adminB.post("/admin/u/" + w.b().id() + "/good-examples/" + id + "/send", Map.of()).status()).isEqualTo(404);
        assertThat(adminP.get("/admin/u/" + w.a().id() + "/good-examples/" + id).status()).isEqualTo(200);
        assertThat(adminP.post("/admin/u/" + w.a().id() + "/good-examples/" + id + "/send", Map.of()).status()).isEqualTo(403);
        assertThat(number("SELECT COUNT(*) FROM good_example_hop WHERE good_example_id = " + id)).isZero();
    }

    long number(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
              Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
