package vn.lantoa.topic;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles, clippings and cases carry the sector's topics through the newsroom's, the press desk's and the listening
 * desk's own forms; a topic of another Sở's tree is refused and nothing is written.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicPickerTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    Fixtures.World w;
    long ours;
    long theirs;

    @BeforeAll
    void world() {
        w = fixtures.world();
        ours = TopicSql.insert("INSERT INTO topic (unit_id, code, name, position, active, created_at, updated_at) VALUES (?, 'AN_TOAN', "
                + "'An toàn trường học', 10, TRUE, NOW(), NOW())", w.p().id());
        theirs = TopicSql.insert("INSERT INTO topic (unit_id, code, name, position, active, created_at, updated_at) VALUES (?, 'RIENG', "
                + "'Chủ đề của tỉnh khác', 10, TRUE, NOW(), NOW())", w.q().id());
    }

    Browser as(String email) {
        return new Browser(server.getURI()).signIn(email, Fixtures.PASSWORD);
    }

    static List<Map.Entry<String, String>> form(String... pairs) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            f.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        return f;
    }

    static List<Map.Entry<String, String>> article(String title, long... topicIds) {
        List<Map.Entry<String, String>> f = form("kind", "NEWS", "title", title, "summary", "Tóm tắt", "bodyHtml", "<p>Nội dung.</p>", "tags", "",
                "slug", "", "categoryId", "", "coverFileId", "", "coverAlt", "", "publishAt", "", "topicIds", "");
        for (long id : topicIds) {
            f.add(Map.entry("topicIds", String.valueOf(id)));
        }
        return f;
    }

    @Test
    void anArticleCarriesTheTopicsTickedInTheEditorAndUntickingClearsThem() {
        Browser editor = as(w.editorA().email());
        String base = "/admin/u/" + w.a().id() + "/articles";
        Page form = editor.get(base + "/new");
        assertThat(form.doc().select("fieldset.topic-picker legend").text()).isEqualTo("Chủ đề truyền thông");
        assertThat(form.doc().select("fieldset.topic-picker input[type=checkbox]").eachAttr("value")).containsExactly(String.valueOf(ours));

        Page created = editor.post(base, article("Diễn tập phòng cháy " + w.tag(), ours));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        long id = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
        assertThat(TopicSql.count("SELECT COUNT(*) FROM article_topic WHERE unit_id = " + w.a().id() + " AND article_id = " + id + " AND topic_id = " + ours))
                .isEqualTo(1);
        assertThat(editor.get(base + "/" + id).doc().select("fieldset.topic-picker input[value=" + ours + "]").attr("checked")).isNotNull();

        String version = editor.get(base + "/" + id).doc().select("input[name=version]").attr("value");
        List<Map.Entry<String, String>> cleared = article("Diễn tập phòng cháy " + w.tag());
        cleared.add(Map.entry("version", version));
        assertThat(editor.post(base + "/" + id + "?action=save", cleared).status()).isEqualTo(303);
        assertThat(TopicSql.count("SELECT COUNT(*) FROM article_topic WHERE article_id = " + id)).isZero();
    }

    @Test
    void aTopicOfAnotherProvincesTreeIsRefusedAndNoArticleIsWritten() {
        long before = TopicSql.count("SELECT COUNT(*) FROM article WHERE unit_id = " + w.a().id());
        Page refused = as(w.editorA().email()).post("/admin/u/" + w.a().id() + "/articles", article("Bài lạ " + w.tag(), ours, theirs));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-topicIds").text()).isEqualTo("Có chủ đề không thuộc danh sách dùng được ở đơn vị này.");
        assertThat(TopicSql.count("SELECT COUNT(*) FROM article WHERE unit_id = " + w.a().id())).isEqualTo(before);
        assertThat(TopicSql.count("SELECT COUNT(*) FROM article_topic WHERE unit_id = " + w.a().id() + " AND topic_id = " + theirs)).isZero();
    }

    @Test
    void aClippingCarriesTheSectorsTopicsBesideTheDesksOwnAndRefusesAnotherTreesTopic() {
        Browser desk = as(w.adminA().email());
        String base = "/admin/u/" + w.a().id() + "/press/clippings";
        List<Map.Entry<String, String>> f = form("url", "https://baodaklak.example.vn/an-toan-" + w.tag(), "title", "Trường diễn tập an toàn " + w.tag(),
                "outletName", "Báo Đắk Lắk", "outletKind", "ONLINE", "publishedOn", "02/06/2025", "tone", "POSITIVE", "topics", "AN_TOAN",
                "unitIds", String.valueOf(w.a().id()), "topicIds", "", "topicIds", String.valueOf(theirs));
        long before = TopicSql.count("SELECT COUNT(*) FROM press_clipping WHERE unit_id = " + w.a().id());
        Page refused = desk.post(base, f);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-topicIds").text()).contains("không thuộc danh sách");
        assertThat(TopicSql.count("SELECT COUNT(*) FROM press_clipping WHERE unit_id = " + w.a().id())).isEqualTo(before);

        f.set(f.size() - 1, Map.entry("topicIds", String.valueOf(ours)));
        Page created = desk.post(base, f);
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        long id = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
        assertThat(TopicSql.count("SELECT COUNT(*) FROM clipping_topic WHERE unit_id = " + w.a().id() + " AND clipping_id = " + id + " AND topic_id = " + ours))
                .isEqualTo(1);
        Page shown = desk.get(created.location());
        assertThat(shown.doc().select("#clipping-themes").text()).isEqualTo("An toàn trường học");
        assertThat(TopicSql.count("SELECT COUNT(*) FROM press_clipping WHERE id = " + id + " AND topics = 'AN_TOAN'")).isEqualTo(1);
    }

    @Test
    void aCaseIsGivenItsTopicsOnItsPageByWhoeverHandlesFeedback() {
        long kase = TopicSql.insert("INSERT INTO desk_case (unit_id, code, channel, topic, message, message_hash, search_text, status, spam, received_at, "
                + "created_at, updated_at, version) VALUES (?, ?, 'PHONE', 'AN_TOAN', 'Cổng trường hỏng', ?, 'cong truong hong', 'MOI', FALSE, NOW(), NOW(), NOW(), 0)",
                w.a().id(), "PA-" + w.tag(), "1".repeat(64));
        String path = "/admin/u/" + w.a().id() + "/desk/cases/" + kase;
        Browser admin = as(w.adminA().email());
        assertThat(admin.get(path).doc().select("#case-topics input[type=checkbox]").eachAttr("value")).containsExactly(String.valueOf(ours));

        Page refused = admin.post(path + "/topics", form("topicIds", "", "topicIds", String.valueOf(theirs)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#case-topics #e-topicIds").text()).contains("không thuộc danh sách");
        assertThat(TopicSql.count("SELECT COUNT(*) FROM case_topic WHERE case_id = " + kase)).isZero();

        assertThat(as(w.viewerA().email()).post(path + "/topics", form("topicIds", String.valueOf(ours))).status()).isEqualTo(403);
        assertThat(as(w.adminB().email()).post("/admin/u/" + w.b().id() + "/desk/cases/" + kase + "/topics", form("topicIds", String.valueOf(ours)))
                .status()).isEqualTo(404);
        assertThat(TopicSql.count("SELECT COUNT(*) FROM case_topic WHERE case_id = " + kase)).isZero();

        assertThat(admin.post(path + "/topics", form("topicIds", "", "topicIds", String.valueOf(ours))).status()).isEqualTo(303);
        assertThat(TopicSql.count("SELECT COUNT(*) FROM case_topic WHERE unit_id = " + w.a().id() + " AND case_id = " + kase + " AND topic_id = " + ours))
                .isEqualTo(1);
    }
}
