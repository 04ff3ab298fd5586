package vn.lantoa.topic;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A Sở keeps its tree's topic list; the units below see it; nobody else changes it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicListTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;

    Fixtures.World w;

    @BeforeAll
    void world() {
        w = fixtures.world();
    }

    Browser as(String email) {
        return new Browser(server.getURI()).signIn(email, Fixtures.PASSWORD);
    }

    long topicId(long unitId, String code) {
        return TopicSql.count("SELECT id FROM topic WHERE unit_id = " + unitId + " AND code = '" + code + "'");
    }

    @Test
    void aProvinceLoadsTheStandardListThenAddsRenamesReordersAndRetiresAndItsSchoolsSeeIt() {
        Browser adminP = as(w.adminP().email());
        String base = "/admin/u/" + w.p().id() + "/topics";
        assertThat(adminP.get(base).doc().select("#load-standard button").text()).isEqualTo("Nạp danh sách chuẩn của ngành");
        assertThat(adminP.post(base + "/standard", Map.of()).status()).isEqualTo(303);
        assertThat(adminP.get(base).doc().select("#own-topics tr[data-code]").eachAttr("data-code"))
                .startsWith("CHINH_SACH", "GDMN", "GDPT", "GDTX", "DOI_NGU", "AN_TOAN", "CDS", "THI_CU", "THI_DUA");
        // Loading twice would make twins: refused once the list has anything.
        assertThat(adminP.post(base + "/standard", Map.of()).status()).isEqualTo(422);

        Page refused = adminP.post(base, Map.of("code", "kỳ thi", "name", ""));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-code").text()).contains("chữ in hoa không dấu");
        assertThat(refused.doc().select("#e-name").text()).isEqualTo("Nhập tên chủ đề.");
        assertThat(adminP.post(base, Map.of("code", "thi_cu", "name", "Thi cử lần hai")).status()).isEqualTo(422);
        assertThat(adminP.post(base, Map.of("code", "ky_thi_tn", "name", "Kỳ thi tốt nghiệp THPT")).status()).isEqualTo(303);
        long exam = topicId(w.p().id(), "KY_THI_TN");

        assertThat(adminP.post(base + "/" + exam, Map.of("name-" + exam, "Kỳ thi tốt nghiệp THPT năm 2026")).status()).isEqualTo(303);
        assertThat(adminP.post(base + "/" + exam + "/up", Map.of()).status()).isEqualTo(303);
        List<String> order = adminP.get(base).doc().select("#own-topics tr[data-code]").eachAttr("data-code");
        assertThat(order.indexOf("KY_THI_TN")).isEqualTo(order.size() - 2);

        Browser adminA = as(w.adminA().email());
        String school = "/admin/u/" + w.a().id() + "/topics";
        assertThat(adminA.get(school).text()).contains("Do " + w.p().name() + " quản lý").contains("Kỳ thi tốt nghiệp THPT năm 2026");
        assertThat(adminA.get(school).doc().select("#add-topic")).isEmpty();

        assertThat(adminP.post(base + "/" + exam + "/retire", Map.of()).status()).isEqualTo(303);
        assertThat(adminA.get(school).text()).doesNotContain("Kỳ thi tốt nghiệp THPT năm 2026");
        assertThat(adminP.post(base + "/" + exam + "/restore", Map.of()).status()).isEqualTo(303);
        assertThat(adminA.get(school).text()).contains("Kỳ thi tốt nghiệp THPT năm 2026");

        Api api = new Api(server.getURI(), json).signIn(w.adminA().email(), Fixtures.PASSWORD);
        Api.Reply listed = api.get("/api/v1/units/" + w.a().id() + "/topics");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("\"code\":\"KY_THI_TN\"").contains("\"keeperUnitId\":" + w.p().id());
        assertThat(new Api(server.getURI(), json).signIn(w.adminQ().email(), Fixtures.PASSWORD).get("/api/v1/units/" + w.a().id() + "/topics").status())
                .isEqualTo(404);
    }

    @Test
    void onlyTheKeepersAdminsChangeTheListAndAUnitBelowKeepsNone() {
        String base = "/admin/u/" + w.p().id() + "/topics";
        long before = TopicSql.count("SELECT COUNT(*) FROM topic WHERE unit_id = " + w.p().id());
        assertThat(as(w.adminQ().email()).post(base, Map.of("code", "LA", "name", "Chủ đề lạ")).status()).isEqualTo(404);
        vn.lantoa.people.User editorP = fixtures.member(w.p(), vn.lantoa.tenancy.Role.EDITOR, "editor-p", w.tag());
        assertThat(as(editorP.email()).post(base, Map.of("code", "LA", "name", "Chủ đề lạ")).status()).isEqualTo(403);
        // A school's own admin may manage the school, but a school keeps no list of its own.
        assertThat(as(w.adminA().email()).post("/admin/u/" + w.a().id() + "/topics", Map.of("code", "LA", "name", "Chủ đề lạ")).status())
                .isEqualTo(404);
        assertThat(TopicSql.count("SELECT COUNT(*) FROM topic WHERE unit_id = " + w.p().id())).isEqualTo(before);
        assertThat(TopicSql.count("SELECT COUNT(*) FROM topic WHERE unit_id = " + w.a().id())).isZero();
    }

    @Test
    void aTopicInUseIsNeverDeletedOnlyRetired() {
        Browser adminQ = as(w.adminQ().email());
        String base = "/admin/u/" + w.q().id() + "/topics";
        assertThat(adminQ.post(base, Map.of("code", "DUNG", "name", "Đang dùng")).status()).isEqualTo(303);
        assertThat(adminQ.post(base, Map.of("code", "NHAM", "name", "Thêm nhầm")).status()).isEqualTo(303);
        long used = topicId(w.q().id(), "DUNG");
        long mistake = topicId(w.q().id(), "NHAM");
        long kase = TopicSql.insert("INSERT INTO desk_case (unit_id, code, channel, topic, message, message_hash, search_text, status, spam, received_at, "
                + "created_at, updated_at, version) VALUES (?, ?, 'PHONE', 'KHAC', 'Phản ánh', ?, 'phan anh', 'MOI', FALSE, NOW(), NOW(), NOW(), 0)",
                w.z().id(), "PA-" + w.tag(), "0".repeat(64));
        TopicSql.insert("INSERT INTO case_topic (unit_id, case_id, topic_id) VALUES (?, ?, ?)", w.z().id(), kase, used);

        Page refused = adminQ.post(base + "/" + used + "/delete", Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-delete").text()).contains("hãy ngừng dùng");
        assertThat(adminQ.post(base + "/" + mistake + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(TopicSql.count("SELECT COUNT(*) FROM topic WHERE id IN (" + used + ", " + mistake + ")")).isEqualTo(1);
    }
}
