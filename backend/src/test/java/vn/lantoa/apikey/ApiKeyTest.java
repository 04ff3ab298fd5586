package vn.lantoa.apikey;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.platform.security.SecretTokens;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.HtmlCheck;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;
import vn.lantoa.unit.Unit;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit's API keys, made by its admin and used by a program, over HTTP against the real database. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeyTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    Fixtures fixtures;
    @Inject
    ReportingFixture reporting;
    @Inject
    TestClock clock;

    Fixtures.World w;
    Obligation monthly;

    @BeforeAll
    void world() {
        w = fixtures.world();
        monthly = reporting.obligation(w, w.d().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    // ---- Making keys and using them.

    @Test
    void aKeyMadeByASchoolAdminReadsItsSchoolThroughTheApi() {
        String secret = key(w.adminA(), w.a().id(), "REPORTER", "READ_ONLY");

        Api.Reply unit = withKey(secret).get("/api/v1/units/" + w.a().id());

        assertThat(unit.status()).isEqualTo(200);
        assertThat(unit.json().get("name")).isEqualTo(w.a().name());
    }

    @Test
    void theSecretIsShownOnceAndStoredOnlyAsItsHash() {
        Api.Reply created = api(w.adminA()).post(keysOf(w.a().id()), form("Cơ sở dữ liệu ngành", "REPORTER", "READ_ONLY", inDays(90)));
        String secret = (String) created.json().get("secret");
        long id = ((Number) key(created).get("id")).longValue();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).doesNotContainKey("code");
        assertThat(secret).startsWith("lantoa_").hasSize("lantoa_".length() + 43).matches("lantoa_[0-9A-Za-z]+");
        assertThat(key(created).get("prefix")).isEqualTo(secret.substring(0, 13));
        assertThat(api(w.adminA()).get(keysOf(w.a().id()) + "/" + id).body()).doesNotContain(secret).contains(secret.substring(0, 13));
        assertThat(api(w.adminA()).get(keysOf(w.a().id())).body()).doesNotContain(secret);
        assertThat(one("SELECT token_hash FROM api_key WHERE id = " + id)).isEqualTo(SecretTokens.sha256(secret));
        assertThat(one("SELECT COUNT(*) FROM api_key WHERE CONCAT_WS('|', name, token_prefix, token_hash) LIKE '%" + secret.substring(13) + "%'"))
                .isEqualTo("0");
    }

    @Test
    void aNewKeyAnswers201WithItsAddressAndIsNotCached() throws Exception {
        Api admin = api(w.adminA());
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(keysOf(w.a().id())))
                .header("Authorization", "Bearer " + admin.token()).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(form("Trang tổng hợp", "EDITOR", "READ_ONLY", inDays(10))))).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = created.headers().firstValue("Location").orElseThrow();

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(location).matches("/api/v1/units/" + w.a().id() + "/api-keys/\\d+");
        assertThat(admin.get(location).json().get("name")).isEqualTo("Trang tổng hợp");
    }

    @Test
    void aReadOnlyKeyCannotSaveAReportDraftWhileAReadWriteKeyCan() {
        String readOnly = key(w.adminA(), w.a().id(), "REPORTER", "READ_ONLY");
        String readWrite = key(w.adminA(), w.a().id(), "REPORTER", "READ_WRITE");
        String report = "/api/v1/units/" + w.a().id() + "/reports/" + monthly.id() + "/" + YearMonth.now(clock.withZone(TestClock.VIETNAM));

        Api.Reply refused = withKey(readOnly).put(report, Map.of("answers", Map.of("tin_bai", "3")));
        Api.Reply saved = withKey(readWrite).put(report, Map.of("answers", Map.of("tin_bai", "3")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("FORBIDDEN");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(withKey(readOnly).get(report).body()).contains("\"tin_bai\":\"3\"");
    }

    @Test
    void aKeyOfOneSchoolCannotReadAnotherSchool() {
        String secret = key(w.adminA(), w.a().id(), "EDITOR", "READ_WRITE");

        assertThat(withKey(secret).get("/api/v1/units/" + w.b().id()).status()).isEqualTo(404);
        assertThat(withKey(secret).get("/api/v1/units/" + w.b().id() + "/files").status()).isEqualTo(404);
        assertThat(withKey(secret).get("/api/v1/units/" + w.z().id()).status()).isEqualTo(404);
    }

    @Test
    void aDistrictKeyReadsASchoolBelowItButCannotChangeIt() {
        String secret = key(w.adminD(), w.d().id(), "REPORTER", "READ_WRITE");
        String report = "/api/v1/units/" + w.a().id() + "/reports/" + monthly.id() + "/" + YearMonth.now(clock.withZone(TestClock.VIETNAM));

        assertThat(withKey(secret).get("/api/v1/units/" + w.a().id()).status()).isEqualTo(200);
        assertThat(withKey(secret).get("/api/v1/units/" + w.d().id() + "/units").body()).contains(w.a().name());
        assertThat(withKey(secret).put(report, Map.of("answers", Map.of("tin_bai", "9"))).status()).isEqualTo(403);
        assertThat(withKey(secret).get("/api/v1/units/" + w.q().id()).status()).isEqualTo(404);
    }

    @Test
    void aRevokedKeyIsRefusedWithItsOwnCode() {
        Api.Reply created = api(w.adminA()).post(keysOf(w.a().id()), form("Đồng bộ danh bạ", "EDITOR", "READ_ONLY", inDays(30)));
        String secret = (String) created.json().get("secret");
        assertThat(withKey(secret).get("/api/v1/units/" + w.a().id()).status()).isEqualTo(200);

        Api.Reply revoked = api(w.adminA()).delete(keysOf(w.a().id()) + "/" + key(created).get("id"));
        Api.Reply after = withKey(secret).get("/api/v1/units/" + w.a().id());

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("API_KEY_INVALID");
        assertThat((String) after.json().get("message")).contains("thu hồi");
        assertThat(api(w.adminA()).get(keysOf(w.a().id()) + "/" + key(created).get("id")).json().get("status")).isEqualTo("REVOKED");
    }

    @Test
    void anExpiredKeyIsRefusedFromTheDayAfterItsLastDay() {
        String secret = key(w.adminA(), w.a().id(), "REPORTER", "READ_ONLY", inDays(1));
        assertThat(withKey(secret).get("/api/v1/units/" + w.a().id()).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(2));
        Api.Reply expired = withKey(secret).get("/api/v1/units/" + w.a().id());

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isEqualTo("API_KEY_INVALID");
    }

    @Test
    void anUnknownKeyIsRefusedEvenWhereNoSignInIsNeeded() {
        Api.Reply unknown = new Api(server.getURI(), json).withToken("lantoa_" + "x".repeat(43)).get("/api/v1/units/" + w.a().id());
        Api.Reply anonymousRoute = new Api(server.getURI(), json).withToken("lantoa_nope")
                .post("/api/v1/auth/refresh", Map.of("refreshToken", "khong-co"));

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.code()).isEqualTo("API_KEY_INVALID");
        assertThat(anonymousRoute.code()).isEqualTo("API_KEY_INVALID");
    }

    @Test
    void aKeyDoesNotOpenTheAdminPages() {
        String secret = key(w.adminA(), w.a().id(), "EDITOR", "READ_WRITE");
        Browser program = new Browser(server.getURI());

        Page page = program.getWith("/admin/u/" + w.a().id(), "Authorization", "Bearer " + secret);
        Page keysPage = program.getWith("/admin/u/" + w.a().id() + "/api-keys", "Authorization", "Bearer " + secret);

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).startsWith("/login");
        assertThat(keysPage.status()).isEqualTo(303);
    }

    @Test
    void aKeyCannotMakeAnotherKeyNorInvitePeopleNorRunTheUnit() {
        String secret = key(w.adminA(), w.a().id(), "EDITOR", "READ_WRITE");
        Api program = withKey(secret);

        assertThat(program.post(keysOf(w.a().id()), form("Khoá con", "EDITOR", "READ_WRITE", inDays(30))).status()).isEqualTo(403);
        assertThat(program.get(keysOf(w.a().id())).status()).isEqualTo(403);
        assertThat(program.post("/api/v1/units/" + w.a().id() + "/members",
                Map.of("email", "may-moi@example.edu.vn", "fullName", "Máy Mời", "role", "EDITOR")).status()).isEqualTo(403);
        assertThat(program.put("/api/v1/units/" + w.a().id(), Map.of("name", "Đổi tên bằng máy", "type", "SCHOOL", "schoolLevel", "THCS")).status())
                .isEqualTo(403);
        assertThat(one("SELECT COUNT(*) FROM app_user WHERE email = 'may-moi@example.edu.vn'")).isEqualTo("0");
    }

    @Test
    void aReadWriteEditorKeyUploadsAFileAndTheAuditLogShowsWhatItDid() {
        Api.Reply created = api(w.adminB()).post(keysOf(w.b().id()), form("Kho ảnh trường", "EDITOR", "READ_WRITE", inDays(60)));
        String secret = (String) created.json().get("secret");
        Object id = key(created).get("id");
        String boundary = "----lantoa-key";
        String upload = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ke-hoach.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                + "%PDF-1.4\n% kế hoạch\n\r\n--" + boundary + "--\r\n";

        Api.Reply uploaded = withKey(secret).postRaw("/api/v1/units/" + w.b().id() + "/files", "multipart/form-data; boundary=" + boundary, upload);
        Api.Reply refused = withKey(secret).put("/api/v1/units/" + w.b().id() + "/committee", Map.of("hotlinePhone", "0243 999 9999"));
        api(w.adminB()).delete(keysOf(w.b().id()) + "/" + id);

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(403);
        List<String> audit = rows("SELECT CONCAT(action, ' ', actor_email, ' ', IFNULL(after_json, '')) FROM audit_event WHERE unit_id = " + w.b().id()
                + " AND entity_type = 'api_key' AND entity_id = '" + id + "' ORDER BY id");
        String prefix = secret.substring(0, 13);
        assertThat(audit).hasSize(5);
        assertThat(audit.get(0)).startsWith("apiKey.create " + w.adminB().email()).contains("\"readOnly\":false", "\"role\":\"EDITOR\"");
        assertThat(audit.get(1)).startsWith("apiKey.use api-key:" + prefix).contains("\"method\":\"POST\"");
        assertThat(audit.get(2)).startsWith("apiKey.write api-key:" + prefix)
                .contains("\"method\":\"POST\"", "\"path\":\"/api/v1/units/" + w.b().id() + "/files\"", "\"status\":201");
        assertThat(audit.get(3)).startsWith("apiKey.write api-key:" + prefix).contains("\"method\":\"PUT\"", "\"status\":403");
        assertThat(audit.get(4)).startsWith("apiKey.revoke " + w.adminB().email());
        assertThat(one("SELECT created_by FROM stored_file WHERE unit_id = " + w.b().id() + " ORDER BY id DESC LIMIT 1"))
                .isEqualTo(String.valueOf(w.adminB().id()));
    }

    @Test
    void readsAreRecordedOncePerMinuteWithTheLastUse() {
        clock.freezeAt(clock.instant());
        Api.Reply created = api(w.adminA()).post(keysOf(w.a().id()), form("Bảng tin", "REPORTER", "READ_ONLY", inDays(30)));
        Object id = key(created).get("id");
        Api program = withKey((String) created.json().get("secret"));
        String uses = "SELECT COUNT(*) FROM audit_event WHERE action = 'apiKey.use' AND entity_id = '" + id + "'";

        program.get("/api/v1/units/" + w.a().id());
        String firstUse = one("SELECT last_used_at FROM api_key WHERE id = " + id);
        clock.advance(Duration.ofSeconds(30));
        program.get("/api/v1/units/" + w.a().id());
        program.get("/api/v1/units/" + w.a().id() + "/members");

        assertThat(firstUse).isNotNull();
        assertThat(one("SELECT last_used_at FROM api_key WHERE id = " + id)).isEqualTo(firstUse);
        assertThat(one(uses)).isEqualTo("1");

        clock.advance(Duration.ofSeconds(31));
        program.get("/api/v1/units/" + w.a().id());

        assertThat(one("SELECT last_used_at FROM api_key WHERE id = " + id)).isNotEqualTo(firstUse);
        assertThat(one(uses)).isEqualTo("2");
    }

    @Test
    void aKeyStopsWhenItsMakerNoLongerAdministersTheUnitOrTheUnitCloses() {
        Unit school = fixtures.unit(fixtures.actor(w.platformAdmin()), w.d().id(), "Trường THCS Tạm Thời " + w.tag(), UnitType.SCHOOL, SchoolLevel.THCS);
        User leaving = fixtures.member(school, Role.UNIT_ADMIN, "qt-roi-di", w.tag());
        User staying = fixtures.member(school, Role.UNIT_ADMIN, "qt-o-lai", w.tag());
        String leavingKey = key(leaving, school.id(), "REPORTER", "READ_ONLY");
        String stayingKey = key(staying, school.id(), "REPORTER", "READ_ONLY");

        TestServers.sql("DELETE FROM membership WHERE user_id = " + leaving.id() + " AND unit_id = " + school.id());

        assertThat(withKey(leavingKey).get("/api/v1/units/" + school.id()).code()).isEqualTo("API_KEY_INVALID");
        assertThat(withKey(stayingKey).get("/api/v1/units/" + school.id()).status()).isEqualTo(200);
        assertThat(api(staying).get(keysOf(school.id())).body()).contains("\"status\":\"CREATOR_GONE\"", "\"status\":\"ACTIVE\"");

        TestServers.sql("UPDATE unit SET closed_on = '2026-01-01' WHERE id = " + school.id());

        assertThat(withKey(stayingKey).get("/api/v1/units/" + school.id()).code()).isEqualTo("API_KEY_INVALID");
    }

    @Test
    void onlyTheUnitsOwnAdminsManageItsKeys() {
        assertThat(api(w.adminD()).get(keysOf(w.a().id())).status()).isEqualTo(403);
        assertThat(api(w.editorA()).post(keysOf(w.a().id()), form("Khoá lén", "EDITOR", "READ_WRITE", inDays(30))).status()).isEqualTo(403);
        assertThat(api(w.adminB()).get(keysOf(w.a().id())).status()).isEqualTo(404);
        assertThat(api(w.platformAdmin()).get(keysOf(w.a().id())).status()).isEqualTo(200);
    }

    @Test
    void aKeyOfAnotherUnitCannotBeRevokedThroughThisOne() {
        Api.Reply created = api(w.adminA()).post(keysOf(w.a().id()), form("Của trường A", "REPORTER", "READ_ONLY", inDays(30)));
        Object id = key(created).get("id");

        assertThat(api(w.adminB()).delete(keysOf(w.b().id()) + "/" + id).status()).isEqualTo(404);
        assertThat(withKey((String) created.json().get("secret")).get("/api/v1/units/" + w.a().id()).status()).isEqualTo(200);
    }

    @Test
    void aBadRequestForAKeyIsRefusedFieldByFieldAndNothingIsStored() {
        String count = "SELECT COUNT(*) FROM api_key WHERE unit_id = " + w.a().id();
        String before = one(count);

        Api.Reply bad = api(w.adminA()).post(keysOf(w.a().id()), form(" ", "UNIT_ADMIN", "ALL", inDays(400)));
        Api.Reply past = api(w.adminA()).post(keysOf(w.a().id()), form("Hôm qua", "REPORTER", "READ_ONLY", inDays(-1)));
        Api.Reply noDate = api(w.adminA()).post(keysOf(w.a().id()), form("Không hạn", "REPORTER", "READ_ONLY", ""));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(fieldCodes(bad)).containsExactly("name=apiKey.name.required", "role=apiKey.role.invalid", "access=apiKey.access.invalid",
                "expiresOn=apiKey.expiresOn.tooFar");
        assertThat(fieldCodes(past)).containsExactly("expiresOn=apiKey.expiresOn.past");
        assertThat(fieldCodes(noDate)).containsExactly("expiresOn=apiKey.expiresOn.required");
        assertThat(one(count)).isEqualTo(before);
    }

    // ---- The admin page.

    @Test
    void anAdminMakesAKeyOnThePageSeesItsSecretOnceAndRevokesIt() {
        Browser admin = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        String base = "/admin/u/" + w.a().id() + "/api-keys";
        Page home = admin.get("/admin/u/" + w.a().id());
        assertThat(home.doc().select(".sidenav a[href=" + base + "]").text()).isEqualTo("Khoá API");

        Page created = admin.post(base, Map.of("name", "Cổng dữ liệu Sở <b>", "role", "REPORTER", "access", "READ_ONLY",
                "expiresOn", inDays(100)));
        String secret = created.doc().select("#api-key-secret").attr("value");

        assertThat(created.status()).isEqualTo(200);
        assertThat(HtmlCheck.problems(created.body())).isEmpty();
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        assertThat(secret).startsWith("lantoa_");
        assertThat(created.body()).contains("Cổng dữ liệu Sở &lt;b&gt;").doesNotContain("Sở <b>");
        assertThat(withKey(secret).get("/api/v1/units/" + w.a().id()).status()).isEqualTo(200);

        Page list = admin.get(base);
        assertThat(HtmlCheck.problems(list.body())).isEmpty();
        assertThat(list.body()).doesNotContain(secret).contains(secret.substring(0, 13));
        String row = list.doc().select("tr:contains(Cổng dữ liệu Sở)").text();
        assertThat(row).contains("Cán bộ báo cáo · Chỉ đọc", "Đang dùng được", VietnamDate.of(LocalDate.now(clock.withZone(TestClock.VIETNAM)).plusDays(100)));
        String revoke = list.doc().select("tr:contains(Cổng dữ liệu Sở) form").attr("action");
        assertThat(list.doc().select("tr:contains(Cổng dữ liệu Sở) form").attr("data-confirm")).contains("Thu hồi khoá");

        Page revoked = admin.post(revoke.substring(0, revoke.indexOf('?')), Map.of());

        assertThat(revoked.status()).isEqualTo(303);
        assertThat(admin.get(revoked.location()).doc().select("tr:contains(Cổng dữ liệu Sở)").text()).contains("Đã thu hồi");
        assertThat(withKey(secret).get("/api/v1/units/" + w.a().id()).code()).isEqualTo("API_KEY_INVALID");
    }

    @Test
    void theFormShowsVietnameseMessagesNextToTheFieldsAndKeepsWhatWasTyped() {
        Browser admin = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        String base = "/admin/u/" + w.a().id() + "/api-keys";
        admin.get(base);

        Page page = admin.post(base, Map.of("name", "", "role", "REPORTER", "access", "READ_WRITE", "expiresOn", "31/02/2027"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(HtmlCheck.problems(page.body())).isEmpty();
        assertThat(page.doc().select("#e-name").text()).isEqualTo("Nhập tên khoá: khoá dùng cho việc gì.");
        assertThat(page.doc().select("#e-expiresOn").text()).isEqualTo("Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.");
        assertThat(page.doc().select("#f-access option[selected]").attr("value")).isEqualTo("READ_WRITE");
        assertThat(page.doc().select("#api-key-secret")).isEmpty();

        Page tooFar = admin.post(base, Map.of("name", "Xa quá", "role", "EDITOR", "access", "READ_ONLY", "expiresOn", inDays(370)));
        assertThat(tooFar.doc().select("#e-expiresOn").text()).startsWith("Khoá dùng được tối đa một năm");
        assertThat(tooFar.doc().select("#f-name").attr("value")).isEqualTo("Xa quá");
    }

    // ---- Helpers.

    /** dd/MM/yyyy, as the pages write a date. */
    private static final class VietnamDate {
        static String of(LocalDate date) {
            return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }
    }

    private String inDays(int days) {
        return LocalDate.now(clock.withZone(TestClock.VIETNAM)).plusDays(days).toString();
    }

    private static Map<String, String> form(String name, String role, String access, String expiresOn) {
        return Map.of("name", name, "role", role, "access", access, "expiresOn", expiresOn);
    }

    private String key(User admin, long unitId, String role, String access) {
        return key(admin, unitId, role, access, inDays(30));
    }

    private String key(User admin, long unitId, String role, String access, String expiresOn) {
        Api.Reply created = api(admin).post(keysOf(unitId), form("Tích hợp " + role + " " + access, role, access, expiresOn));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.json().get("secret");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> key(Api.Reply created) {
        return (Map<String, Object>) created.json().get("key");
    }

    @SuppressWarnings("unchecked")
    private static List<String> fieldCodes(Api.Reply reply) {
        return ((List<Map<String, Object>>) reply.json().get("errors")).stream().map(e -> e.get("field") + "=" + e.get("code")).toList();
    }

    private static String keysOf(long unitId) {
        return "/api/v1/units/" + unitId + "/api-keys";
    }

    private Api api(User user) {
        return new Api(server.getURI(), json).signIn(user.email(), Fixtures.PASSWORD);
    }

    private Api withKey(String secret) {
        return new Api(server.getURI(), json).withToken(secret);
    }

    private static String one(String sql) {
        List<String> all = rows(sql);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> rows(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
