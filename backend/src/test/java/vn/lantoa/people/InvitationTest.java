package vn.lantoa.people;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.tenancy.MembershipRepository;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.Page;
import vn.lantoa.unit.UnitDraft;
import vn.lantoa.unit.UnitService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    UserRepository users;
    @Inject
    MembershipRepository memberships;
    @Inject
    UnitService units;

    Fixtures.World world;

    @BeforeAll
    void world() {
        world = fixtures.world();
    }

    @Test
    void anInvitedPersonGetsAMailSetsAPasswordAndIsSignedIn() {
        String email = "moi-" + world.tag() + "@example.edu.vn";
        Browser admin = new Browser(server.getURI()).signIn(world.adminA().email(), Fixtures.PASSWORD);
        admin.get("/admin/u/" + world.a().id() + "/people/invite");
        Page invited = admin.post("/admin/u/" + world.a().id() + "/people/invite",
                Map.of("email", email, "fullName", "Nguyễn Văn Mới", "jobTitle", "Giáo viên", "role", "EDITOR"));
        assertThat(invited.status()).isEqualTo(303);

        Mailbox.Mail mail = Mailbox.await(email, 1);
        assertThat(mail.subject()).contains(world.a().name());
        assertThat(mail.text()).contains("Nguyễn Văn Mới").contains("Biên tập viên");
        Browser newcomer = new Browser(server.getURI());
        String token = mail.token();
        Page acceptPage = newcomer.get("/invitation?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(acceptPage.status()).isEqualTo(200);
        assertThat(acceptPage.text()).contains(email);

        Page accepted = newcomer.post("/invitation", Map.of("token", token, "fullName", "Nguyễn Văn Mới", "phone", "0912 345 678",
                "password", "Mot-cum-tu-de-nho-2026", "confirm", "Mot-cum-tu-de-nho-2026"));

        assertThat(accepted.status()).isEqualTo(303);
        assertThat(newcomer.get("/admin").location()).isEqualTo("/admin/u/" + world.a().id());
        User user = users.findByEmail(email).orElseThrow();
        assertThat(user.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(memberships.existsByUnitIdAndUserIdAndRole(world.a().id(), user.id(), Role.EDITOR)).isTrue();
        // The link works once.
        assertThat(newcomer.get("/invitation?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).status()).isEqualTo(404);
    }

    @Test
    void aWeakPasswordOnTheInvitationPageIsExplainedNextToTheField() {
        String email = "yeu-" + world.tag() + "@example.edu.vn";
        Browser admin = new Browser(server.getURI()).signIn(world.adminB().email(), Fixtures.PASSWORD);
        admin.post("/admin/u/" + world.b().id() + "/people/invite", Map.of("email", email, "fullName", "Trần Thị Yếu", "role", "VIEWER"));
        String token = Mailbox.await(email, 1).token();

        Browser newcomer = new Browser(server.getURI());
        newcomer.get("/invitation?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        Page page = newcomer.post("/invitation", Map.of("token", token, "fullName", "Trần Thị Yếu", "password", "short", "confirm", "short"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.doc().select("#e-password").text()).isEqualTo("Mật khẩu cần ít nhất 10 ký tự.");
        assertThat(users.findByEmail(email).orElseThrow().status()).isEqualTo(UserStatus.INVITED);
    }

    @Test
    void someoneAlreadyOnLantoaIsToldOfTheNewRoleInsteadOfGettingALink() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminA().email(), Fixtures.PASSWORD);
        admin.post("/admin/u/" + world.a().id() + "/people/invite",
                Map.of("email", world.editorD().email(), "fullName", "ignored", "role", "REPORTER"));

        Mailbox.Mail mail = Mailbox.await(world.editorD().email(), 1);
        assertThat(mail.subject()).startsWith("Vai trò mới");
        assertThat(mail.text()).doesNotContain("token=");
        assertThat(memberships.existsByUnitIdAndUserIdAndRole(world.a().id(), world.editorD().id(), Role.REPORTER)).isTrue();
    }

    @Test
    void aUnitThatRequiresOfficialMailboxesRefusesAPersonalAddress() {
        var p = world.p();
        units.update(fixtures.actor(world.platformAdmin()), p.id(), new UnitDraft(p.name(), null, p.type(), null, p.slug(), null, null, null,
                null, null, "thunghiem-" + world.tag() + ".edu.vn", null, null));
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        admin.get("/admin/u/" + world.d().id() + "/people/invite");
        Page page = admin.post("/admin/u/" + world.d().id() + "/people/invite",
                Map.of("email", "canhan" + world.tag() + "@gmail.com", "fullName", "Lê Cá Nhân", "role", "EDITOR"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.doc().select("#e-email").text()).contains("thunghiem-" + world.tag() + ".edu.vn").contains("hộp thư cá nhân");
        assertThat(users.findByEmail("canhan" + world.tag() + "@gmail.com")).isEmpty();
        assertThat(Mailbox.of("canhan" + world.tag() + "@gmail.com")).isEmpty();
    }

    @Test
    void forgottenPasswordsAreResetThroughAMailedLinkThatWorksOnce() {
        User person = fixtures.member(world.b(), Role.VIEWER, "quen", world.tag());
        Browser browser = new Browser(server.getURI());
        browser.get("/password/forgot");
        Page sent = browser.post("/password/forgot", Map.of("email", person.email()));
        assertThat(sent.text()).contains("Nếu email có trong hệ thống");

        String token = Mailbox.await(person.email(), 1).token();
        browser.get("/password/reset?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        Page reset = browser.post("/password/reset", Map.of("token", token, "password", "Mat-khau-moi-2027", "confirm", "Mat-khau-moi-2027"));
        assertThat(reset.status()).isEqualTo(303);

        new Browser(server.getURI()).signIn(person.email(), "Mat-khau-moi-2027");
        assertThat(new Browser(server.getURI()).get("/password/reset?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).text())
                .contains("không hợp lệ, đã hết hạn hoặc đã được sử dụng");
        assertThat(Mailbox.await(person.email(), 2).subject()).isEqualTo("Mật khẩu Lantoa đã được thay đổi");
    }

    @Test
    void askingToResetAnUnknownEmailLooksTheSameAndSendsNothing() {
        Browser browser = new Browser(server.getURI());
        browser.get("/password/forgot");
        Page sent = browser.post("/password/forgot", Map.of("email", "khong-ton-tai-" + world.tag() + "@example.edu.vn"));

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.text()).contains("Nếu email có trong hệ thống");
        assertThat(Mailbox.of("khong-ton-tai-" + world.tag() + "@example.edu.vn")).isEmpty();
    }

    @Test
    void theApiInvitesAndValidatesEveryField() {
        Api api = new Api(server.getURI(), json).signIn(world.adminB().email(), Fixtures.PASSWORD);
        Api.Reply bad = api.post("/api/v1/units/" + world.b().id() + "/members", Map.of("email", "not-an-email", "fullName", "", "role", "KING"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.body()).contains("\"field\":\"email\"").contains("\"field\":\"fullName\"").contains("\"field\":\"role\"");

        String email = "api-" + world.tag() + "@example.edu.vn";
        Api.Reply ok = api.post("/api/v1/units/" + world.b().id() + "/members", Map.of("email", email, "fullName", "Phạm API", "role", "EDITOR"));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json()).containsEntry("status", "INVITED").containsEntry("newAccount", true);
        assertThat(Mailbox.await(email, 1).text()).contains("/invitation?token=");
    }

    @Test
    void theLastUnitAdminCannotBeRemoved() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminB().email(), Fixtures.PASSWORD);
        long membershipId = memberships.findByUnitIdAndUserId(world.b().id(), world.adminB().id()).stream()
                .filter(m -> m.role() == Role.UNIT_ADMIN).findFirst().orElseThrow().id();
        admin.get("/admin/u/" + world.b().id() + "/people/" + world.adminB().id());
        Page page = admin.post("/admin/u/" + world.b().id() + "/people/" + world.adminB().id() + "/roles/" + membershipId + "/remove", Map.of());

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("quản trị viên cuối cùng");
        assertThat(memberships.existsByUnitIdAndUserIdAndRole(world.b().id(), world.adminB().id(), Role.UNIT_ADMIN)).isTrue();
    }
}
