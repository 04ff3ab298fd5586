package vn.lantoa.tenancy;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.committee.CommitteeForm;
import vn.lantoa.committee.CommitteeSeeder;
import vn.lantoa.files.FileService;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleDraft;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.disclosure.DisclosureService;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Images;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;
import vn.lantoa.unit.Unit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the application, as Micronaut's router lists it, tried by people who must not use it on another unit's
 * data. {@link IsolationRules} says, route by route, whose data it touches and what each kind of person may do there; a
 * route without a rule fails {@link #everyRouteOfTheRouterHasARule}. The fixture gives two sibling schools A and B under
 * district D, a sibling district D2 under the same province P, and another province Q, each with real data (a committee,
 * files, drafts and published articles, documents, a story, a share, forms, obligations, a sent report with an attachment,
 * an import). Each attempt's answer is checked, and every unit's data is compared before and after.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest {

    static final String DRAFT_TITLE = "Bản nháp riêng của trường";
    static final String PUBLISHED_TITLE = "Tin đã đăng của trường An Bình";

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;
    @Inject
    Fixtures fixtures;
    @Inject
    ReportingFixture reporting;
    @Inject
    JsonMapper json;
    @Inject
    CommitteeSeeder committees;
    @Inject
    FileService files;
    @Inject
    MembershipRepository memberships;
    @Inject
    UnitRefRepository refs;
    @Inject
    ArticleService articles;
    @Inject
    DisclosureService disclosures;
    @Inject
    TestClock clock;

    Fixtures.World w;
    Unit d2;
    Map<IsolationRules.Owner, Map<String, String>> ids = new HashMap<>();
    Map<String, String> publicIds = new HashMap<>();
    Map<String, String> draftIds = new HashMap<>();
    List<Long> units = new ArrayList<>();
    List<Long> people = new ArrayList<>();
    Map<String, Prober> probers = new HashMap<>();

    /** One person, signed in once in a browser and once through the API. */
    record Prober(String name, Browser browser, Api api) {
    }

    @BeforeAll
    void world() throws Exception {
        clock.runFrom(LocalDateTime.of(2026, 9, 16, 10, 0));
        w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        d2 = fixtures.unit(platform, w.p().id(), "Phòng GDĐT Huyện Bên Cạnh " + w.tag(), UnitType.DISTRICT_OFFICE, null);
        Unit c = fixtures.unit(platform, d2.id(), "Trường THCS Bên Cạnh " + w.tag(), UnitType.SCHOOL, SchoolLevel.THCS);
        var adminD2 = fixtures.member(d2, Role.UNIT_ADMIN, "admin-d2", w.tag());
        var reporterP = fixtures.member(w.p(), Role.REPORTER, "reporter-p", w.tag());
        var viewerD = fixtures.member(w.d(), Role.VIEWER, "viewer-d", w.tag());
        UnitRef a = refs.findById(w.a().id()).orElseThrow();
        UnitRef d = refs.findById(w.d().id()).orElseThrow();
        units.addAll(List.of(w.p().id(), w.d().id(), w.a().id(), w.b().id(), w.q().id(), w.z().id(), d2.id(), c.id()));

        // The school's own work: committee, files, a draft with a revision, a published article with tag and attachment, documents.
        committees.seed(platform, a.id(), new CommitteeForm("1/QĐ", "2024-09-05", "0243 111 2222", "ban@example.edu.vn", "", ""),
                List.of(new CommitteeSeeder.SeedMember(w.headA().id(), "Trưởng ban A", w.headA().email(), "Hiệu trưởng", "HEAD", "Chỉ đạo",
                        "0912 000 111", true)));
        String memberId = str("SELECT id FROM committee_member WHERE unit_id = " + a.id());
        long fileId = files.upload(platform, a, "so-do.png", new ByteArrayInputStream(Images.PNG)).id();
        String imageKey = str("SELECT object_key FROM stored_file WHERE id = " + fileId);
        long attachmentId = files.upload(platform, a, "ke-hoach.pdf", new ByteArrayInputStream(PDF)).id();
        long membershipId = memberships.findByUnitIdAndUserId(a.id(), w.editorA().id()).get(0).id();
        Article draft = articles.create(platform, a, new ArticleDraft(ArticleKind.NEWS, DRAFT_TITLE + " " + w.tag(), null, null,
                "<p>Chưa đăng.</p>", null, null, null, false, List.of(), List.of(), null, null, null));
        draft = articles.update(platform, a, draft.id(), new ArticleDraft(ArticleKind.NEWS, draft.title(), null, null, "<p>Vẫn chưa đăng.</p>",
                null, null, null, false, List.of(), List.of(), null, null, draft.version()));
        Browser headA = new Browser(server.getURI()).signIn(w.headA().email(), Fixtures.PASSWORD);
        headA.get("/admin/u/" + a.id() + "/site");
        headA.post("/admin/u/" + a.id() + "/site/categories", Map.of("name", "Hoạt động " + w.tag(), "sortOrder", "1"));
        headA.post("/admin/u/" + a.id() + "/site/links", Map.of("label", "Sở GDĐT", "url", "https://sogd.example.vn"));
        long categoryId = Long.parseLong(str("SELECT id FROM category WHERE unit_id = " + a.id()));
        Article published = articles.create(platform, a, new ArticleDraft(ArticleKind.NEWS, PUBLISHED_TITLE + " " + w.tag(), null, null,
                "<p>Đã đăng.</p>", categoryId, null, null, false, List.of("Khai giảng " + w.tag()), List.of(attachmentId), null, null, null));
        articles.submit(platform, a, published.id());
        articles.approve(platform, a, published.id());
        published = articles.publish(platform, a, published.id(), null);
        Article page = fixtures.published(w, a.id(), ArticleKind.PAGE, "Giới thiệu trường " + w.tag(), "<p>Trường được thành lập năm 1990.</p>");
        long documentId = postedId(headA, "/admin/u/" + a.id() + "/documents", Map.of("number", "12/KH-THCS", "docDate", "05/09/2026",
                "issuer", "Trường THCS An Bình", "docType", "KE_HOACH", "summary", "Kế hoạch truyền thông năm học"));
        long publicDocumentId = postedId(headA, "/admin/u/" + a.id() + "/documents", Map.of("number", "13/TB-THCS", "docDate", "06/09/2026",
                "issuer", "Trường THCS An Bình", "docType", "THONG_BAO", "summary", "Thông báo lịch họp phụ huynh", "fileId", String.valueOf(attachmentId)));
        assertThat(headA.post("/admin/u/" + a.id() + "/documents/" + publicDocumentId + "/publish", Map.of()).status()).isEqualTo(303);

        // Down and up the tree: D shares an article with its THCS schools (A, not B); A sends a story up to D.
        Browser adminD = new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD);
        Article districtNews = fixtures.published(w, d.id(), ArticleKind.NEWS, "Tin của Phòng " + w.tag(), "<p>Tin chung.</p>");
        adminD.get("/admin/u/" + d.id() + "/shares/new?type=ARTICLE&id=" + districtNews.id());
        long shareId = postedId(adminD, "/admin/u/" + d.id() + "/shares", Map.of("itemType", "ARTICLE", "itemId", String.valueOf(districtNews.id()),
                "audience", "LEVEL:THCS", "requiresAck", "true"));
        // D launches a campaign for its THCS schools (A), with a guide among its materials.
        long campaignGuide = files.upload(platform, d, "huong-dan-chien-dich.pdf", new ByteArrayInputStream(PDF)).id();
        adminD.get("/admin/u/" + d.id() + "/campaigns/new");
        Page launched = adminD.postMultipart("/admin/u/" + d.id() + "/campaigns", Map.of("name", "Tháng an toàn giao thông " + w.tag(),
                "audience", "LEVEL:THCS", "startsOn", "01/09/2026", "endsOn", "30/09/2026", "material." + campaignGuide, "1", "bannerAlt", "Biểu ngữ"),
                "bannerUpload", "bieu-ngu.png", Images.PNG, "image/png");
        assertThat(launched.status()).as(launched.text()).isEqualTo(303);
        String campaignId = launched.location().substring(launched.location().lastIndexOf('/') + 1);
        String noticeExpiresAt = LocalDateTime.ofInstant(clock.instant(), TestClock.VIETNAM).plusDays(2).withNano(0).withSecond(0).toString();
        long noticeId = postedId(adminD, "/admin/u/" + d.id() + "/notices", Map.of("kind", "STORM", "severity", "URGENT", "title", "Bão số 3",
                "body", "Học sinh nghỉ học ngày mai.", "expiresAt", noticeExpiresAt, "audience", "LEVEL:THCS", "confirm", "yes", "seen", "1/LEVEL:THCS"));
        headA.get("/admin/u/" + a.id() + "/stories/new?article=" + published.id());
        headA.post("/admin/u/" + a.id() + "/stories", Map.of("articleId", String.valueOf(published.id()), "note", "Gương người tốt việc tốt"));
        String storyId = str("SELECT id FROM story_submission WHERE unit_id = " + a.id());

        // D's import of a new school, waiting for confirmation.
        Page preview = adminD.upload("/admin/u/" + d.id() + "/import", "file", "don-vi.csv",
                ("Tên đơn vị,Loại,Cấp học\nTrường Mầm non Mới " + w.tag() + ",Trường,Mầm non\n").getBytes(StandardCharsets.UTF_8), "text/csv");
        String jobId = preview.location().substring(preview.location().lastIndexOf('/') + 1);

        // Reporting: D's form and monthly obligation for its schools; A sends its report with minutes attached; an incident duty.
        Obligation monthly = reporting.obligation(w, d.id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Obligation incidents = reporting.quick(w, d.id(), "TYPE:SCHOOL", Recipient.PARENT, PeriodType.EVENT, null);
        Obligation exam = reporting.quick(w, d.id(), "TYPE:SCHOOL", Recipient.ISSUER, PeriodType.LISTED,
                "S1|Ngữ văn|2026-09-16T07:30|2026-09-16T09:30");
        String period = "2026-09";
        String fill = "/admin/u/" + a.id() + "/reports/" + monthly.id() + "/" + period;
        Browser adminA = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        adminA.get(fill);
        adminA.upload(fill + "/attachments", "file", "bien-ban.pdf", PDF, "application/pdf");
        String reportFileId = str("SELECT a.file_id FROM report_attachment a JOIN report r ON r.id = a.report_id WHERE r.unit_id = " + a.id());
        Map<String, String> answers = new HashMap<>(REPORT_ANSWERS);
        answers.put("token", adminA.get(fill).doc().select("input[name=token]").attr("value"));
        assertThat(adminA.post(fill + "?action=submit", answers).status()).isEqualTo(303);
        String reportId = str("SELECT id FROM report WHERE unit_id = " + a.id() + " AND obligation_id = " + monthly.id());
        Browser adminP = new Browser(server.getURI()).signIn(w.adminP().email(), Fixtures.PASSWORD);
        adminP.get("/admin/u/" + w.p().id() + "/unit-groups");

        Map<String, String> school = new HashMap<>();
        school.put("unitId", String.valueOf(a.id()));
        school.put("articleId", String.valueOf(draft.id()));
        school.put("number", "1");
        school.put("step", "archive");
        school.put("documentStep", "publish");
        school.put("documentId", String.valueOf(documentId));
        school.put("publishedDocumentId", String.valueOf(publicDocumentId));
        school.put("fileId", String.valueOf(fileId));
        school.put("memberId", memberId);
        school.put("membershipId", String.valueOf(membershipId));
        school.put("userId", String.valueOf(w.editorA().id()));
        school.put("categoryId", String.valueOf(categoryId));
        school.put("linkId", str("SELECT id FROM quick_link WHERE unit_id = " + a.id()));
        school.put("shareId", String.valueOf(shareId));
        school.put("campaignId", campaignId);
        school.put("campaignMaterialId", String.valueOf(campaignGuide));
        school.put("noticeId", String.valueOf(noticeId));
        school.put("obligationId", String.valueOf(monthly.id()));
        school.put("incidentObligationId", String.valueOf(incidents.id()));
        school.put("periodCode", period);
        school.put("reportFileId", reportFileId);
        school.put("publishedArticleId", String.valueOf(published.id()));
        school.put("disclosureItemId", String.valueOf(disclosures.publish(platform, a, new DisclosureService.Form("FEES", "2026",
                "Học phí năm học 2026-2027", "Mức thu theo nghị quyết của tỉnh.", null)).id()));
        school.put("otherParentId", String.valueOf(d2.id()));
        TestServers.sql("INSERT INTO host_claim (unit_id, host_name, token, created_at) VALUES (" + a.id() + ", 'thcs-a-isolation.edu.vn', 'isolation-claim-token', NOW())");
        school.put("claimId", str("SELECT id FROM host_claim WHERE unit_id = " + a.id()));
        // Each unit's read-only API key, made by its admin; the school's also stands for {keyId}.
        Api.Reply schoolKey = new Api(server.getURI(), json).signIn(w.adminA().email(), Fixtures.PASSWORD).post("/api/v1/units/" + a.id() + "/api-keys",
                Map.of("name", "Cơ sở dữ liệu ngành", "role", "REPORTER", "access", "READ_ONLY", "expiresOn", "2027-06-30"));
        Api.Reply districtKey = new Api(server.getURI(), json).signIn(w.adminD().email(), Fixtures.PASSWORD).post("/api/v1/units/" + d.id() + "/api-keys",
                Map.of("name", "Cơ sở dữ liệu ngành", "role", "REPORTER", "access", "READ_ONLY", "expiresOn", "2027-06-30"));
        school.put("keyId", String.valueOf(((Map<?, ?>) schoolKey.json().get("key")).get("id")));
        // The school's webhook, tried once (nothing listens on that port, so its delivery failed): {webhookId} and {deliveryId}.
        Api adminApiA = new Api(server.getURI(), json).signIn(w.adminA().email(), Fixtures.PASSWORD);
        Api.Reply hook = adminApiA.post("/api/v1/units/" + a.id() + "/webhooks", Map.of("url", "http://127.0.0.1:9/lantoa",
                "description", "Cơ sở dữ liệu ngành", "events", List.of("report.submitted", "article.published")));
        String webhookId = String.valueOf(((Map<?, ?>) hook.json().get("webhook")).get("id"));
        school.put("webhookId", webhookId);
        school.put("deliveryId", String.valueOf(adminApiA.post("/api/v1/units/" + a.id() + "/webhooks/" + webhookId + "/ping", Map.of())
                .json().get("id")));
        // A case a citizen sent through the school's public form: {caseId} for the desk, its private link's {followToken}.
        Page sent = new Browser(server.getURI()).post("/" + a.slug() + "/gui-phan-anh", Map.of("topic", "KHAC",
                "message", "Phụ huynh hỏi về lịch học thêm " + w.tag(), "consent", "yes"));
        String followLink = sent.doc().select("#follow-link").attr("href");
        school.put("caseId", str("SELECT id FROM desk_case WHERE unit_id = " + a.id()));
        // desk-public: a draft Q&A of the school ({qaId} of the desk's routes, never on the site) and a published one (the site's).
        TestServers.sql("INSERT INTO desk_qa (unit_id, topic, question, answer, search_text, published, created_at, updated_at) VALUES (" + a.id()
                + ", 'KHAC', '" + DRAFT_TITLE + " hỏi', 'Đáp', 'ban nhap', FALSE, NOW(), NOW())", "INSERT INTO desk_qa (unit_id, topic, question, answer, "
                + "search_text, published, published_at, created_at, updated_at) VALUES (" + a.id() + ", 'KHAC', '" + PUBLISHED_TITLE + " hỏi', 'Đáp', "
                + "'da dang', TRUE, NOW(), NOW(), NOW())");
        school.put("qaId", str("SELECT id FROM desk_qa WHERE unit_id = " + a.id() + " AND published = FALSE"));
        // desk-register: an entry of the school's public-opinion register, {issueId}.
        school.put("issueId", String.valueOf(adminApiA.post("/api/v1/units/" + a.id() + "/public-opinion-issues", Map.of("title",
                "Tin đồn về học phí " + w.tag(), "source", "SOCIAL_MEDIA", "firstSeenOn", "2025-06-02", "severity", "MEDIUM", "status", "WATCHING"))
                .json().get("id")));
        // press-monitoring: a negative clipping of the school, {clippingId}.
        school.put("clippingId", String.valueOf(adminApiA.post("/api/v1/units/" + a.id() + "/press-clippings", Map.of("title",
                "Bài đăng về học phí " + w.tag(), "outletName", "Nhóm phụ huynh", "outletKind", "SOCIAL", "publishedOn", "2025-06-02",
                "tone", "NEGATIVE", "topics", List.of("HOC_PHI"))).json().get("id")));
        // topics: a topic the province keeps for its tree, {topicId}, available to the school.
        TestServers.sql("INSERT INTO topic (unit_id, code, name, position, active, created_at, updated_at) VALUES (" + w.p().id()
                + ", 'KY_THI', 'Kỳ thi " + w.tag() + "', 10, TRUE, NOW(), NOW())");
        school.put("topicId", str("SELECT id FROM topic WHERE unit_id = " + w.p().id() + " AND code = 'KY_THI'"));
        // press-releases: a press list of the school ({releaseListId}) and a mailing of its published article to it ({mailingId}).
        TestServers.sql("INSERT INTO press_contact (unit_id, full_name, email, active, created_at, updated_at) VALUES (" + a.id() + ", 'Phóng viên A', 'pv-"
                + w.tag() + "@bao.test', TRUE, NOW(), NOW())", "INSERT INTO press_list (unit_id, name, shared_down, created_at, updated_at) VALUES ("
                + a.id() + ", 'Báo chí " + w.tag() + "', FALSE, NOW(), NOW())");
        school.put("releaseListId", str("SELECT id FROM press_list WHERE unit_id = " + a.id()));
        TestServers.sql("INSERT INTO press_list_member (unit_id, list_id, contact_id) SELECT " + a.id() + ", " + school.get("releaseListId")
                + ", id FROM press_contact WHERE unit_id = " + a.id(), "INSERT INTO press_mailing (unit_id, article_id, subject, body_text, body_html, "
                + "list_names, send_at, embargoed, created_at, created_by) VALUES (" + a.id() + ", " + published.id() + ", 'Thông cáo', 'x', '<p>x</p>', "
                + "'Báo chí', NOW(), FALSE, NOW(), " + w.adminA().id() + ")");
        school.put("mailingId", str("SELECT id FROM press_mailing WHERE unit_id = " + a.id()));
        TestServers.sql("INSERT INTO press_delivery (unit_id, mailing_id, contact_id, full_name, email, status, attempts, next_attempt_at, last_error) "
                + "SELECT " + a.id() + ", " + school.get("mailingId") + ", id, full_name, email, 'FAILED', 4, NOW(), '550 5.1.1 User unknown' "
                + "FROM press_contact WHERE unit_id = " + a.id());
        // press-overview: a press conference of the school, {eventId}.
        TestServers.sql("INSERT INTO press_event (unit_id, kind, title, starts_at, place, created_at, updated_at) VALUES (" + a.id()
                + ", 'CONFERENCE', 'Họp báo đầu năm học', '2026-09-20 01:00:00', 'Hội trường', NOW(), NOW())");
        school.put("eventId", str("SELECT id FROM press_event WHERE unit_id = " + a.id()));
        // press-questions: a journalist's question to the school, {questionId}; due far ahead, so that the reminder job, which
        // may run while the probes do, never mails about it and the fingerprint stays still.
        school.put("questionId", String.valueOf(adminApiA.post("/api/v1/units/" + a.id() + "/press-questions", Map.of("receivedOn", "2025-06-02",
                "channel", "EMAIL", "outletName", "Báo Giáo dục " + w.tag(), "journalistName", "Nguyễn Phóng Viên", "question", "Học phí năm học mới?",
                "dueOn", "2099-12-31"))
                .json().get("id")));
        // press-incidents: an incident of the school ({incidentId}) with a task ({taskId}), and the school's playbook ({playbookId}).
        String incidentId = String.valueOf(((Map<?, ?>) adminApiA.post("/api/v1/units/" + a.id() + "/press-incidents", Map.of("title",
                "Sự cố thử " + w.tag(), "type", "OTHER", "severity", "MINOR")).json().get("incident")).get("id"));
        school.put("incidentId", incidentId);
        adminApiA.post("/api/v1/units/" + a.id() + "/press-incidents/" + incidentId + "/tasks", Map.of("title", "Việc thử"));
        school.put("taskId", str("SELECT id FROM press_incident_task WHERE unit_id = " + a.id()));
        TestServers.sql("INSERT INTO press_playbook (unit_id, unit_path, incident_type, title, created_at, updated_at) SELECT id, path, 'OTHER', "
                + "'Kịch bản thử', NOW(), NOW() FROM unit WHERE id = " + a.id());
        school.put("playbookId", str("SELECT id FROM press_playbook WHERE unit_id = " + a.id()));
        // desk-attach: a case sent with a photo ({attachmentCaseId}, {attachmentId}).
        Page withFile = new Browser(server.getURI()).postFiles("/" + a.slug() + "/gui-phan-anh", Map.of("topic", "KHAC",
                "message", "Phụ huynh gửi kèm ảnh lớp học " + w.tag(), "consent", "yes"), "attachments",
                List.of(new Browser.FilePart("lop-hoc.png", Images.PNG, "image/png")));
        school.put("attachmentCaseId", str("SELECT id FROM desk_case WHERE unit_id = " + a.id() + " AND code = '"
                + withFile.doc().select("#case-code").text() + "'"));
        school.put("attachmentId", str("SELECT id FROM desk_case_attachment WHERE unit_id = " + a.id()));
        // press-contacts: an outlet, a journalist on a list of the school, and an import waiting for its confirmation.
        String outletId = String.valueOf(adminApiA.post("/api/v1/units/" + a.id() + "/press-outlets", Map.of("name", "Báo Thử " + w.tag(),
                "kind", "NEWSPAPER", "scope", "LOCAL")).json().get("id"));
        school.put("pressOutletId", outletId);
        String pressContactId = String.valueOf(adminApiA.post("/api/v1/units/" + a.id() + "/press-contacts", Map.of("fullName", "Phóng viên Thử",
                "email", "pv-" + w.tag() + "@baothu.example.vn", "outletId", Long.parseLong(outletId))).json().get("id"));
        school.put("pressContactId", pressContactId);
        school.put("pressListId", String.valueOf(adminApiA.post("/api/v1/units/" + a.id() + "/press-lists", Map.of("name", "Báo chí địa phương",
                "contactIds", List.of(Long.parseLong(pressContactId)))).json().get("id")));
        TestServers.sql("INSERT INTO press_contact_import (unit_id, file_name, row_count, rows_json, created_at, created_by) VALUES (" + a.id()
                + ", 'danh-ba.xlsx', 1, '[{\"number\":2,\"cells\":[\"\",\"\",\"\",\"Phóng viên Nhập\",\"\",\"\",\"\",\"\",\"\"]}]', NOW(), "
                + w.adminA().id() + ")");
        school.put("pressImportId", str("SELECT id FROM press_contact_import WHERE unit_id = " + a.id()));
        // channels: an active fanpage of the school ({channelId}, on its site too) and a stopped one, which the site never shows.
        TestServers.sql("INSERT INTO unit_channel (unit_id, kind, name, address, sort_order, active, created_at, updated_at) VALUES (" + a.id()
                + ", 'FACEBOOK', 'Fanpage " + PUBLISHED_TITLE + "', 'https://www.facebook.com/truong-a', 1, TRUE, NOW(), NOW()), (" + a.id()
                + ", 'YOUTUBE', 'Kênh " + DRAFT_TITLE + "', 'https://www.youtube.com/@truong-a', 2, FALSE, NOW(), NOW())");
        school.put("channelId", str("SELECT id FROM unit_channel WHERE unit_id = " + a.id() + " AND active = TRUE"));
        // plan-progress: an issued plan of the school (a year of its own, so that the plan pages' fixture keeps its year), an item
        // derived from the district's, and a link given as evidence.
        TestServers.sql("INSERT INTO plan (unit_id, plan_year, title, status, created_at, updated_at) VALUES (" + d.id() + ", 2031, 'Kế hoạch huyện', "
                        + "'ISSUED', NOW(), NOW())", "INSERT INTO plan (unit_id, plan_year, title, status, created_at, updated_at) VALUES (" + a.id()
                        + ", 2031, 'Kế hoạch trường', 'ISSUED', NOW(), NOW())",
                "INSERT INTO plan_group (unit_id, plan_id, position, numeral, title) SELECT unit_id, id, 1, 'I', 'Tuyên truyền' FROM plan "
                        + "WHERE plan_year = 2031 AND unit_id IN (" + d.id() + ", " + a.id() + ")",
                "INSERT INTO plan_item (unit_id, plan_id, group_id, position, topic, product_form, quarters, applies_below, created_at, updated_at) "
                        + "SELECT g.unit_id, g.plan_id, g.id, 1, 'Tuyên truyền kỳ thi', 'NEWS', 3, TRUE, NOW(), NOW() FROM plan_group g JOIN plan p ON p.id = g.plan_id "
                        + "WHERE p.plan_year = 2031 AND p.unit_id = " + d.id());
        String districtItem = str("SELECT i.id FROM plan_item i JOIN plan p ON p.id = i.plan_id WHERE p.plan_year = 2031 AND p.unit_id = " + d.id());
        TestServers.sql("UPDATE plan_item SET lineage = CONCAT('/', id, '/') WHERE id = " + districtItem,
                "INSERT INTO plan_item (unit_id, plan_id, group_id, position, topic, product_form, quarters, parent_item_id, lineage, created_at, updated_at) "
                        + "SELECT g.unit_id, g.plan_id, g.id, 1, 'Tin bài về kỳ thi', 'NEWS', 3, " + districtItem + ", '/" + districtItem + "/', NOW(), NOW() "
                        + "FROM plan_group g JOIN plan p ON p.id = g.plan_id WHERE p.plan_year = 2031 AND p.unit_id = " + a.id());
        school.put("progressPlanId", str("SELECT id FROM plan WHERE plan_year = 2031 AND unit_id = " + a.id()));
        school.put("progressItemId", str("SELECT id FROM plan_item WHERE parent_item_id = " + districtItem));
        TestServers.sql("UPDATE plan_item SET lineage = CONCAT(lineage, id, '/') WHERE id = " + school.get("progressItemId"),
                "INSERT INTO plan_item_status (unit_id, item_id, quarter, status, updated_at) VALUES (" + a.id() + ", " + school.get("progressItemId")
                        + ", 1, 'IN_PROGRESS', NOW())",
                "INSERT INTO plan_evidence (unit_id, item_id, kind, url, title, created_at) VALUES (" + a.id() + ", " + school.get("progressItemId")
                        + ", 'LINK', 'https://truong.example.vn/bai', 'Bài trên trang trường', NOW())");
        school.put("progressEvidenceId", str("SELECT id FROM plan_evidence WHERE unit_id = " + a.id()));
        // examples-training: a good example of the school ({exampleId}); a training of the district for its THCS schools
        // ({trainingId}, A invited, B not) with a material of the district ({materialId}).
        school.put("exampleId", String.valueOf(postedId(headA, "/admin/u/" + a.id() + "/good-examples", Map.of("honoree", "Em Lê Văn Tốt",
                "kind", "PERSON", "honoreeUnit", "Lớp 9A", "deed", "Trả lại của rơi", "deedOn", "01/09/2026", "field", "KINDNESS"))));
        long materialId = files.upload(platform, d, "tai-lieu-tap-huan.pdf", new ByteArrayInputStream(PDF)).id();
        adminD.get("/admin/u/" + d.id() + "/trainings/new");
        Page training = adminD.post("/admin/u/" + d.id() + "/trainings", List.of(Map.entry("title", "Tập huấn " + w.tag()),
                Map.entry("startsOn", "20/10/2026"), Map.entry("place", "Phòng"), Map.entry("audience", "LEVEL:THCS"), Map.entry("expectedPerUnit", "2"),
                Map.entry("registrationDeadline", "15/10/2026"), Map.entry("materialIds", String.valueOf(materialId))));
        assertThat(training.status()).isEqualTo(303);
        school.put("trainingId", training.location().replaceAll(".*/(\\d+).*", "$1"));
        // plan-write: a draft plan of the school with a group and an item ({planId}, {planGroupId}, {planItemId}), and P's issued plan it
        // received ({receivedPlanId}).
        TestServers.sql("INSERT INTO plan (unit_id, plan_year, title, status, symbol, issued_on, created_at, updated_at) VALUES (" + w.p().id()
                        + ", 2026, 'Kế hoạch truyền thông năm 2026 của Sở', 'ISSUED', '19/KH-SGDĐT', '2026-02-19', NOW(), NOW())",
                "INSERT INTO plan (unit_id, plan_year, title, status, created_at, updated_at) VALUES (" + a.id()
                        + ", 2026, 'Kế hoạch truyền thông năm 2026 của trường', 'DRAFT', NOW(), NOW())");
        school.put("planId", str("SELECT id FROM plan WHERE plan_year = 2026 AND unit_id = " + a.id()));
        school.put("receivedPlanId", str("SELECT id FROM plan WHERE plan_year = 2026 AND unit_id = " + w.p().id()));
        TestServers.sql("INSERT INTO plan_group (unit_id, plan_id, position, numeral, title) VALUES (" + a.id() + ", " + school.get("planId")
                + ", 1, 'I', 'Truyền thông chính sách')");
        school.put("planGroupId", str("SELECT id FROM plan_group WHERE plan_id = " + school.get("planId")));
        TestServers.sql("INSERT INTO plan_item (unit_id, plan_id, group_id, position, topic, product_form, lead_text, quarters, lineage, created_at, "
                + "updated_at) VALUES (" + a.id() + ", " + school.get("planId") + ", " + school.get("planGroupId")
                + ", 1, 'Tuyên truyền tuyển sinh đầu cấp', 'NEWS', 'Tổ văn phòng', 3, '/', NOW(), NOW())");
        school.put("planItemId", str("SELECT id FROM plan_item WHERE plan_id = " + school.get("planId")));
        ids.put(IsolationRules.Owner.SCHOOL, school);

        Map<String, String> district = new HashMap<>();
        district.put("unitId", String.valueOf(d.id()));
        district.put("reportId", reportId);
        district.put("fileId", reportFileId);
        district.put("obligationId", String.valueOf(monthly.id()));
        district.put("periodCode", period);
        district.put("formId", String.valueOf(monthly.formId()));
        district.put("examObligationId", String.valueOf(exam.id()));
        district.put("senderId", String.valueOf(a.id()));
        district.put("jobId", jobId);
        district.put("shareId", String.valueOf(shareId));
        district.put("campaignId", campaignId);
        district.put("noticeId", String.valueOf(noticeId));
        district.put("noticeExpiresAt", noticeExpiresAt);
        district.put("storyId", storyId);
        district.put("schoolId", String.valueOf(a.id()));
        district.put("publishedArticleId", String.valueOf(districtNews.id()));
        // desk-tree: the school's case, as the district sees it among the open cases below.
        district.put("caseId", school.get("caseId"));
        district.put("trainingId", school.get("trainingId"));
        district.put("materialId", String.valueOf(materialId));
        ids.put(IsolationRules.Owner.DISTRICT, district);

        publicIds.put("site", a.slug());
        publicIds.put("districtSite", d.slug());
        publicIds.put("unitId", String.valueOf(a.id()));
        publicIds.put("category", str("SELECT slug FROM category WHERE id = " + categoryId));
        publicIds.put("tag", str("SELECT tag_slug FROM article_tag WHERE article_id = " + published.id()));
        publicIds.put("slug", published.slug());
        publicIds.put("pageSlug", page.slug());
        publicIds.put("documentId", String.valueOf(publicDocumentId));
        publicIds.put("fileId", String.valueOf(attachmentId));
        publicIds.put("name", "ke-hoach.pdf");
        publicIds.put("followToken", followLink.substring(followLink.lastIndexOf('/') + 1));
        publicIds.put("imageYear", imageKey.split("/")[3]);
        publicIds.put("imageName", imageKey.substring(imageKey.lastIndexOf('/') + 1));
        // identity: the school's favicon, uploaded as its admin does.
        adminA.postMultipart("/admin/u/" + a.id() + "/site/identity", Map.of("version", ""), "favicon", "bieu-tuong.png", Images.PNG, "image/png");
        publicIds.put("faviconName", str("SELECT SUBSTRING_INDEX(favicon_key, '/', -1) FROM site_identity WHERE unit_id = " + a.id()));
        draftIds.put("slug", draft.slug());
        draftIds.put("pageSlug", draft.slug());
        draftIds.put("documentId", String.valueOf(documentId));
        draftIds.put("fileId", String.valueOf(fileId));
        publicIds.put("qaId", str("SELECT id FROM desk_qa WHERE unit_id = " + a.id() + " AND published = TRUE"));
        draftIds.put("qaId", school.get("qaId"));
        publicIds.put("channelId", school.get("channelId"));
        draftIds.put("channelId", str("SELECT id FROM unit_channel WHERE unit_id = " + a.id() + " AND active = FALSE"));

        for (var who : List.of(w.adminB(), w.adminQ(), w.reporterD(), w.adminD(), w.viewerA(), w.editorD(), adminD2, reporterP, w.adminP(), viewerD)) {
            people.add(who.id());
        }
        people.addAll(List.of(w.adminA().id(), w.headA().id(), w.editorA().id(), w.editorB().id()));
        probers.put("sibling school", prober(w.adminB().email()));
        probers.put("sibling district", prober(adminD2.email()));
        probers.put("other province", prober(w.adminQ().email()));
        probers.put("district reporter", prober(w.reporterD().email()));
        probers.put("province reporter", prober(reporterP.email()));
        probers.put("district admin", prober(w.adminD().email()));
        probers.put("province admin", prober(w.adminP().email()));
        probers.put("school viewer", prober(w.viewerA().email()));
        probers.put("district viewer", prober(viewerD.email()));
        probers.put("district editor", prober(w.editorD().email()));
        probers.put("school read-only key", keyProber("school read-only key", (String) schoolKey.json().get("secret")));
        probers.put("district read-only key", keyProber("district read-only key", (String) districtKey.json().get("secret")));
    }

    /** A program with an API key: no browser session, only the key. */
    Prober keyProber(String name, String secret) {
        return new Prober(name, new Browser(server.getURI()), new Api(server.getURI(), json).withToken(secret));
    }

    static final byte[] PDF = "%PDF-1.4\n% biên bản họp\n".getBytes(StandardCharsets.UTF_8);
    static final Map<String, String> REPORT_ANSWERS = Map.of("tin_bai", "4", "y_kien_nhan", "5", "y_kien_xu_ly", "5", "ty_le_hai_long", "92,5",
            "vu_viec[0].noi_dung", "Clip lan truyền trên mạng", "vu_viec[0].nguon", "Mạng xã hội");

    Prober prober(String email) {
        return new Prober(email, new Browser(server.getURI()).signIn(email, Fixtures.PASSWORD),
                new Api(server.getURI(), json).signIn(email, Fixtures.PASSWORD));
    }

    // ---- The rule table must cover the router.

    @Test
    void everyRouteOfTheRouterHasARule() {
        Set<String> routes = routes();
        Set<String> ruled = IsolationRules.all().keySet();
        List<String> missing = routes.stream().filter(r -> !ruled.contains(r)).toList();
        List<String> stale = ruled.stream().filter(r -> !routes.contains(r)).toList();

        assertThat(missing).as("Routes without an isolation rule. Add one line per route to IsolationRules.all() (tenancy tests): "
                + "say whose data it touches (SCHOOL or DISTRICT) and what it is (OVERSIGHT_READ, MEMBERS_READ, WRITE, STRUCTURE, PUBLIC), "
                + "or PLATFORM, or NO_UNIT with the reason. The rule's request is then tried by a sibling, another province, the level "
                + "above and the unit's own viewer.").isEmpty();
        assertThat(stale).as("Rules for routes the router no longer has: remove them from IsolationRules.all()").isEmpty();
    }

    /** METHOD template for every route, HEAD left out (Micronaut answers it with the GET route's handler). */
    Set<String> routes() {
        return router.uriRoutes().filter(r -> !r.getHttpMethodName().equals("HEAD"))
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toString().replaceAll("\\{(\\w+):[^}]*}", "{$1}"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // ---- People of other units.

    @Test
    void aSiblingGets404ForEveryRouteOfAnotherUnitEvenWithItsOwnUnitInTheAddressAndChangesNothing() {
        String before = fingerprint();
        List<String> wrong = new ArrayList<>();
        for (var e : unitRules().entrySet()) {
            IsolationRules.Rule rule = e.getValue();
            Prober sibling = probers.get(rule.owner() == IsolationRules.Owner.SCHOOL ? "sibling school" : "sibling district");
            expect(wrong, sibling, e.getKey(), rule, ids.get(rule.owner()), Set.of(404));
            if (rule.crossIds() && hasResourceId(e.getKey())) {
                Map<String, String> mixed = new HashMap<>(ids.get(rule.owner()));
                mixed.put("unitId", String.valueOf(rule.owner() == IsolationRules.Owner.SCHOOL ? w.b().id() : d2.id()));
                expect(wrong, sibling, e.getKey() + " (own unit, other's id)", rule, mixed, Set.of(404));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(fingerprint()).as("the data of every unit after the attempts").isEqualTo(before);
    }

    @Test
    void anotherProvinceGets404ForEveryRouteAndChangesNothing() {
        String before = fingerprint();
        List<String> wrong = new ArrayList<>();
        unitRules().forEach((route, rule) -> expect(wrong, probers.get("other province"), route, rule, ids.get(rule.owner()), Set.of(404)));
        assertThat(wrong).isEmpty();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aDistrictEditorHasNoOversightOfItsSchools() {
        String before = fingerprint();
        List<String> wrong = new ArrayList<>();
        unitRules().forEach((route, rule) -> {
            if (rule.owner() == IsolationRules.Owner.SCHOOL) {
                expect(wrong, probers.get("district editor"), route, rule, ids.get(rule.owner()), Set.of(404));
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(fingerprint()).isEqualTo(before);
    }

    // ---- The level above and the unit's own viewer.

    @Test
    void theLevelAboveReadsWhatWasSentOrPublishedButNoDraftsAndChangesNothing() {
        String before = fingerprint();
        List<String> wrong = new ArrayList<>();
        unitRules().forEach((route, rule) -> {
            Prober above = probers.get(rule.owner() == IsolationRules.Owner.SCHOOL ? "district reporter" : "province reporter");
            expect(wrong, above, route, rule, ids.get(rule.owner()), rule.kind() == IsolationRules.Kind.OVERSIGHT_READ ? ALLOWED : Set.of(403));
        });
        assertThat(wrong).isEmpty();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void theAdminsAboveRunTheStructureButNotTheContentOfTheUnitsBelow() {
        String before = fingerprint();
        List<String> wrong = new ArrayList<>();
        unitRules().forEach((route, rule) -> {
            Prober admin = probers.get(rule.owner() == IsolationRules.Owner.SCHOOL ? "district admin" : "province admin");
            // Their reading is the reporter's above (theLevelAbove...): only what differs for an admin is tried here.
            switch (rule.kind()) {
                case MEMBERS_READ, WRITE -> expect(wrong, admin, route, rule, ids.get(rule.owner()), Set.of(403));
                // Changing the structure is theirs to do; only its forms are opened here, so that nothing changes.
                case STRUCTURE -> {
                    if (route.startsWith("GET ")) {
                        expect(wrong, admin, route, rule, ids.get(rule.owner()), ALLOWED);
                    }
                }
                default -> {
                }
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aViewerOfTheUnitReadsItsWorkButCannotChangeAnything() {
        String before = fingerprint();
        List<String> wrong = new ArrayList<>();
        unitRules().forEach((route, rule) -> {
            Prober viewer = probers.get(rule.owner() == IsolationRules.Owner.SCHOOL ? "school viewer" : "district viewer");
            boolean reads = rule.kind() == IsolationRules.Kind.OVERSIGHT_READ || rule.kind() == IsolationRules.Kind.MEMBERS_READ;
            expect(wrong, viewer, route, rule, ids.get(rule.owner()), reads ? ALLOWED : Set.of(403));
        });
        assertThat(wrong).isEmpty();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aReadOnlyKeyOfTheUnitReadsItsWorkThroughTheApiButCannotChangeAnything() {
        String before = fingerprint(Set.of("api_key", "audit_event"));
        String lastEvent = str("SELECT IFNULL(MAX(id), 0) FROM audit_event");
        List<String> wrong = new ArrayList<>();
        unitRules().forEach((route, rule) -> {
            if (!rule.path().startsWith("/api/")) {
                return;
            }
            Prober key = probers.get(rule.owner() == IsolationRules.Owner.SCHOOL ? "school read-only key" : "district read-only key");
            boolean reads = rule.kind() == IsolationRules.Kind.OVERSIGHT_READ || rule.kind() == IsolationRules.Kind.MEMBERS_READ;
            expect(wrong, key, route, rule, ids.get(rule.owner()), reads ? ALLOWED : Set.of(403));
        });
        assertThat(wrong).isEmpty();
        assertThat(fingerprint(Set.of("api_key", "audit_event"))).isEqualTo(before);
        // What the keys left behind is only the record of their use and of the changes they were refused.
        assertThat(str("SELECT COUNT(*) FROM audit_event WHERE id > " + lastEvent + " AND actor_email LIKE 'api-key:%'")).isNotEqualTo("0");
        assertThat(str("SELECT COUNT(*) FROM audit_event WHERE id > " + lastEvent + " AND actor_email LIKE 'api-key:%' "
                + "AND action NOT IN ('apiKey.use', 'apiKey.write')")).isEqualTo("0");
    }

    @Test
    void aKeyOpensNoPageOfTheAdmin() {
        List<String> wrong = new ArrayList<>();
        unitRules().forEach((route, rule) -> {
            if (!rule.path().startsWith("/api/") && route.startsWith("GET ")) {
                Prober key = probers.get(rule.owner() == IsolationRules.Owner.SCHOOL ? "school read-only key" : "district read-only key");
                String path = fill(rule.path(), ids.get(rule.owner()), rule.aliases()) + (rule.query() == null ? "" : "?" + fill(rule.query(),
                        ids.get(rule.owner()), rule.aliases()));
                Page page = key.browser().getWith(path, "Authorization", "Bearer " + key.api().token());
                if (page.status() == 200) {
                    wrong.add(route + " opened with a key");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    // ---- Public sites and platform pages.

    @Test
    void aPublicSiteShowsOnlyItsOwnPublishedWorkAndAnotherSitesIdsAreNotFound() {
        Browser visitor = new Browser(server.getURI());
        List<String> wrong = new ArrayList<>();
        IsolationRules.all().forEach((route, rule) -> {
            if (rule.kind() != IsolationRules.Kind.PUBLIC) {
                return;
            }
            Page own = send(visitor, null, route, rule, publicIds);
            if (own.status() != 200 || own.body().contains(DRAFT_TITLE)) {
                wrong.add(route + " on the school's own site: " + own.status() + (own.body().contains(DRAFT_TITLE) ? ", shows a draft" : ""));
            }
            Map<String, String> otherSite = new HashMap<>(publicIds);
            otherSite.put("site", w.b().slug());
            otherSite.put("unitId", String.valueOf(w.b().id()));
            otherSite.put("districtSite", d2.slug());
            Page other = send(visitor, null, route, rule, otherSite);
            if (hasResourceId(route) ? other.status() != 404 : other.body().contains(PUBLISHED_TITLE)) {
                wrong.add(route + " with the school's ids on a sibling's site: " + other.status());
            }
            if (draftIds.keySet().stream().anyMatch(v -> rule.path().contains("{" + v + "}"))) {
                Map<String, String> drafts = new HashMap<>(publicIds);
                drafts.putAll(draftIds);
                Page draft = send(visitor, null, route, rule, drafts);
                if (draft.status() != 404) {
                    wrong.add(route + " with an unpublished item: " + draft.status());
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void platformPagesAreForPlatformAdminsOnly() {
        String before = fingerprint();
        List<String> wrong = new ArrayList<>();
        IsolationRules.all().forEach((route, rule) -> {
            if (rule.kind() == IsolationRules.Kind.PLATFORM) {
                expect(wrong, probers.get("province admin"), route, rule, Map.of("dayOff", "2026-02-17"), Set.of(403));
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(fingerprint()).isEqualTo(before);
    }

    // ---- Sending a rule's request.

    static final Set<Integer> ALLOWED = Set.of(200, 303);

    Map<String, IsolationRules.Rule> unitRules() {
        Map<String, IsolationRules.Rule> rules = new LinkedHashMap<>();
        IsolationRules.all().forEach((route, rule) -> {
            if (rule.owner() != null) {
                rules.put(route, rule);
            }
        });
        return rules;
    }

    void expect(List<String> wrong, Prober who, String route, IsolationRules.Rule rule, Map<String, String> vars, Set<Integer> expected) {
        String routeKey = route.contains(" (") ? route.substring(0, route.indexOf(" (")) : route;
        Page page = send(who.browser(), who.api(), routeKey, rule, vars);
        if (!expected.contains(page.status())) {
            wrong.add(who.name() + ": " + route + " -> " + page.status() + ", expected " + expected);
        }
    }

    static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    static boolean hasResourceId(String route) {
        Matcher m = VARIABLE.matcher(route);
        while (m.find()) {
            if (!Set.of("unitId", "site", "step", "periodCode").contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    static String fill(String template, Map<String, String> vars, Map<String, String> aliases) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = aliases.getOrDefault(m.group(1), m.group(1));
            String value = vars.get(name);
            if (value == null) {
                throw new AssertionError("The fixture has no value for {" + name + "} in " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.toString();
    }

    Page send(Browser browser, Api api, String route, IsolationRules.Rule rule, Map<String, String> vars) {
        String method = route.substring(0, route.indexOf(' '));
        String path = fill(rule.path(), vars, rule.aliases()) + (rule.query() == null ? "" : "?" + fill(rule.query(), vars, rule.aliases()));
        Map<String, String> body = new LinkedHashMap<>();
        rule.body().forEach((k, v) -> body.put(k, fill(v, vars, Map.of())));
        if (path.startsWith("/api/")) {
            Api.Reply reply = switch (method) {
                case "GET" -> api.get(path);
                case "DELETE" -> api.delete(path);
                case "PUT" -> api.put(path, body);
                default -> rule.upload() ? api.postRaw(path, "multipart/form-data; boundary=" + BOUNDARY, multipart())
                        : api.post(path, body);
            };
            return new Page(reply.status(), null, reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8));
        }
        if (method.equals("GET")) {
            return browser.get(path, rule.download() ? "*/*" : "text/html");
        }
        if (rule.upload()) {
            return browser.upload(path, "file", "tep.png", Images.PNG, "image/png", rule.download() ? "*/*" : "text/html");
        }
        return browser.post(path, body);
    }

    static final String BOUNDARY = "----lantoa-isolation";

    static String multipart() {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tep.txt\"\r\nContent-Type: text/plain\r\n\r\nx\r\n--"
                + BOUNDARY + "--\r\n";
    }

    // ---- What the attempts could have changed.

    /**
     * Every row of the fixture's units in every table that has a unit_id, their people, their place in the tree, the
     * mail queued to anyone and the days off, as one string.
     */
    String fingerprint() {
        return fingerprint(Set.of());
    }

    /** The same, leaving out some tables. */
    String fingerprint(Set<String> without) {
        String unitList = units.stream().map(String::valueOf).collect(Collectors.joining(","));
        String peopleList = people.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<String> parts = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement()) {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                    + "ORDER BY table_name, ordinal_position")) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            columns.forEach((table, cols) -> {
                String where = cols.contains("unit_id") ? "unit_id IN (" + unitList + ")"
                        : table.equals("unit") ? "id IN (" + unitList + ")"
                        : table.equals("app_user") ? "id IN (" + peopleList + ")"
                        : table.equals("report_total") || table.equals("report_group_lock") ? "group_unit_id IN (" + unitList + ")"
                        : table.equals("day_off") ? "1 = 1" : null;
                if (where != null && !table.equals("site_change") && !without.contains(table)) {
                    String row = cols.stream().map(col -> "IFNULL(`" + col + "`, '-')").collect(Collectors.joining(", "));
                    parts.add(table + "=" + one(st, "SELECT CONCAT(COUNT(*), ':', IFNULL(SUM(CRC32(CONCAT_WS('|', " + row + "))), 0)) FROM `" + table
                            + "` WHERE " + where));
                }
            });
            parts.add("mail=" + one(st, "SELECT COUNT(*) FROM mail_outbox"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return String.join("\n", parts);
    }

    private static String one(Statement st, String sql) {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private long postedId(Browser browser, String path, Map<String, String> form) {
        browser.get(path + "/new");
        Page created = browser.post(path, form);
        assertThat(created.status()).as(path + ": " + created.text()).isEqualTo(303);
        return Long.parseLong(created.location().replaceAll(".*/(\\d+).*", "$1"));
    }

    private static String str(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("Nothing for " + sql);
            }
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
