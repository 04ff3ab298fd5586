package vn.lantoa.people;

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

import java.net.HttpCookie;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    UserRepository users;

    Fixtures.World world;

    @BeforeAll
    void world() {
        world = fixtures.world();
    }

    @Test
    void signingInSetsAnHttpOnlySameSiteSessionCookieAndOpensTheUnit() {
        Browser browser = new Browser(server.getURI());
        browser.get("/login");
        Page page = browser.post("/login", Map.of("email", world.editorA().email(), "password", Fixtures.PASSWORD));

        assertThat(page.status()).isEqualTo(303);
        String setCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("lantoa_session=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").contains("SameSite=Lax").doesNotContainIgnoringCase("Secure");
        Page home = browser.get(browser.get("/admin").location());
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.doc().select("h1").text()).isEqualTo(world.a().name());
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearVietnameseMessage() {
        Browser browser = new Browser(server.getURI());
        browser.get("/login");
        Page page = browser.post("/login", Map.of("email", world.editorB().email(), "password", "sai-mat-khau-1"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Email hoặc mật khẩu không đúng");
        assertThat(browser.cookie("lantoa_session")).isEmpty();
    }

    /** bcrypt reads 72 bytes; thirty Vietnamese letters with their marks are already more. */
    static final String LONG_PASSPHRASE = "Trường THCS Tân Mai mùa thu năm hai nghìn không trăm hai mươi sáu 2026";

    @Test
    void aPassphraseLongerThanBcryptReadsFailsSignInCleanlyAndIsRefusedWhenSet() {
        assertThat(LONG_PASSPHRASE.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        User person = fixtures.member(world.b(), vn.lantoa.tenancy.Role.VIEWER, "passphrase", world.tag());
        Browser browser = new Browser(server.getURI());
        browser.get("/login");
        Page page = browser.post("/login", Map.of("email", person.email(), "password", LONG_PASSPHRASE));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Email hoặc mật khẩu không đúng");
        Api.Reply api = new Api(server.getURI(), json).post("/api/v1/auth/token", Map.of("email", person.email(), "password", LONG_PASSPHRASE));
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.code()).isEqualTo("INVALID_CREDENTIALS");

        Browser signedIn = new Browser(server.getURI()).signIn(person.email(), Fixtures.PASSWORD);
        Page asNew = signedIn.post("/account/password", Map.of("current", Fixtures.PASSWORD, "password", LONG_PASSPHRASE, "confirm", LONG_PASSPHRASE));
        assertThat(asNew.status()).isEqualTo(422);
        assertThat(asNew.text()).contains("Mật khẩu quá dài (tối đa 72 byte)");
        Page asCurrent = signedIn.post("/account/password", Map.of("current", LONG_PASSPHRASE, "password", "MatKhauMoi2026", "confirm", "MatKhauMoi2026"));
        assertThat(asCurrent.status()).isEqualTo(422);
        assertThat(asCurrent.text()).contains("Mật khẩu hiện tại không đúng");
    }

    @Test
    void nextAndBackWithTabsBackslashesOrOtherSitesStayOnLantoa() {
        Browser browser = new Browser(server.getURI());
        for (String next : new String[]{"/\t/evil.example", "/\\evil.example", "/\\/evil.example", "//evil.example", "https://evil.example",
                "/\r\nSet-Cookie: x=1", "/ /evil.example", "/%zz", "/<script>"}) {
            Page lang = browser.getWith("/lang/en?back=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8), "Accept", "text/html");
            assertThat(lang.status()).as(next).isEqualTo(303);
            assertThat(lang.location()).as(next).isEqualTo("/admin");
        }
        Page accented = browser.getWith("/lang/vi?back=" + java.net.URLEncoder.encode("/thcs-tan-mai/tin/ữ", java.nio.charset.StandardCharsets.UTF_8), "Accept", "text/html");
        assertThat(accented.location()).isEqualTo("/thcs-tan-mai/tin/%E1%BB%AF");

        browser.get("/login");
        Page signedIn = browser.post("/login", Map.of("email", world.adminB().email(), "password", Fixtures.PASSWORD, "next", "/\t/evil.example"));
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.location()).isEqualTo("/admin");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        User victim = fixtures.member(world.b(), vn.lantoa.tenancy.Role.VIEWER, "lockme", world.tag());
        Browser browser = new Browser(server.getURI());
        browser.get("/login");
        Page last = null;
        for (int i = 0; i < 5; i++) {
            last = browser.post("/login", Map.of("email", victim.email(), "password", "wrong-password-" + i));
        }
        assertThat(last.text()).contains("Tài khoản tạm khóa đến");
        Page withRightPassword = browser.post("/login", Map.of("email", victim.email(), "password", Fixtures.PASSWORD));

        assertThat(withRightPassword.status()).isEqualTo(422);
        assertThat(withRightPassword.text()).contains("Tài khoản đang tạm khóa");
        assertThat(users.findById(victim.id()).orElseThrow().lockedUntil()).isNotNull();
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRejectedAndSignsNobodyIn() {
        Browser browser = new Browser(server.getURI());
        browser.get("/login");
        Page page = browser.postRaw("/login", Map.of("email", world.editorA().email(), "password", Fixtures.PASSWORD));

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/login");
        assertThat(browser.cookie("lantoa_session")).isEmpty();
    }

    @Test
    void aCsrfTokenFromAnotherBrowserDoesNotWork() {
        Browser mine = new Browser(server.getURI()).signIn(world.adminA().email(), Fixtures.PASSWORD);
        mine.get("/account");
        Browser attacker = new Browser(server.getURI());
        String foreignToken = attacker.csrfToken();

        Page page = mine.postRaw("/account/profile?csrfToken=" + foreignToken, Map.of("fullName", "Kẻ giả mạo"));

        assertThat(page.status()).isEqualTo(403);
        assertThat(users.findById(world.adminA().id()).orElseThrow().fullName()).isNotEqualTo("Kẻ giả mạo");
    }

    @Test
    void signingOutClearsTheSessionCookie() {
        Browser browser = new Browser(server.getURI()).signIn(world.viewerA().email(), Fixtures.PASSWORD);
        browser.get("/account");
        Page out = browser.post("/logout", Map.of());

        assertThat(out.status()).isEqualTo(303);
        assertThat(browser.cookie("lantoa_session").map(HttpCookie::getValue).orElse("")).isEmpty();
        assertThat(browser.get("/admin").location()).startsWith("/login");
    }

    @Test
    void aSessionCookieCopiedBeforeSigningOutIsRefusedAfterIt() {
        Browser browser = new Browser(server.getURI()).signIn(world.viewerA().email(), Fixtures.PASSWORD);
        String copied = "lantoa_session=" + browser.cookie("lantoa_session").orElseThrow().getValue();
        Browser thief = new Browser(server.getURI());
        assertThat(thief.getWith("/account", "Cookie", copied).status()).isEqualTo(200);

        browser.get("/account");
        assertThat(browser.post("/logout", Map.of()).status()).isEqualTo(303);

        Page refused = thief.getWith("/account", "Cookie", copied);
        assertThat(refused.status()).isEqualTo(303);
        assertThat(refused.location()).startsWith("/login");
        // The dead cookie is dropped, so the sign-in page does not bounce the browser back.
        assertThat(refused.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("lantoa_session=;") && c.contains("Max-Age=0"));
        assertThat(thief.getWith("/admin/u/" + world.a().id() + "/people", "Cookie", copied).status()).isEqualTo(303);
        // Other sessions of the same person go on.
        Browser other = new Browser(server.getURI()).signIn(world.viewerA().email(), Fixtures.PASSWORD);
        assertThat(other.get("/account").status()).isEqualTo(200);
    }

    @Test
    void anApiAccessTokenSentWithTheSignOutStopsWorking() {
        Api api = new Api(server.getURI(), json).signIn(world.editorD().email(), Fixtures.PASSWORD);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(api.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);

        Api.Reply after = api.get("/api/v1/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void pagesNeedASessionAndSendYouBackAfterSigningIn() {
        Browser browser = new Browser(server.getURI());
        Page page = browser.get("/admin/u/" + world.a().id() + "/people");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/login?next=%2Fadmin%2Fu%2F" + world.a().id() + "%2Fpeople");
        browser.get("/login");
        Page signedIn = browser.post("/login", Map.of("email", world.adminA().email(), "password", Fixtures.PASSWORD,
                "next", "/admin/u/" + world.a().id() + "/people"));
        assertThat(signedIn.location()).isEqualTo("/admin/u/" + world.a().id() + "/people");
    }

    @Test
    void theNextParameterCannotSendYouToAnotherSite() {
        Browser browser = new Browser(server.getURI());
        browser.get("/login");
        Page page = browser.post("/login", Map.of("email", world.adminB().email(), "password", Fixtures.PASSWORD, "next", "//evil.example/x"));
        assertThat(page.location()).isEqualTo("/admin");
    }

    @Test
    void theApiHandsOutABearerTokenThatOpensTheApi() {
        Api api = new Api(server.getURI(), json);
        Api.Reply token = api.post("/api/v1/auth/token", Map.of("email", world.adminB().email(), "password", Fixtures.PASSWORD));

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json()).containsKeys("accessToken", "refreshToken").containsEntry("tokenType", "Bearer");
        Api.Reply me = api.withToken((String) token.json().get("accessToken")).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).containsEntry("email", world.adminB().email());
    }

    @Test
    void theApiRefusesWrongPasswordsWithAStableCode() {
        Api.Reply reply = new Api(server.getURI(), json).post("/api/v1/auth/token", Map.of("email", world.adminB().email(), "password", "nope-nope-1"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("INVALID_CREDENTIALS");
        assertThat((String) reply.json().get("message")).contains("không đúng");
    }

    @Test
    void aRefreshTokenWorksOnceAndAReplayRevokesTheWholeFamily() {
        Api api = new Api(server.getURI(), json);
        Map<String, Object> first = api.post("/api/v1/auth/token", Map.of("email", world.editorD().email(), "password", Fixtures.PASSWORD)).json();
        String refresh1 = (String) first.get("refreshToken");

        Api.Reply second = api.post("/api/v1/auth/refresh", Map.of("refreshToken", refresh1));
        assertThat(second.status()).isEqualTo(200);
        String refresh2 = (String) second.json().get("refreshToken");
        assertThat(refresh2).isNotEqualTo(refresh1);

        Api.Reply replay = api.post("/api/v1/auth/refresh", Map.of("refreshToken", refresh1));
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.code()).isEqualTo("INVALID_REFRESH_TOKEN");
        // The replay is treated as theft: the token issued after it no longer works either.
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", refresh2)).status()).isEqualTo(401);
    }

    @Test
    void anApiCallWithoutATokenGetsJson401() {
        Api.Reply reply = new Api(server.getURI(), json).get("/api/v1/units/" + world.a().id());
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void signingOutEverywhereEndsOtherSessions() {
        User person = fixtures.member(world.b(), vn.lantoa.tenancy.Role.VIEWER, "everywhere", world.tag());
        Browser laptop = new Browser(server.getURI()).signIn(person.email(), Fixtures.PASSWORD);
        Browser phone = new Browser(server.getURI()).signIn(person.email(), Fixtures.PASSWORD);
        assertThat(phone.get("/account").status()).isEqualTo(200);

        laptop.get("/account");
        laptop.post("/account/sign-out-everywhere", Map.of());

        assertThat(phone.get("/account").status()).isEqualTo(303);
    }
}
