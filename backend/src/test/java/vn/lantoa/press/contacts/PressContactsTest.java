package vn.lantoa.press.contacts;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.press.contacts.ContactsFixture.count;

/** The press contacts' pages: the spokesperson keeps outlets, journalists and lists; nobody else of the unit, or above it, reads them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PressContactsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    Fixtures.World w;
    Browser spokesperson;

    @BeforeAll
    void world() {
        w = fixtures.world();
        User s = fixtures.member(w.a(), Role.SPOKESPERSON, "spokes-a", w.tag());
        spokesperson = new Browser(server.getURI()).signIn(s.email(), Fixtures.PASSWORD);
    }

    String base() {
        return "/admin/u/" + w.a().id() + "/press/contacts";
    }

    long idFrom(String location, String before) {
        String rest = location.substring(location.indexOf(before) + before.length());
        return Long.parseLong(rest.split("[/?]")[0]);
    }

    @Test
    void theSpokespersonAddsAnOutletAJournalistAndAListThenFindsThemByOutletAndList() {
        assertThat(spokesperson.post(base() + "/outlets", Map.of("name", "Báo Đắk Lắk " + w.tag(), "kind", "NEWSPAPER", "scope", "LOCAL",
                "website", "https://baodaklak.example.vn")).status()).isEqualTo(303);
        long outletId = count("SELECT id FROM press_outlet WHERE unit_id = ? AND name = ?", w.a().id(), "Báo Đắk Lắk " + w.tag());
        Page created = spokesperson.post(base(), Map.of("fullName", "Nguyễn Văn Phóng", "outletId", String.valueOf(outletId), "beat", "Giáo dục",
                "position", "Phóng viên", "phone", "0912 345 678", "email", "Phong.Nguyen@baodaklak.example.vn", "active", "true"));
        assertThat(created.status()).isEqualTo(303);
        long contactId = count("SELECT id FROM press_contact WHERE unit_id = ? AND email = ?", w.a().id(), "phong.nguyen@baodaklak.example.vn");
        spokesperson.post(base(), Map.of("fullName", "Trần Thị Khác", "email", "khac@tuoitre.example.vn"));

        Page list = spokesperson.post(base() + "/lists", Map.of("name", "Báo chí địa phương", "description", "Gửi thông cáo về kỳ thi"));
        assertThat(list.status()).isEqualTo(303);
        long listId = idFrom(list.location(), "/lists/");
        assertThat(spokesperson.post(base() + "/lists/" + listId + "/members", Map.of("contactIds", String.valueOf(contactId))).status()).isEqualTo(303);
        Page listPage = spokesperson.get(base() + "/lists/" + listId);
        assertThat(listPage.doc().select("tr[data-member=" + contactId + "]").text()).contains("Nguyễn Văn Phóng", "Báo Đắk Lắk");
        assertThat(listPage.doc().select("#list-recipients").text()).startsWith("1 người nhận");

        Page byOutlet = spokesperson.get(base() + "?outlet=" + outletId);
        assertThat(byOutlet.doc().select("tr[data-contact]")).hasSize(1);
        assertThat(spokesperson.get(base() + "?list=" + listId).doc().select("tr[data-contact=" + contactId + "]")).hasSize(1);
        assertThat(spokesperson.get(base() + "?q=khac@tuoitre").doc().select("tr[data-contact]")).hasSize(1);
        assertThat(spokesperson.get(base() + "/outlets").doc().select("#outlets").text()).contains("Báo Đắk Lắk", "Báo", "Địa phương");

        assertThat(spokesperson.post(base() + "/lists/" + listId + "/members/" + contactId + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM press_list_member WHERE list_id = ?", listId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE unit_id = ? AND action LIKE 'press.%'", w.a().id())).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anEditSavesAndAStaleEditIsRefusedAndDeletingTakesTheJournalistOffItsLists() {
        spokesperson.post(base(), Map.of("fullName", "Lê Sửa", "email", "le.sua@vnexpress.example.vn"));
        long id = count("SELECT id FROM press_contact WHERE unit_id = ? AND email = ?", w.a().id(), "le.sua@vnexpress.example.vn");
        assertThat(spokesperson.get(base() + "/" + id + "/edit").doc().select("#f-fullName").attr("value")).isEqualTo("Lê Sửa");
        assertThat(spokesperson.post(base() + "/" + id, Map.of("fullName", "Lê Đã Sửa", "email", "le.sua@vnexpress.example.vn", "beat", "Tuyển sinh",
                "version", "0")).status()).isEqualTo(303);
        assertThat((String) ContactsFixture.one("SELECT full_name FROM press_contact WHERE id = ?", id)).isEqualTo("Lê Đã Sửa");
        assertThat((Boolean) ContactsFixture.one("SELECT active FROM press_contact WHERE id = ?", id)).isFalse();

        Page stale = spokesperson.post(base() + "/" + id, Map.of("fullName", "Lê Cũ", "version", "0"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.doc().select("#f-version").text()).startsWith("Người khác đã sửa mục này");

        Page list = spokesperson.post(base() + "/lists", Map.of("name", "Danh sách xóa " + w.tag()));
        long listId = idFrom(list.location(), "/lists/");
        spokesperson.post(base() + "/lists/" + listId + "/members", Map.of("contactIds", String.valueOf(id)));
        assertThat(spokesperson.post(base() + "/" + id + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM press_contact WHERE id = ?", id)).isZero();
        assertThat(count("SELECT COUNT(*) FROM press_list_member WHERE list_id = ?", listId)).isZero();
    }

    @Test
    void badAndHostileInputIsNamedInVietnameseNextToEachFieldAndNothingIsStored() {
        spokesperson.post(base(), Map.of("fullName", "Người Đã Có", "email", "daco@dantri.example.vn"));
        long before = count("SELECT COUNT(*) FROM press_contact WHERE unit_id = ?", w.a().id());
        Page bad = spokesperson.post(base(), Map.of("fullName", " ", "phone", "gọi tôi", "email", "javascript:alert(1)", "outletId", "999999999"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.doc().select("#e-fullName").text()).isEqualTo("Vui lòng nhập họ tên.");
        assertThat(bad.doc().select("#e-phone").text()).startsWith("Số điện thoại không hợp lệ");
        assertThat(bad.doc().select("#e-email").text()).startsWith("Email không hợp lệ");
        Page duplicate = spokesperson.post(base(), Map.of("fullName", "Người Trùng", "email", "DaCo@dantri.example.vn"));
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.doc().select("#e-email").text()).isEqualTo("Email này đã có trong danh bạ của đơn vị (Người Đã Có).");
        Page website = spokesperson.post(base() + "/outlets", Map.of("name", "Báo Lạ", "kind", "NEWSPAPER", "scope", "LOCAL",
                "website", "javascript:alert(1)"));
        assertThat(website.status()).isEqualTo(422);
        assertThat(website.doc().select("#e-website").text()).startsWith("Địa chỉ website không hợp lệ");
        assertThat(spokesperson.post(base() + "/outlets", Map.of("name", "Báo Dữ Liệu", "kind", "NEWSPAPER", "scope", "LOCAL",
                "website", "data:text/html;base64,PHNjcmlwdD4=")).status()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM press_contact WHERE unit_id = ?", w.a().id())).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM press_outlet WHERE unit_id = ? AND name IN ('Báo Lạ', 'Báo Dữ Liệu')", w.a().id())).isZero();

        String hostile = "<script>alert('pv')</script><img src=x onerror=alert(1)>";
        assertThat(spokesperson.post(base(), Map.of("fullName", hostile, "beat", "<b>Giáo dục</b>", "note", "<a href=\"javascript:alert(1)\">x</a>"))
                .status()).isEqualTo(303);
        Page shown = spokesperson.get(base() + "?q=script");
        assertThat(shown.body()).doesNotContain("<script>alert('pv')</script>").doesNotContain("<img src=x").doesNotContain("<b>Giáo dục</b>");
        assertThat(shown.doc().select("#contacts").text()).contains(hostile);
    }

    @Test
    void aViewerOfTheUnitAndTheUnitsAboveGet403AndASiblingGets404AndNothingChanges() {
        spokesperson.post(base(), Map.of("fullName", "Phóng Viên Riêng", "email", "rieng@gdtd.example.vn"));
        long id = count("SELECT id FROM press_contact WHERE unit_id = ? AND email = ?", w.a().id(), "rieng@gdtd.example.vn");
        long before = count("SELECT COUNT(*) FROM press_contact WHERE unit_id = ?", w.a().id());
        Browser viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD);
        Browser above = new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD);
        Browser sibling = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        for (String path : List.of(base(), base() + "/outlets", base() + "/lists", base() + "/" + id + "/edit", base() + "/import")) {
            assertThat(viewer.get(path).status()).as(path).isEqualTo(403);
            assertThat(above.get(path).status()).as(path).isEqualTo(403);
            assertThat(sibling.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(sibling.get("/admin/u/" + w.b().id() + "/press/contacts/" + id + "/edit").status()).isEqualTo(404);
        assertThat(sibling.post("/admin/u/" + w.b().id() + "/press/contacts/" + id + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(viewer.post(base() + "/" + id + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(above.post(base(), Map.of("fullName", "Cấp trên thêm")).status()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM press_contact WHERE unit_id = ?", w.a().id())).isEqualTo(before);
    }
}
