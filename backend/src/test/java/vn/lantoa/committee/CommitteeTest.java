package vn.lantoa.committee;

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
import vn.lantoa.unit.UnitDraft;
import vn.lantoa.unit.UnitService;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    CommitteeMemberRepository members;
    @Inject
    CommitteeRepository committees;
    @Inject
    UnitService units;

    Fixtures.World world;

    @BeforeAll
    void world() {
        world = fixtures.world();
    }

    @Test
    void theHeadSetsUpTheCommitteeAndItsSpokespersonIsShown() {
        Browser head = new Browser(server.getURI()).signIn(world.headA().email(), Fixtures.PASSWORD);
        String base = "/admin/u/" + world.a().id() + "/committee";
        head.get(base + "/settings");
        assertThat(head.post(base + "/settings", Map.of("decisionNumber", "45/QĐ-THCS", "decisionDate", "05/09/2024",
                "hotlinePhone", "0262 3586 145", "hotlineEmail", "duongdaynong@example.edu.vn")).status()).isEqualTo(303);
        head.get(base + "/members/new");
        assertThat(head.post(base + "/members", Map.of("fullName", "Hoàng Văn Nam", "jobTitle", "Phó Hiệu trưởng", "committeeRole", "DEPUTY",
                "duties", "Trả lời báo chí", "phone", "0913 456 789", "email", "nam@example.edu.vn", "spokesperson", "true",
                "userId", String.valueOf(world.headA().id()))).status()).isEqualTo(303);

        Page page = head.get(base);

        assertThat(page.text()).contains("45/QĐ-THCS").contains("ngày 05/09/2024").contains("0262 3586 145");
        assertThat(page.doc().select("#h-spokesperson").parents().first().text()).contains("Hoàng Văn Nam").contains("0913 456 789");
    }

    @Test
    void aPlanNumberIsRefusedAsTheBansFoundingDecision() {
        Browser head = new Browser(server.getURI()).signIn(world.headA().email(), Fixtures.PASSWORD);
        String base = "/admin/u/" + world.a().id() + "/committee";
        head.get(base + "/settings");

        Page refused = head.post(base + "/settings", Map.of("decisionNumber", "19/KH-SGDĐT", "decisionDate", "19/02/2024",
                "hotlinePhone", "0262 3852 156", "hotlineEmail", "duongdaynong@example.edu.vn"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-decisionNumber").text()).startsWith("Ban được thành lập bằng quyết định");
        assertThat(head.post(base + "/settings", Map.of("decisionNumber", "25/QĐ-SGDĐT", "decisionDate", "22/01/2024",
                "hotlinePhone", "0262 3852 156", "hotlineEmail", "duongdaynong@example.edu.vn")).status()).isEqualTo(303);
    }

    @Test
    void thereIsOneSpokespersonAtATime() {
        Browser head = new Browser(server.getURI()).signIn(world.adminB().email(), Fixtures.PASSWORD);
        String base = "/admin/u/" + world.b().id() + "/committee";
        for (String name : List.of("Người Thứ Nhất", "Người Thứ Hai")) {
            head.get(base + "/members/new");
            head.post(base + "/members", Map.of("fullName", name, "committeeRole", "MEMBER", "phone", "0912 000 000",
                    "email", "a@example.edu.vn", "spokesperson", "true"));
        }
        assertThat(members.findByUnit(world.b().id())).filteredOn(CommitteeMember::spokesperson)
                .extracting(CommitteeMember::fullName).containsExactly("Người Thứ Hai");
    }

    @Test
    void aSpokespersonNeedsAPhoneAndAnEmail() {
        Browser head = new Browser(server.getURI()).signIn(world.adminB().email(), Fixtures.PASSWORD);
        String base = "/admin/u/" + world.b().id() + "/committee";
        head.get(base + "/members/new");
        Page page = head.post(base + "/members", Map.of("fullName", "Thiếu Liên Hệ", "committeeRole", "MEMBER", "spokesperson", "true"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.doc().select("#e-phone").text()).isEqualTo("Người phát ngôn cần có cả điện thoại và email để công bố.");
        assertThat(members.findByUnit(world.b().id())).noneMatch(m -> m.fullName().equals("Thiếu Liên Hệ"));
    }

    @Test
    void aMemberCanOnlyBeLinkedToAnAccountOfTheSameUnit() {
        Api api = new Api(server.getURI(), json).signIn(world.headA().email(), Fixtures.PASSWORD);
        Api.Reply reply = api.post("/api/v1/units/" + world.a().id() + "/committee/members",
                Map.of("fullName", "Người Ngoài", "committeeRole", "MEMBER", "userId", String.valueOf(world.adminB().id())));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("committee.userId.notMember");
    }

    @Test
    void theHotlineMustBeAnOfficialMailboxWhenTheTreeRequiresIt() {
        var q = world.q();
        units.update(fixtures.actor(world.platformAdmin()), q.id(), new UnitDraft(q.name(), null, q.type(), null, q.slug(), null, null, null,
                null, null, "tinh-khac-" + world.tag() + ".edu.vn", null, null));
        Browser admin = new Browser(server.getURI()).signIn(world.adminQ().email(), Fixtures.PASSWORD);
        String base = "/admin/u/" + q.id() + "/committee";
        admin.get(base + "/settings");
        Page page = admin.post(base + "/settings", Map.of("hotlineEmail", "duongdaynong@gmail.com"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.doc().select("#e-hotlineEmail").text()).contains("tinh-khac-" + world.tag() + ".edu.vn");
        assertThat(committees.findByUnitId(q.id())).isEmpty();
    }

    @Test
    void twoEditorsOfTheSameMemberDoNotOverwriteEachOther() {
        Api api = new Api(server.getURI(), json).signIn(world.headA().email(), Fixtures.PASSWORD);
        Map<String, Object> created = api.post("/api/v1/units/" + world.a().id() + "/committee/members",
                Map.of("fullName", "Bản Gốc", "committeeRole", "MEMBER")).json();
        String path = "/api/v1/units/" + world.a().id() + "/committee/members/" + created.get("id");
        String version = String.valueOf(created.get("version"));

        assertThat(api.put(path, Map.of("fullName", "Sửa Lần Một", "committeeRole", "MEMBER", "version", version)).status()).isEqualTo(200);
        Api.Reply second = api.put(path, Map.of("fullName", "Sửa Lần Hai", "committeeRole", "MEMBER", "version", version));

        assertThat(second.status()).isEqualTo(412);
        assertThat(second.code()).isEqualTo("STALE_VERSION");
        assertThat((String) second.json().get("message")).contains("vừa được người khác thay đổi");
    }
}
