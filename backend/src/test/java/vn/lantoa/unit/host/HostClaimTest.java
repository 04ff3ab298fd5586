package vn.lantoa.unit.host;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's own host name is given by a platform admin or proved by the unit: against a real DNS server and a real web
 * server on 127.0.0.1 (no network), to which Lantoa's resolver and HTTP check are pointed.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostClaimTest implements TestPropertyProvider {

    static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    static final String DNS_HOST = "dns-" + RUN + ".truong-thu.vn";
    static final String FILE_HOST = "tep-" + RUN + ".truong-thu.vn";
    static final String REDIRECT_HOST = "chuyen-" + RUN + ".truong-thu.vn";
    static final String MISSING_HOST = "thieu-" + RUN + ".truong-thu.vn";
    static final String MINISTRY = "moet-" + RUN + ".gov.vn";

    final TinyDnsServer dns;
    final TinyWebServer web;

    @Inject
    vn.lantoa.testing.TestClock clock;
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    Fixtures fixtures;
    @Inject
    UnitRepository units;

    Fixtures.World world;
    Actor platform;
    Browser visitor;

    HostClaimTest() throws IOException {
        dns = new TinyDnsServer();
        web = new TinyWebServer();
    }

    @Override
    public Map<String, String> getProperties() {
        String to = "=" + web.address();
        return Map.of("lantoa.host-verification.dns-server", dns.address(),
                "lantoa.host-verification.timeout", "2s",
                "lantoa.host-verification.connect-to", FILE_HOST + to + "," + REDIRECT_HOST + to + "," + MISSING_HOST + to);
    }

    @BeforeAll
    void world() {
        world = fixtures.world();
        platform = fixtures.actor(world.platformAdmin());
        visitor = new Browser(server.getURI());
    }

    @AfterAll
    void stopServers() {
        dns.close();
        web.close();
    }

    record School(Unit unit, User admin) {
        String admin(String path) {
            return "/admin/u/" + unit.id() + path;
        }

        String api(String path) {
            return "/api/v1/units/" + unit.id() + path;
        }
    }

    private School school(String label) {
        Unit unit = fixtures.unit(platform, world.d().id(), "Trường THCS " + label + " " + world.tag(), UnitType.SCHOOL, SchoolLevel.THCS);
        return new School(unit, fixtures.member(unit, Role.UNIT_ADMIN, "qt-" + label.toLowerCase(), world.tag()));
    }

    private String hostOf(School school) {
        return units.findById(school.unit().id()).orElseThrow().hostName();
    }

    private Browser browser(User user) {
        return new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
    }

    private Api api(User user) {
        return new Api(server.getURI(), json).signIn(user.email(), Fixtures.PASSWORD);
    }

    /** What a visitor of the host sees: the unit's site only once the name is in use. */
    private boolean servesSiteOf(String host, School school) {
        Page home = visitor.getWith("/", "Host", host);
        return home.status() == 200 && home.doc().select("h1, .site-name, header").text().contains(school.unit().name());
    }

    /** The unit's profile as read from the API, sent back with another host name. */
    private static Api.Reply putHostName(Api api, School school, String hostName) {
        Map<String, Object> current = api.get(school.api("")).json();
        Map<String, Object> edit = new HashMap<>();
        for (String key : List.of("name", "type", "schoolLevel", "slug")) {
            edit.put(key, current.get(key));
        }
        edit.put("version", String.valueOf(current.get("version")));
        edit.put("hostName", hostName);
        return api.put(school.api(""), edit);
    }

    private static long claimIdFrom(Page redirect) {
        return Long.parseLong(redirect.location().substring(redirect.location().indexOf("#claim-") + "#claim-".length()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> field(Api.Reply reply, int index) {
        return ((List<Map<String, Object>>) reply.json().get("errors")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Api.Reply reply, String name) {
        return (Map<String, Object>) reply.json().get(name);
    }

    @Test
    void aUnitAdminCannotGiveItsSiteTheMinistrysDomainThroughTheApi() {
        School school = school("Api Tu Dat");

        Api.Reply refused = putHostName(api(school.admin()), school, MINISTRY);
        Api.Reply created = api(world.adminD()).post("/api/v1/units/" + world.d().id() + "/units",
                Map.of("name", "Trường TH Tên Miền Lạ " + world.tag(), "type", "SCHOOL", "schoolLevel", "TH", "hostName", MINISTRY));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(field(refused, 0)).containsEntry("field", "hostName").containsEntry("code", "unit.hostName.claimRequired");
        assertThat((String) field(refused, 0).get("message")).contains("host-claims").contains("xác minh");
        assertThat(created.status()).isEqualTo(400);
        assertThat(field(created, 0)).containsEntry("code", "unit.hostName.claimRequired");
        assertThat(hostOf(school)).isNull();
        assertThat(servesSiteOf(MINISTRY, school)).isFalse();
    }

    @Test
    void aUnitAdminCannotGiveItsSiteADomainThroughTheProfileForm() {
        School school = school("Form Tu Dat");
        Browser admin = browser(school.admin());
        Page edit = admin.get(school.admin("/profile/edit"));
        Unit unit = units.findById(school.unit().id()).orElseThrow();

        Page refused = admin.post(school.admin("/profile"), Map.of("name", unit.name(), "type", "SCHOOL", "schoolLevel", "THCS",
                "slug", unit.slug(), "version", String.valueOf(unit.version()), "hostName", MINISTRY));

        assertThat(edit.doc().select("input[name=hostName]")).isEmpty();
        assertThat(edit.doc().select("a[href$=/host-names]").text()).isEqualTo("Đăng ký và xác minh tên miền riêng");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-hostName").text()).startsWith("Chỉ quản trị nền tảng gán thẳng được tên miền");
        assertThat(hostOf(school)).isNull();
        assertThat(servesSiteOf(MINISTRY, school)).isFalse();
    }

    @Test
    void aClaimWithoutItsRecordOrWithAWrongOneIsRefusedWithItsReasonAndNeverServed() {
        School school = school("Chua Chung Minh");
        Browser admin = browser(school.admin());
        Page claimed = admin.post(school.admin("/host-names"), Map.of("hostName", " " + MISSING_HOST.toUpperCase() + ". "));
        long claimId = claimIdFrom(claimed);
        String check = school.admin("/host-names/" + claimId + "/check");
        String token = admin.get(school.admin("/host-names")).doc().select("#claim-" + claimId + " code.token").first().text();

        admin.post(check, Map.of("method", "DNS_TXT"));
        String noRecord = admin.get(school.admin("/host-names")).doc().select("#claim-" + claimId + " .claim-error").text();
        dns.txt("_lantoa-verify." + MISSING_HOST, "lantoa-khong-phai-ma-nay");
        admin.post(check, Map.of("method", "DNS_TXT"));
        String wrongRecord = admin.get(school.admin("/host-names")).doc().select("#claim-" + claimId + " .claim-error").text();
        admin.post(check, Map.of("method", "HTTP_FILE"));
        String noFile = admin.get(school.admin("/host-names")).doc().select("#claim-" + claimId + " .claim-error").text();
        web.file(MISSING_HOST, HostClaim.FILE_PATH + token, "lantoa-ma-cua-don-vi-khac");
        admin.post(check, Map.of("method", "HTTP_FILE"));
        String wrongFile = admin.get(school.admin("/host-names")).doc().select("#claim-" + claimId + " .claim-error").text();

        assertThat(claimed.status()).isEqualTo(303);
        assertThat(token).startsWith("lantoa-").hasSize(47);
        assertThat(noRecord).isEqualTo("Không tìm thấy bản ghi TXT tại _lantoa-verify." + MISSING_HOST
                + ". Kiểm tra lại tên bản ghi, hoặc chờ bản ghi mới có hiệu lực rồi thử lại.");
        assertThat(wrongRecord).contains("có giá trị \"lantoa-khong-phai-ma-nay\", không phải mã xác minh");
        assertThat(noFile).startsWith("Địa chỉ tệp xác minh trả về mã HTTP 404");
        assertThat(wrongFile).startsWith("Tệp tại http://" + MISSING_HOST + "/.well-known/lantoa-verification/" + token
                + " không chứa đúng mã xác minh");
        assertThat(hostOf(school)).isNull();
        assertThat(servesSiteOf(MISSING_HOST, school)).isFalse();
        assertThat(visitor.get("/" + school.unit().slug() + "/").body()).doesNotContain(MISSING_HOST);
    }

    @Test
    void theRightTxtRecordPutsTheHostNameToUse() {
        School school = school("Ban Ghi Dns");
        Api admin = api(school.admin());
        Api.Reply claimed = admin.post(school.api("/host-claims"), Map.of("hostName", DNS_HOST));
        Map<String, Object> record = object(claimed, "dnsRecord");
        String verify = school.api("/host-claims/" + ((Number) claimed.json().get("id")).longValue() + "/verify");

        Api.Reply before = admin.post(verify, Map.of("method", "DNS_TXT"));
        dns.txt("_lantoa-verify." + DNS_HOST, "v=spf1 -all", (String) record.get("value"));
        Api.Reply proved = admin.post(verify, Map.of("method", "DNS_TXT"));

        assertThat(claimed.status()).isEqualTo(201);
        assertThat(record).containsEntry("type", "TXT").containsEntry("name", "_lantoa-verify." + DNS_HOST);
        assertThat(before.json()).containsEntry("verified", false);
        assertThat(object(before, "lastError")).containsEntry("code", "hostclaim.dns.noRecord");
        assertThat((String) object(before, "lastError").get("message")).startsWith("Không tìm thấy bản ghi TXT");
        assertThat(proved.json()).containsEntry("verified", true).containsEntry("method", "DNS_TXT");
        assertThat(hostOf(school)).isEqualTo(DNS_HOST);
        assertThat(admin.get(school.api("")).json()).containsEntry("hostName", DNS_HOST);
        assertThat(servesSiteOf(DNS_HOST, school)).isTrue();
        assertThat(visitor.getWith("/", "Host", DNS_HOST).doc().select("link[rel=canonical]").attr("href")).isEqualTo("https://" + DNS_HOST + "/");
    }

    @Test
    void theRightFileOnTheHostPutsTheHostNameToUseAndTheProfileFormKeepsIt() {
        School school = school("Tep Tren May Chu");
        Browser admin = browser(school.admin());
        long claimId = claimIdFrom(admin.post(school.admin("/host-names"), Map.of("hostName", FILE_HOST)));
        Page instructions = admin.get(school.admin("/host-names"));
        String token = instructions.doc().select("#claim-" + claimId + " code.token").first().text();
        web.file(FILE_HOST, HostClaim.FILE_PATH + token, token + "\n");

        Page checked = admin.post(school.admin("/host-names/" + claimId + "/check"), Map.of("method", "HTTP_FILE"));
        Page after = admin.get(school.admin("/host-names"));
        Unit unit = units.findById(school.unit().id()).orElseThrow();
        Page saved = admin.post(school.admin("/profile"), Map.of("name", unit.name(), "type", "SCHOOL", "schoolLevel", "THCS",
                "slug", unit.slug(), "version", String.valueOf(unit.version()), "phone", "0243 864 1234"));

        assertThat(instructions.doc().select("#claim-" + claimId + " code.file-url").text())
                .isEqualTo("http://" + FILE_HOST + "/.well-known/lantoa-verification/" + token);
        assertThat(checked.status()).isEqualTo(303);
        assertThat(after.doc().select("#active-host").text()).isEqualTo(FILE_HOST);
        assertThat(after.text()).contains("Đã xác minh lúc").contains("tệp trên máy chủ web");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(hostOf(school)).isEqualTo(FILE_HOST);
        assertThat(servesSiteOf(FILE_HOST, school)).isTrue();
    }

    @Test
    void aFileIsFollowedThroughRedirectsOnItsOwnHostButNotToAnotherHost() {
        School school = school("Chuyen Huong");
        Api admin = api(school.admin());
        Api.Reply claimed = admin.post(school.api("/host-claims"), Map.of("hostName", REDIRECT_HOST));
        String token = (String) object(claimed, "file").get("content");
        String path = HostClaim.FILE_PATH + token;
        String verify = school.api("/host-claims/" + ((Number) claimed.json().get("id")).longValue() + "/verify");
        web.file(FILE_HOST, path, token);
        web.redirect(REDIRECT_HOST, path, "http://" + FILE_HOST + path);

        Api.Reply elsewhere = admin.post(verify, Map.of("method", "HTTP_FILE"));
        web.redirect(REDIRECT_HOST, path, "/xac-minh/ma.txt");
        web.file(REDIRECT_HOST, "/xac-minh/ma.txt", token);
        Api.Reply sameHost = admin.post(verify, Map.of("method", "HTTP_FILE"));

        assertThat(object(elsewhere, "lastError")).containsEntry("code", "hostclaim.http.redirectElsewhere");
        assertThat((String) object(elsewhere, "lastError").get("message")).contains("ra ngoài tên miền " + REDIRECT_HOST);
        assertThat(sameHost.json()).containsEntry("verified", true);
        assertThat(hostOf(school)).isEqualTo(REDIRECT_HOST);
    }

    @Test
    void aPlatformAdminSetsAHostNameDirectly() {
        School school = school("Quan Tri Gan");
        String host = "gan-" + RUN + ".truong-thu.vn";

        Api.Reply set = putHostName(api(world.platformAdmin()), school, host);
        Page form = browser(world.platformAdmin()).get(school.admin("/profile/edit"));

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json()).containsEntry("hostName", host);
        assertThat(form.doc().select("input[name=hostName]").val()).isEqualTo(host);
        assertThat(servesSiteOf(host, school)).isTrue();
    }

    @Test
    void aNameInUseByAnotherUnitOrLantoasOwnCannotBeClaimed() {
        School owner = school("Chu Ten Mien");
        School other = school("Muon Ten Mien");
        String host = "dang-dung-" + RUN + ".truong-thu.vn";
        Unit unit = units.findById(owner.unit().id()).orElseThrow();
        units.setHostName(unit.id(), host, clock.instant(), world.platformAdmin().id());
        Api admin = api(other.admin());

        Api.Reply taken = admin.post(other.api("/host-claims"), Map.of("hostName", host));
        Api.Reply lantoa = admin.post(other.api("/host-claims"), Map.of("hostName", "truong.lantoa.test"));

        assertThat(taken.status()).isEqualTo(400);
        assertThat(field(taken, 0)).containsEntry("code", "unit.hostName.taken");
        assertThat(field(lantoa, 0)).containsEntry("code", "hostclaim.hostName.platform");
        assertThat(admin.get(other.api("/host-claims")).json().get("claims")).asList().isEmpty();
    }

    @Test
    void anotherSchoolCannotSeeOrUseASchoolsClaimsAndItsEditorCannotEither() {
        School school = school("Rieng Tu");
        School sibling = school("Ben Canh");
        User editor = fixtures.member(school.unit(), Role.EDITOR, "bt-rieng", world.tag());
        Api.Reply claimed = api(school.admin()).post(school.api("/host-claims"), Map.of("hostName", "rieng-" + RUN + ".truong-thu.vn"));
        long claimId = ((Number) claimed.json().get("id")).longValue();
        Api siblingApi = api(sibling.admin());
        Browser siblingPages = browser(sibling.admin());

        assertThat(siblingPages.get(school.admin("/host-names")).status()).isEqualTo(404);
        assertThat(siblingPages.post(school.admin("/host-names/" + claimId + "/check"), Map.of("method", "DNS_TXT")).status()).isEqualTo(404);
        assertThat(siblingPages.post(school.admin("/host-names/" + claimId + "/delete"), Map.of()).status()).isEqualTo(404);
        assertThat(siblingPages.post(sibling.admin("/host-names/" + claimId + "/delete"), Map.of()).status()).isEqualTo(404);
        assertThat(siblingApi.get(school.api("/host-claims")).status()).isEqualTo(404);
        assertThat(siblingApi.post(school.api("/host-claims/" + claimId + "/verify"), Map.of("method", "DNS_TXT")).status()).isEqualTo(404);
        assertThat(siblingApi.post(sibling.api("/host-claims/" + claimId + "/verify"), Map.of("method", "DNS_TXT")).status()).isEqualTo(404);
        assertThat(siblingApi.delete(sibling.api("/host-claims/" + claimId)).status()).isEqualTo(404);
        assertThat(browser(editor).get(school.admin("/host-names")).status()).isEqualTo(403);
        assertThat(api(editor).post(school.api("/host-claims"), Map.of("hostName", "bien-tap-" + RUN + ".truong-thu.vn")).status()).isEqualTo(403);
        assertThat(api(school.admin()).get(school.api("/host-claims")).json().get("claims")).asList().hasSize(1);
    }

    @Test
    void aUnitAdminWithdrawsAPendingClaimAndStopsUsingItsName() {
        School school = school("Thoi Dung");
        String host = "thoi-" + RUN + ".truong-thu.vn";
        putHostName(api(world.platformAdmin()), school, host);
        boolean servedBefore = servesSiteOf(host, school);
        Browser admin = browser(school.admin());
        long claimId = claimIdFrom(admin.post(school.admin("/host-names"), Map.of("hostName", "khac-" + RUN + ".truong-thu.vn")));

        Page withdrawn = admin.post(school.admin("/host-names/" + claimId + "/delete"), Map.of());
        Page removed = admin.post(school.admin("/host-names/remove"), Map.of());
        Page after = admin.get(school.admin("/host-names"));

        assertThat(servedBefore).isTrue();
        assertThat(withdrawn.status()).isEqualTo(303);
        assertThat(removed.status()).isEqualTo(303);
        assertThat(after.doc().select("#claim-" + claimId)).isEmpty();
        assertThat(after.doc().select("#active-host")).isEmpty();
        assertThat(hostOf(school)).isNull();
        assertThat(servesSiteOf(host, school)).isFalse();
    }
}
