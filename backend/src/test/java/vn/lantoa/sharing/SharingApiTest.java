package vn.lantoa.sharing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.files.FileService;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.DocumentForm;
import vn.lantoa.newsroom.DocumentService;
import vn.lantoa.newsroom.DocumentType;
import vn.lantoa.newsroom.OfficialDocument;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.TestClock;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sharing down the tree through the API, over HTTP against the real database: a district shares a directive with its
 * schools and follows who acknowledged it, a school reads its inbox and acknowledges, and nobody else may.
 */
@MicronautTest(transactional = false)
class SharingApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    TestClock clock;
    @Inject
    DocumentService documents;
    @Inject
    FileService files;
    @Inject
    UnitRefRepository refs;

    Api api(String email) {
        return new Api(server.getURI(), json).signIn(email, Fixtures.PASSWORD);
    }

    /** An official document of the unit, with its PDF, published as the newsroom does it. */
    OfficialDocument publishedDocument(Fixtures.World w, long unitId, String number, String summary) {
        Actor platform = fixtures.actor(w.platformAdmin());
        UnitRef unit = refs.findById(unitId).orElseThrow();
        long fileId = files.upload(platform, unit, "cong-van.pdf", new ByteArrayInputStream("%PDF-1.4\n".getBytes(StandardCharsets.UTF_8))).id();
        OfficialDocument doc = documents.create(platform, unit, new DocumentForm.Draft(number, LocalDate.of(2026, 11, 2), "Phòng GDĐT",
                DocumentType.CONG_VAN, summary, fileId, null));
        return documents.publish(platform, unit, doc.id(), true);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (List<Map<String, Object>>) reply.json().get("items");
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fieldMessages(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
        Map<String, String> messages = new java.util.LinkedHashMap<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) reply.json().get("errors")) {
            messages.put((String) e.get("field"), (String) e.get("message"));
        }
        return messages;
    }

    static long id(Api.Reply reply) {
        return ((Number) reply.json().get("id")).longValue();
    }

    @Test
    void aDistrictSharesADocumentWithItsSchoolsOneAcknowledgesAndTheDistrictListsWhoHasNot() {
        clock.runFrom(LocalDateTime.of(2026, 11, 2, 9, 0));
        Fixtures.World w = fixtures.world();
        OfficialDocument directive = publishedDocument(w, w.d().id(), "85/PGDĐT-VP", "Về việc tuyên truyền phòng chống bạo lực học đường");
        Api district = api(w.adminD().email());
        String shares = "/api/v1/units/" + w.d().id() + "/shares";
        Map<String, Object> body = Map.of("itemType", "DOCUMENT", "itemId", directive.id(), "audience", "TYPE:SCHOOL", "requiresAck", true);
        String key = UUID.randomUUID().toString();

        Api.Reply created = district.postWith(shares, body, "Idempotency-Key", key);
        Api.Reply again = district.postWith(shares, body, "Idempotency-Key", key);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long shareId = id(created);
        assertThat(created.header("Location")).isEqualTo(shares + "/" + shareId);
        assertThat(created.json()).containsEntry("title", "85/PGDĐT-VP: Về việc tuyên truyền phòng chống bạo lực học đường")
                .containsEntry("recipients", 2).containsEntry("acknowledged", 0).containsEntry("notAcknowledged", 2);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(id(again)).isEqualTo(shareId);
        assertThat(items(district.get(shares))).hasSize(1);

        clock.runFrom(LocalDateTime.of(2026, 11, 3, 14, 0));
        Api school = api(w.adminA().email());
        List<Map<String, Object>> inbox = items(school.get("/api/v1/units/" + w.a().id() + "/received-shares?acknowledged=false"));
        assertThat(inbox).singleElement().satisfies(i -> assertThat(i).containsEntry("id", (int) shareId).containsEntry("requiresAck", true)
                .containsEntry("number", "85/PGDĐT-VP").containsEntry("fromUnitName", w.d().name()));
        String ack = "/api/v1/units/" + w.a().id() + "/received-shares/" + shareId + "/acknowledge";
        Api.Reply acknowledged = school.post(ack, Map.of());
        clock.runFrom(LocalDateTime.of(2026, 11, 4, 8, 0));
        Api.Reply twice = school.post(ack, Map.of());

        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json()).containsEntry("acknowledged", true);
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.json().get("acknowledgedAt")).isEqualTo(acknowledged.json().get("acknowledgedAt"));

        Api.Reply share = district.get(shares + "/" + shareId);
        List<Map<String, Object>> notYet = items(district.get(shares + "/" + shareId + "/recipients?acknowledged=false"));
        List<Map<String, Object>> done = items(district.get(shares + "/" + shareId + "/recipients?acknowledged=true"));

        assertThat(share.json()).containsEntry("acknowledged", 1).containsEntry("notAcknowledged", 1);
        assertThat(notYet).extracting(r -> r.get("unitName")).containsExactly(w.b().name());
        assertThat(done).singleElement().satisfies(r -> assertThat(r).containsEntry("unitName", w.a().name())
                .containsEntry("acknowledgedByName", w.adminA().fullName()));
    }

    @Test
    void listsOfSharesTakeUpdatedSinceSoAPollingDistrictSeesOnlyNewAcknowledgements() {
        clock.runFrom(LocalDateTime.of(2026, 11, 2, 9, 0));
        Fixtures.World w = fixtures.world();
        long article = fixtures.published(w, w.d().id(), ArticleKind.NEWS, "Tin của Phòng " + w.tag(), "<p>Tin chung.</p>").id();
        Api district = api(w.adminD().email());
        String shares = "/api/v1/units/" + w.d().id() + "/shares";
        long shareId = id(district.post(shares, Map.of("itemType", "ARTICLE", "itemId", article, "audience", "CHILDREN", "requiresAck", true)));
        clock.runFrom(LocalDateTime.of(2026, 11, 5, 10, 0));
        api(w.adminB().email()).post("/api/v1/units/" + w.b().id() + "/received-shares/" + shareId + "/acknowledge", Map.of());

        String since = "?updatedSince=2026-11-05T00:00:00%2B07:00";
        assertThat(items(district.get(shares + since))).extracting(s -> s.get("id")).containsExactly((int) shareId);
        assertThat(items(district.get(shares + "?updatedSince=2026-11-06T00:00:00%2B07:00"))).isEmpty();
        assertThat(items(district.get(shares + "/" + shareId + "/recipients" + since))).extracting(r -> r.get("unitName"))
                .containsExactly(w.b().name());
        assertThat(items(api(w.adminA().email()).get("/api/v1/units/" + w.a().id() + "/received-shares" + since))).isEmpty();
    }

    @Test
    void aSchoolCannotAcknowledgeWhatAskedForNoAcknowledgementNorWhatWasNotSentToIt() {
        Fixtures.World w = fixtures.world();
        long article = fixtures.published(w, w.d().id(), ArticleKind.NEWS, "Lịch nghỉ Tết " + w.tag(), "<p>Lịch nghỉ.</p>").id();
        long shareId = id(api(w.adminD().email()).post("/api/v1/units/" + w.d().id() + "/shares",
                Map.of("itemType", "ARTICLE", "itemId", article, "audience", "LEVEL:THCS")));

        Api.Reply notAsked = api(w.adminA().email()).post("/api/v1/units/" + w.a().id() + "/received-shares/" + shareId + "/acknowledge", Map.of());
        Api.Reply notSent = api(w.adminB().email()).post("/api/v1/units/" + w.b().id() + "/received-shares/" + shareId + "/acknowledge", Map.of());

        assertThat(notAsked.status()).isEqualTo(409);
        assertThat(notAsked.code()).isEqualTo("CONFLICT");
        assertThat(notAsked.json().get("message")).isEqualTo("Mục này không yêu cầu xác nhận đã nhận.");
        assertThat(notSent.status()).isEqualTo(404);
        assertThat(api(w.adminB().email()).get("/api/v1/units/" + w.b().id() + "/received-shares/" + shareId).status()).isEqualTo(404);
    }

    @Test
    void badSharesAreRefusedWithVietnameseMessagesNextToTheFieldsAndNothingIsShared() {
        Fixtures.World w = fixtures.world();
        long draft = fixtures.draft(w, w.d().id(), ArticleKind.NEWS, "Bản nháp của Phòng " + w.tag(), "<p>Chưa đăng.</p>").id();
        long article = fixtures.published(w, w.d().id(), ArticleKind.NEWS, "Tin đã đăng " + w.tag(), "<p>Đã đăng.</p>").id();
        Api district = api(w.adminD().email());
        String shares = "/api/v1/units/" + w.d().id() + "/shares";

        Map<String, String> wrongKind = fieldMessages(district.post(shares, Map.of("itemType", "VIDEO", "audience", "LEVEL:ĐẠI_HỌC")));
        Map<String, String> unpublished = fieldMessages(district.post(shares, Map.of("itemType", "ARTICLE", "itemId", draft, "audience", "ALL")));
        Map<String, String> nobody = fieldMessages(district.post(shares, Map.of("itemType", "ARTICLE", "itemId", article, "audience", "LEVEL:MN")));
        Map<String, String> sort = fieldMessages(district.get(shares + "?sort=mauSac"));
        Map<String, String> flag = fieldMessages(district.get(shares + "/1/recipients?acknowledged=co"));

        assertThat(wrongKind).containsEntry("itemType", "Chọn itemType là ARTICLE (tin bài) hoặc DOCUMENT (văn bản).")
                .containsEntry("itemId", "Nhập mã tin bài hoặc văn bản cần chia sẻ (itemId).")
                .containsEntry("audience", "Chọn đơn vị nhận.");
        assertThat(unpublished).containsOnlyKeys("itemId");
        assertThat(unpublished.get("itemId")).contains("chỉ chia sẻ được nội dung đã đăng");
        assertThat(nobody).containsEntry("audience", "Không có đơn vị nào phù hợp để nhận. Chọn nhóm đơn vị khác.");
        assertThat(sort.get("sort")).contains("createdAt");
        assertThat(flag).containsEntry("acknowledged", "Giá trị phải là true hoặc false.");
        assertThat(items(district.get(shares))).isEmpty();
    }

    @Test
    void theProvinceReadsTheDistrictsSharesButNeitherSharesForItNorAcknowledgesForItsSchools() {
        Fixtures.World w = fixtures.world();
        long article = fixtures.published(w, w.d().id(), ArticleKind.NEWS, "Kế hoạch truyền thông " + w.tag(), "<p>Kế hoạch.</p>").id();
        long shareId = id(api(w.adminD().email()).post("/api/v1/units/" + w.d().id() + "/shares",
                Map.of("itemType", "ARTICLE", "itemId", article, "audience", "ALL", "requiresAck", true)));
        Api province = api(w.adminP().email());

        assertThat(items(province.get("/api/v1/units/" + w.d().id() + "/shares"))).extracting(s -> s.get("id")).containsExactly((int) shareId);
        assertThat(items(province.get("/api/v1/units/" + w.a().id() + "/received-shares"))).hasSize(1);
        assertThat(province.post("/api/v1/units/" + w.d().id() + "/shares", Map.of("itemType", "ARTICLE", "itemId", article, "audience", "ALL"))
                .status()).isEqualTo(403);
        assertThat(province.post("/api/v1/units/" + w.a().id() + "/received-shares/" + shareId + "/acknowledge", Map.of()).status()).isEqualTo(403);
        assertThat(api(w.adminQ().email()).get("/api/v1/units/" + w.d().id() + "/shares/" + shareId).status()).isEqualTo(404);
        assertThat(items(api(w.adminD().email()).get("/api/v1/units/" + w.d().id() + "/shares/" + shareId + "/recipients?acknowledged=true")))
                .isEmpty();
    }
}
