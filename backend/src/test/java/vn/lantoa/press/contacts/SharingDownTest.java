package vn.lantoa.press.contacts;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lantoa.press.contacts.ContactsFixture.count;

/**
 * A Sở's list shared down: every unit below it sees the list and its journalists and may mail to it, none may change
 * it, and a unit under another Sở does not see it at all.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharingDownTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    PressLists pressLists;
    @Inject
    UnitRefRepository units;

    Fixtures.World w;
    Api so;
    long sharedId;
    long privateId;
    long activeId;

    @BeforeAll
    void world() {
        w = fixtures.world();
        so = new Api(server.getURI(), json).signIn(w.adminP().email(), Fixtures.PASSWORD);
        String base = "/api/v1/units/" + w.p().id();
        long outlet = ((Number) so.post(base + "/press-outlets", Map.of("name", "Báo Tỉnh", "kind", "NEWSPAPER", "scope", "LOCAL")).json().get("id"))
                .longValue();
        activeId = id(so.post(base + "/press-contacts", Map.of("fullName", "Phóng Viên Nhận", "email", "nhan@baotinh.example.vn", "outletId", outlet)));
        long inactive = id(so.post(base + "/press-contacts", Map.of("fullName", "Phóng Viên Nghỉ", "email", "nghi@baotinh.example.vn", "active", false)));
        long noEmail = id(so.post(base + "/press-contacts", Map.of("fullName", "Phóng Viên Chỉ Gọi", "phone", "0262 3852 999")));
        Api.Reply shared = so.post(base + "/press-lists", Map.of("name", "Báo chí địa phương", "sharedDown", true,
                "contactIds", List.of(activeId, inactive, noEmail)));
        assertThat(shared.status()).isEqualTo(201);
        sharedId = id(shared);
        privateId = id(so.post(base + "/press-lists", Map.of("name", "Phóng viên giáo dục", "contactIds", List.of(activeId))));
    }

    static long id(Api.Reply reply) {
        return ((Number) reply.json().get("id")).longValue();
    }

    UnitRef ref(long id) {
        return units.findById(id).orElseThrow();
    }

    @Test
    void aSchoolUnderTheSoSeesTheSharedListAndMailsOnlyToActiveContactsWithAnEmail() {
        List<PressLists.Mailable> mailable = pressLists.mailable(ref(w.a().id()));
        assertThat(mailable).extracting(PressLists.Mailable::id).contains(sharedId).doesNotContain(privateId);
        PressLists.Mailable shared = mailable.stream().filter(l -> l.id() == sharedId).findFirst().orElseThrow();
        assertThat(shared.own()).isFalse();
        assertThat(shared.recipients()).isEqualTo(1);
        assertThat(pressLists.recipients(ref(w.a().id()), sharedId)).singleElement().satisfies(r -> {
            assertThat(r.contactId()).isEqualTo(activeId);
            assertThat(r.email()).isEqualTo("nhan@baotinh.example.vn");
            assertThat(r.outletName()).isEqualTo("Báo Tỉnh");
        });
        assertThat(pressLists.recipients(ref(w.d().id()), sharedId)).hasSize(1);

        Browser school = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        String lists = "/admin/u/" + w.a().id() + "/press/contacts/lists";
        assertThat(school.get(lists).doc().select("#shared-lists tr[data-list=" + sharedId + "]").text()).contains("Báo chí địa phương", w.p().name());
        Page page = school.get(lists + "/" + sharedId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.doc().select("#shared-from-above").text()).contains(w.p().name());
        assertThat(page.doc().select("tr[data-member]")).hasSize(3);
        assertThat(page.doc().select("#edit-list, form[action*=members]")).isEmpty();
        assertThat(school.get(lists + "/" + privateId).status()).isEqualTo(404);

        Api schoolApi = new Api(server.getURI(), json).signIn(w.adminA().email(), Fixtures.PASSWORD);
        Api.Reply got = schoolApi.get("/api/v1/units/" + w.a().id() + "/press-lists/" + sharedId);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().get("own")).isEqualTo(false);
        assertThat((List<?>) got.json().get("members")).hasSize(3);
    }

    @Test
    void theSchoolCannotEditTheSharedListAndNothingChanges() {
        Browser school = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        String list = "/admin/u/" + w.a().id() + "/press/contacts/lists/" + sharedId;
        long members = count("SELECT COUNT(*) FROM press_list_member WHERE list_id = ?", sharedId);
        assertThat(school.get(list + "/edit").status()).isEqualTo(404);
        assertThat(school.post(list, Map.of("name", "Đổi tên", "version", "0")).status()).isEqualTo(404);
        assertThat(school.post(list + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(school.post(list + "/members/" + activeId + "/delete", Map.of()).status()).isEqualTo(404);
        Api schoolApi = new Api(server.getURI(), json).signIn(w.adminA().email(), Fixtures.PASSWORD);
        String api = "/api/v1/units/" + w.a().id() + "/press-lists/" + sharedId;
        assertThat(schoolApi.putWith(api, Map.of("name", "Đổi tên", "contactIds", List.of()), "If-Match", "\"v0\"").status()).isEqualTo(404);
        assertThat(schoolApi.delete(api).status()).isEqualTo(404);
        // The journalists of the Sở are not the school's to open either.
        assertThat(school.get("/admin/u/" + w.a().id() + "/press/contacts/" + activeId + "/edit").status()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM press_list_member WHERE list_id = ?", sharedId)).isEqualTo(members);
        assertThat((String) ContactsFixture.one("SELECT name FROM press_list WHERE id = ?", sharedId)).isEqualTo("Báo chí địa phương");
    }

    @Test
    void aUnitUnderAnotherSoNeitherSeesNorUsesTheList() {
        assertThat(pressLists.mailable(ref(w.z().id()))).extracting(PressLists.Mailable::id).doesNotContain(sharedId);
        assertThat(pressLists.mailable(ref(w.q().id()))).extracting(PressLists.Mailable::id).doesNotContain(sharedId);
        assertThatThrownBy(() -> pressLists.recipients(ref(w.q().id()), sharedId)).isInstanceOf(NotFoundException.class);
        Browser other = new Browser(server.getURI()).signIn(w.adminQ().email(), Fixtures.PASSWORD);
        assertThat(other.get("/admin/u/" + w.q().id() + "/press/contacts/lists/" + sharedId).status()).isEqualTo(404);
        assertThat(other.get("/admin/u/" + w.q().id() + "/press/contacts/lists").doc().select("tr[data-list=" + sharedId + "]")).isEmpty();
    }

    @Test
    void onlyAUnitWithUnitsBelowMayShareDown() {
        Api schoolApi = new Api(server.getURI(), json).signIn(w.adminA().email(), Fixtures.PASSWORD);
        Api.Reply refused = schoolApi.post("/api/v1/units/" + w.a().id() + "/press-lists", Map.of("name", "Chia sẻ từ trường", "sharedDown", true));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(count("SELECT COUNT(*) FROM press_list WHERE unit_id = ?", w.a().id())).isZero();
    }
}
