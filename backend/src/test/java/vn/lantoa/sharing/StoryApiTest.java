package vn.lantoa.sharing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Fixtures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stories up the tree through the API: a school sends an article to its district, whose editors accept or decline it;
 * both ends read the story, only the district decides, and the province above reads none of it.
 */
@MicronautTest(transactional = false)
class StoryApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;

    Api api(String email) {
        return new Api(server.getURI(), json).signIn(email, Fixtures.PASSWORD);
    }

    /** The school's editor sends one of its articles up to the district; returns the story's id. */
    long sendUp(Fixtures.World w, String title) {
        long article = fixtures.published(w, w.a().id(), ArticleKind.NEWS, title, "<p>Em Lan nhặt được ví và trả lại người mất.</p>").id();
        Api.Reply sent = api(w.editorA().email()).postWith("/api/v1/units/" + w.a().id() + "/stories",
                Map.of("articleId", article, "note", "Ảnh do nhà trường chụp, phụ huynh đã đồng ý."), "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = ((Number) sent.json().get("id")).longValue();
        assertThat(sent.header("Location")).isEqualTo("/api/v1/units/" + w.a().id() + "/stories/" + id);
        return id;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (List<Map<String, Object>>) reply.json().get("items");
    }

    @Test
    void aSchoolSendsAStoryUpAndTheDistrictReadsItAndAcceptsItOnce() {
        Fixtures.World w = fixtures.world();
        long storyId = sendUp(w, "Gương người tốt việc tốt " + w.tag());
        Api district = api(w.adminD().email());
        String stories = "/api/v1/units/" + w.d().id() + "/stories";

        List<Map<String, Object>> pending = items(district.get(stories + "?status=PENDING"));
        Api.Reply story = district.get(stories + "/" + storyId);
        Api.Reply accepted = district.post(stories + "/" + storyId + "/accept", Map.of());
        Api.Reply again = district.post(stories + "/" + storyId + "/accept", Map.of());

        assertThat(pending).extracting(s -> s.get("title")).containsExactly("Gương người tốt việc tốt " + w.tag());
        assertThat(story.json()).containsEntry("fromUnitName", w.a().name()).containsEntry("note", "Ảnh do nhà trường chụp, phụ huynh đã đồng ý.");
        assertThat((String) story.json().get("bodyHtml")).contains("trả lại người mất");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json()).containsEntry("status", "ACCEPTED");
        assertThat(accepted.json().get("republishedArticleId")).isNotNull();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("CONFLICT");
        assertThat(items(api(w.adminA().email()).get("/api/v1/units/" + w.a().id() + "/stories?direction=sent")))
                .singleElement().satisfies(s -> assertThat(s).containsEntry("status", "ACCEPTED").containsEntry("toUnitName", w.d().name()));
    }

    @Test
    void aDeclineNeedsAReasonAndOnlyTheReceivingUnitDecides() {
        Fixtures.World w = fixtures.world();
        long storyId = sendUp(w, "Hội thi văn nghệ " + w.tag());
        String path = "/api/v1/units/" + w.d().id() + "/stories/" + storyId;

        Api.Reply noReason = api(w.adminD().email()).post(path + "/decline", Map.of());
        Api.Reply bySender = api(w.adminA().email()).post("/api/v1/units/" + w.a().id() + "/stories/" + storyId + "/decline", Map.of("reason", "Tự từ chối"));
        Api.Reply byProvince = api(w.adminP().email()).post(path + "/decline", Map.of("reason", "Chưa phù hợp"));
        Api.Reply readByProvince = api(w.adminP().email()).get(path);
        Api.Reply declined = api(w.adminD().email()).post(path + "/decline", Map.of("reason", "Ảnh chưa rõ mặt học sinh, đề nghị bổ sung."));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").toString()).contains("reason").contains("Nhập lý do để đơn vị gửi biết cần sửa gì.");
        assertThat(bySender.status()).isEqualTo(404);
        assertThat(byProvince.status()).isEqualTo(403);
        assertThat(readByProvince.status()).isEqualTo(403);
        assertThat(declined.json()).containsEntry("status", "DECLINED").containsEntry("decisionReason", "Ảnh chưa rõ mặt học sinh, đề nghị bổ sung.");
        assertThat(api(w.adminA().email()).get("/api/v1/units/" + w.a().id() + "/stories/" + storyId).json()).containsEntry("status", "DECLINED");
    }

    @Test
    void badStoriesAreRefusedWithVietnameseMessagesNextToTheFields() {
        Fixtures.World w = fixtures.world();
        Api school = api(w.editorA().email());
        String stories = "/api/v1/units/" + w.a().id() + "/stories";

        Api.Reply nothing = school.post(stories, Map.of("note", "Quên chọn bài"));
        Api.Reply unknown = school.post(stories, Map.of("articleId", 999_999_999L));
        Api.Reply direction = school.get(stories + "?direction=len");
        Api.Reply status = school.get(stories + "?status=DA_XEM");

        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.json().get("errors").toString()).contains("articleId").contains("Chọn tin bài cần gửi lên (articleId).");
        assertThat(unknown.json().get("errors").toString()).contains("Đơn vị không có tin bài nào với mã này.");
        assertThat(direction.status()).isEqualTo(400);
        assertThat(direction.json().get("errors").toString()).contains("direction");
        assertThat(status.status()).isEqualTo(400);
        assertThat(items(school.get(stories + "?direction=sent"))).isEmpty();
    }
}
