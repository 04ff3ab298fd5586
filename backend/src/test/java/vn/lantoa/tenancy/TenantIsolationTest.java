package vn.lantoa.tenancy;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.committee.CommitteeForm;
import vn.lantoa.committee.CommitteeSeeder;
import vn.lantoa.files.FileService;
import vn.lantoa.testing.Api;
import vn.lantoa.newsroom.ArticleDraft;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every tenant-owned endpoint, tried by people who must not change it: a sibling school, another province,
 * a district colleague without oversight, and the district's reporter and admin who may only read. For each
 * attempt the answer is checked and the unit's data is compared before and after.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest {

    static final byte[] PNG = vn.lantoa.testing.Images.PNG;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
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

    Fixtures.World w;
    long memberId;
    long fileId;
    long editorMembershipId;
    long importJobId;
    long articleId;
    long documentId;

    @BeforeAll
    void world() throws Exception {
        w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        committees.seed(platform, w.a().id(), new CommitteeForm("1/QĐ", "2024-09-05", "0243 111 2222", "ban@example.edu.vn", "", ""),
                List.of(new CommitteeSeeder.SeedMember(w.headA().id(), "Trưởng ban A", w.headA().email(), "Hiệu trưởng", "HEAD", "Chỉ đạo",
                        "0912 000 111", true)));
        memberId = query("SELECT id FROM committee_member WHERE unit_id = " + w.a().id());
        fileId = files.upload(platform, refs.findById(w.a().id()).orElseThrow(), "so-do.png", new ByteArrayInputStream(PNG)).id();
        editorMembershipId = memberships.findByUnitIdAndUserId(w.a().id(), w.editorA().id()).get(0).id();
        Browser adminD = new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD);
        Page preview = adminD.upload("/admin/u/" + w.d().id() + "/import", "file", "don-vi.csv",
                ("Tên đơn vị,Loại,Cấp học\nTrường Mầm non Mới " + w.tag() + ",Trường,Mầm non\n").getBytes(StandardCharsets.UTF_8), "text/csv");
        importJobId = Long.parseLong(preview.location().substring(preview.location().lastIndexOf('/') + 1));
        UnitRef a = refs.findById(w.a().id()).orElseThrow();
        articleId = articles.create(platform, a, new ArticleDraft(ArticleKind.NEWS, "Bản nháp riêng của trường " + w.tag(), null, null,
                "<p>Chưa đăng.</p>", null, null, null, false, List.of(), List.of(), null, null, null)).id();
        Browser headA = new Browser(server.getURI()).signIn(w.headA().email(), Fixtures.PASSWORD);
        headA.get("/admin/u/" + w.a().id() + "/documents/new");
        Page doc = headA.post("/admin/u/" + w.a().id() + "/documents", Map.of("number", "12/KH-THCS", "docDate", "05/09/2026",
                "issuer", "Trường THCS An Bình", "docType", "KE_HOACH", "summary", "Kế hoạch truyền thông năm học"));
        documentId = Long.parseLong(doc.location().substring(doc.location().lastIndexOf('/') + 1));
    }

    record Attempt(String method, String path, Map<String, String> form) {
        static Attempt get(String path) {
            return new Attempt("GET", path, Map.of());
        }

        static Attempt post(String path, Map<String, String> form) {
            return new Attempt("POST", path, form);
        }
    }

    /** Pages that read a school's workspace. */
    List<Attempt> readsOfA() {
        String a = "/admin/u/" + w.a().id();
        return List.of(Attempt.get(a), Attempt.get(a + "/profile"), Attempt.get(a + "/people"), Attempt.get(a + "/people/" + w.adminA().id()),
                Attempt.get(a + "/committee"), Attempt.get(a + "/files"), Attempt.get(a + "/files/" + fileId + "/download"),
                Attempt.get(a + "/files/" + fileId + "/view"), Attempt.get(a + "/files/" + fileId + "/link"),
                Attempt.get(a + "/received"), Attempt.get(a + "/disclosure"), Attempt.get(a + "/shares"));
    }

    /** The school's unpublished work: drafts, documents, media, stories. Its own members only, never oversight from above. */
    List<Attempt> draftReadsOfA() {
        String a = "/admin/u/" + w.a().id();
        return List.of(Attempt.get(a + "/articles"), Attempt.get(a + "/articles/" + articleId), Attempt.get(a + "/articles/" + articleId + "/revisions"),
                Attempt.get(a + "/articles/" + articleId + "/preview"), Attempt.get(a + "/documents"), Attempt.get(a + "/documents/" + documentId),
                Attempt.get(a + "/media"), Attempt.get(a + "/stories"));
    }

    /** Forms that would change the school's own work (content, not structure). */
    List<Attempt> contentWritesOfA() {
        String a = "/admin/u/" + w.a().id();
        return List.of(
                Attempt.get(a + "/committee/settings"), Attempt.get(a + "/committee/members/new"), Attempt.get(a + "/committee/members/" + memberId),
                Attempt.post(a + "/committee/settings", Map.of("decisionNumber", "99/QĐ-GIA", "hotlinePhone", "0243 999 9999")),
                Attempt.post(a + "/committee/members", Map.of("fullName", "Người lạ", "committeeRole", "MEMBER")),
                Attempt.post(a + "/committee/members/" + memberId, Map.of("fullName", "Đổi tên", "committeeRole", "MEMBER")),
                Attempt.post(a + "/committee/members/" + memberId + "/delete", Map.of()),
                Attempt.post(a + "/files/" + fileId + "/delete", Map.of()),
                Attempt.get(a + "/articles/new"), Attempt.get(a + "/documents/new"), Attempt.get(a + "/disclosure/new?requirement=FEES"),
                Attempt.post(a + "/articles", Map.of("kind", "NEWS", "title", "Bài lạ", "bodyHtml", "<p>x</p>")),
                Attempt.post(a + "/articles/" + articleId + "?action=save", Map.of("kind", "NEWS", "title", "Đổi tiêu đề", "bodyHtml", "<p>y</p>")),
                Attempt.post(a + "/articles/" + articleId + "/delete", Map.of()),
                Attempt.post(a + "/documents", Map.of("number", "1/GM", "docDate", "01/01/2026", "issuer", "X", "docType", "GIAY_MOI", "summary", "x")),
                Attempt.post(a + "/documents/" + documentId + "/publish", Map.of()),
                Attempt.post(a + "/documents/" + documentId + "/submit", Map.of()),
                Attempt.post(a + "/disclosure", Map.of("requirement", "FEES", "period", "2026", "title", "Giả", "body", "x")),
                Attempt.post(a + "/stories", Map.of("articleId", String.valueOf(articleId))),
                Attempt.post(a + "/site/settings", Map.of("tagline", "Bị đổi")),
                Attempt.post(a + "/site/categories", Map.of("name", "Chuyên mục lạ")));
    }

    /** Forms that change the school's structure or people: its own admins, and admins above it, may. */
    List<Attempt> structureWritesOfA() {
        String a = "/admin/u/" + w.a().id();
        return List.of(
                Attempt.get(a + "/profile/edit"), Attempt.get(a + "/people/invite"), Attempt.get(a + "/audit"),
                Attempt.post(a + "/profile", Map.of("name", "Trường Bị Đổi Tên", "type", "SCHOOL", "schoolLevel", "THCS", "slug", w.a().slug())),
                Attempt.post(a + "/people/invite", Map.of("email", "xam-nhap-" + w.tag() + "@example.edu.vn", "fullName", "Xâm Nhập", "role", "UNIT_ADMIN")),
                Attempt.post(a + "/people/" + w.editorA().id() + "/roles", Map.of("role", "UNIT_ADMIN")),
                Attempt.post(a + "/people/" + w.editorA().id() + "/roles/" + editorMembershipId + "/remove", Map.of()),
                Attempt.post(a + "/people/" + w.editorA().id() + "/unlock", Map.of()));
    }

    /** The district's own admin pages (units below, import). */
    List<Attempt> districtAdminPages() {
        String d = "/admin/u/" + w.d().id();
        return List.of(Attempt.get(d + "/units/new"), Attempt.get(d + "/import"), Attempt.get(d + "/import/" + importJobId),
                Attempt.get(d + "/import/" + importJobId + "/progress"),
                Attempt.post(d + "/units", Map.of("name", "Trường Chen Ngang", "type", "SCHOOL", "schoolLevel", "TH")),
                Attempt.post(d + "/import/" + importJobId + "/confirm", Map.of()),
                Attempt.post(d + "/import/" + importJobId + "/cancel", Map.of()));
    }

    @Test
    void draftsAreForTheUnitsOwnMembersEvenWhenTheDistrictOverseesIt() {
        Browser reporter = new Browser(server.getURI()).signIn(w.reporterD().email(), Fixtures.PASSWORD);
        Browser adminD = new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD);
        Browser viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD);
        expectEverywhere(reporter, draftReadsOfA(), 403);
        expectEverywhere(adminD, draftReadsOfA(), 403);
        for (Attempt read : draftReadsOfA()) {
            assertThat(send(viewer, read).status()).as(read.path()).isEqualTo(200);
        }
        assertThat(new Browser(server.getURI()).get("/" + w.a().slug() + "/van-ban/" + documentId).status()).isEqualTo(404);
    }

    @Test
    void aSiblingSchoolGets404ForEverythingOfAnotherSchoolAndChangesNothing() {
        Browser sibling = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        List<Attempt> all = new ArrayList<>(readsOfA());
        all.addAll(draftReadsOfA());
        all.addAll(contentWritesOfA());
        all.addAll(structureWritesOfA());
        all.addAll(districtAdminPages());
        expectEverywhere(sibling, all, 404);
    }

    @Test
    void anotherProvinceGets404ForEverything() {
        Browser other = new Browser(server.getURI()).signIn(w.adminQ().email(), Fixtures.PASSWORD);
        List<Attempt> all = new ArrayList<>(readsOfA());
        all.addAll(draftReadsOfA());
        all.addAll(contentWritesOfA());
        all.addAll(structureWritesOfA());
        all.addAll(districtAdminPages());
        expectEverywhere(other, all, 404);
    }

    @Test
    void aDistrictEditorHasNoOversightOfItsSchools() {
        Browser editor = new Browser(server.getURI()).signIn(w.editorD().email(), Fixtures.PASSWORD);
        List<Attempt> all = new ArrayList<>(readsOfA());
        all.addAll(draftReadsOfA());
        all.addAll(contentWritesOfA());
        expectEverywhere(editor, all, 404);
    }

    @Test
    void theDistrictReporterReadsTheSchoolButCannotChangeAnything() {
        Browser reporter = new Browser(server.getURI()).signIn(w.reporterD().email(), Fixtures.PASSWORD);
        for (Attempt read : readsOfA()) {
            int status = send(reporter, read).status();
            assertThat(status).as(read.path()).isIn(200, 303);
        }
        List<Attempt> writes = new ArrayList<>(contentWritesOfA());
        writes.addAll(structureWritesOfA());
        expectEverywhere(reporter, writes, 403);
    }

    @Test
    void theDistrictAdminRunsTheSchoolsStructureButNotItsContent() {
        Browser adminD = new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD);
        expectEverywhere(adminD, contentWritesOfA(), 403);
        assertThat(send(adminD, Attempt.get("/admin/u/" + w.a().id() + "/profile/edit")).status()).isEqualTo(200);
        assertThat(send(adminD, Attempt.get("/admin/u/" + w.a().id() + "/people/invite")).status()).isEqualTo(200);
    }

    @Test
    void aSchoolViewerCannotChangeItsOwnSchool() {
        Browser viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD);
        List<Attempt> writes = new ArrayList<>(contentWritesOfA());
        writes.addAll(structureWritesOfA());
        expectEverywhere(viewer, writes, 403);
    }

    @Test
    void idsOfAnotherSchoolDoNotWorkUnderOnesOwnUnit() {
        Browser adminB = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        String b = "/admin/u/" + w.b().id();
        expectEverywhere(adminB, List.of(
                Attempt.get(b + "/files/" + fileId + "/download"),
                Attempt.get(b + "/files/" + fileId + "/link"),
                Attempt.post(b + "/files/" + fileId + "/delete", Map.of()),
                Attempt.get(b + "/committee/members/" + memberId),
                Attempt.post(b + "/committee/members/" + memberId, Map.of("fullName", "Đổi", "committeeRole", "MEMBER")),
                Attempt.post(b + "/committee/members/" + memberId + "/delete", Map.of()),
                Attempt.get(b + "/people/" + w.adminA().id()),
                Attempt.post(b + "/people/" + w.editorA().id() + "/roles/" + editorMembershipId + "/remove", Map.of()),
                Attempt.post(b + "/people/" + w.editorA().id() + "/unlock", Map.of()),
                Attempt.get(b + "/import/" + importJobId),
                Attempt.get(b + "/articles/" + articleId), Attempt.get(b + "/articles/" + articleId + "/preview"),
                Attempt.get(b + "/articles/" + articleId + "/revisions"),
                Attempt.post(b + "/articles/" + articleId + "?action=save", Map.of("kind", "NEWS", "title", "Đổi", "bodyHtml", "<p>z</p>")),
                Attempt.post(b + "/articles/" + articleId + "/delete", Map.of()),
                Attempt.get(b + "/documents/" + documentId), Attempt.post(b + "/documents/" + documentId + "/publish", Map.of()),
                Attempt.post(b + "/stories", Map.of("articleId", String.valueOf(articleId)))), 404);
    }

    @Test
    void theApiKeepsTheSameBoundaries() {
        String a = "/api/v1/units/" + w.a().id();
        Api sibling = new Api(server.getURI(), json).signIn(w.adminB().email(), Fixtures.PASSWORD);
        Api reporter = new Api(server.getURI(), json).signIn(w.reporterD().email(), Fixtures.PASSWORD);
        Api adminD = new Api(server.getURI(), json).signIn(w.adminD().email(), Fixtures.PASSWORD);
        Map<String, Object> committee = Map.of("decisionNumber", "99/QĐ", "hotlinePhone", "0243 999 9999");
        Map<String, Object> member = Map.of("fullName", "Người lạ", "committeeRole", "MEMBER");

        String before = fingerprint();
        for (String read : List.of(a, a + "/members", a + "/memberships", a + "/committee", a + "/files", a + "/files/" + fileId,
                a + "/files/" + fileId + "/content", "/api/v1/units/" + w.d().id() + "/units")) {
            assertThat(sibling.get(read).status()).as("sibling GET " + read).isEqualTo(404);
            assertThat(reporter.get(read).status()).as("reporter GET " + read).isEqualTo(200);
        }
        assertThat(sibling.get(a).code()).isEqualTo("NOT_FOUND");
        for (Api api : List.of(sibling, reporter)) {
            int expected = api == sibling ? 404 : 403;
            assertThat(api.put(a, Map.of("name", "Đổi tên", "type", "SCHOOL", "schoolLevel", "THCS")).status()).isEqualTo(expected);
            assertThat(api.post(a + "/members", Map.of("email", "x" + w.tag() + "@example.edu.vn", "fullName", "X", "role", "UNIT_ADMIN")).status())
                    .isEqualTo(expected);
            assertThat(api.delete(a + "/memberships/" + editorMembershipId).status()).isEqualTo(expected);
            assertThat(api.put(a + "/committee", committee).status()).isEqualTo(expected);
            assertThat(api.post(a + "/committee/members", member).status()).isEqualTo(expected);
            assertThat(api.put(a + "/committee/members/" + memberId, member).status()).isEqualTo(expected);
            assertThat(api.delete(a + "/committee/members/" + memberId).status()).isEqualTo(expected);
            assertThat(api.delete(a + "/files/" + fileId).status()).isEqualTo(expected);
            assertThat(api.post(a + "/move", Map.of("parentId", w.q().id())).status()).isIn(expected, 404);
        }
        assertThat(sibling.get(a).code()).isEqualTo("NOT_FOUND");
        assertThat(reporter.put(a + "/committee", committee).code()).isEqualTo("FORBIDDEN");
        assertThat(adminD.put(a + "/committee", committee).status()).isEqualTo(403);
        assertThat(adminD.delete(a + "/files/" + fileId).status()).isEqualTo(403);
        assertThat(fingerprint()).isEqualTo(before);
    }

    private void expectEverywhere(Browser browser, List<Attempt> attempts, int expected) {
        String before = fingerprint();
        for (Attempt attempt : attempts) {
            Page page = send(browser, attempt);
            assertThat(page.status()).as(attempt.method() + " " + attempt.path()).isEqualTo(expected);
        }
        assertThat(fingerprint()).as("data of the units after the attempts").isEqualTo(before);
    }

    private Page send(Browser browser, Attempt attempt) {
        if (attempt.method().equals("GET")) {
            return browser.get(attempt.path());
        }
        browser.get("/account");
        return browser.post(attempt.path(), attempt.form());
    }

    /** What the attempts could have changed in A and D, in one string. */
    private String fingerprint() {
        long a = w.a().id();
        long d = w.d().id();
        return String.join("|",
                str("SELECT CONCAT(name, '/', version, '/', parent_id) FROM unit WHERE id = " + a),
                str("SELECT COUNT(*) FROM unit WHERE parent_id = " + d),
                str("SELECT GROUP_CONCAT(CONCAT(user_id, ':', role) ORDER BY id) FROM membership WHERE unit_id = " + a),
                str("SELECT CONCAT(IFNULL(decision_number, ''), '/', version) FROM committee WHERE unit_id = " + a),
                str("SELECT GROUP_CONCAT(CONCAT(full_name, ':', version) ORDER BY id) FROM committee_member WHERE unit_id = " + a),
                str("SELECT COUNT(*) FROM stored_file WHERE unit_id = " + a),
                str("SELECT status FROM import_job WHERE id = " + importJobId),
                str("SELECT COUNT(*) FROM app_user WHERE email LIKE 'xam-nhap-%'"),
                str("SELECT GROUP_CONCAT(CONCAT(id, ':', title, ':', status, ':', version) ORDER BY id) FROM article WHERE unit_id = " + a),
                str("SELECT GROUP_CONCAT(CONCAT(id, ':', status, ':', version) ORDER BY id) FROM official_document WHERE unit_id = " + a),
                str("SELECT COUNT(*) FROM disclosure_item WHERE unit_id = " + a),
                str("SELECT COUNT(*) FROM story_submission WHERE unit_id IN (" + a + ", " + w.b().id() + ")"),
                str("SELECT COUNT(*) FROM category WHERE unit_id = " + a),
                str("SELECT CONCAT(IFNULL(MAX(tagline), ''), '/', COUNT(*)) FROM site_settings WHERE unit_id = " + a));
    }

    private static String str(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? String.valueOf(rs.getString(1)) : "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long query(String sql) {
        return Long.parseLong(str(sql));
    }
}
