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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.press.contacts.ContactsFixture.HEADINGS;
import static vn.lantoa.press.contacts.ContactsFixture.count;
import static vn.lantoa.press.contacts.ContactsFixture.xlsx;

/** Importing journalists from Excel: a preview with each line's problems, then all lines or none. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    Fixtures.World w;
    Browser desk;

    @BeforeAll
    void world() {
        w = fixtures.world();
        User s = fixtures.member(w.a(), Role.SPOKESPERSON, "spokes-a", w.tag());
        desk = new Browser(server.getURI()).signIn(s.email(), Fixtures.PASSWORD);
    }

    String base() {
        return "/admin/u/" + w.a().id() + "/press/contacts";
    }

    long contacts() {
        return count("SELECT COUNT(*) FROM press_contact WHERE unit_id = ?", w.a().id());
    }

    Page upload(byte[] file) {
        return desk.upload(base() + "/import", "file", "danh-ba.xlsx", file, XLSX);
    }

    @Test
    void aGoodFileIsPreviewedThenImportedWithItsOutletsAndLists() {
        byte[] file = xlsx(HEADINGS, List.of(
                List.of("Báo Giáo dục và Thời đại", "Báo", "Trung ương", "Phạm Thu Hà", "Giáo dục", "Phóng viên", "0912 111 222",
                        "ha.pham@gdtd.example.vn", "Phóng viên giáo dục"),
                List.of("Báo Giáo dục và Thời đại", "", "", "Vũ Minh Đức", "Tuyển sinh", "", "", "duc.vu@gdtd.example.vn",
                        "Phóng viên giáo dục; Báo chí trung ương"),
                List.of("", "", "", "Cộng tác viên tự do", "", "", "", "", "")));
        long before = contacts();
        Page uploaded = upload(file);
        assertThat(uploaded.status()).isEqualTo(303);
        assertThat(contacts()).isEqualTo(before);
        Page preview = desk.get(uploaded.location());
        assertThat(preview.doc().select("#import-summary").text()).contains("3 dòng, 0 dòng có lỗi");
        assertThat(preview.doc().select("tr[data-line]")).hasSize(3);

        Page confirmed = desk.post(uploaded.location() + "/confirm", Map.of());
        assertThat(confirmed.status()).isEqualTo(303);
        assertThat(contacts()).isEqualTo(before + 3);
        assertThat(count("SELECT COUNT(*) FROM press_outlet WHERE unit_id = ? AND kind = 'NEWSPAPER' AND scope = 'NATIONAL'", w.a().id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM press_list_member m JOIN press_list l ON l.id = m.list_id WHERE l.unit_id = ? "
                + "AND l.name = 'Phóng viên giáo dục'", w.a().id())).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM press_list WHERE unit_id = ? AND name = 'Báo chí trung ương'", w.a().id())).isEqualTo(1);
        assertThat(desk.post(uploaded.location() + "/confirm", Map.of()).status()).isEqualTo(303);
        assertThat(contacts()).isEqualTo(before + 3);

        // The same people again: each line is now a duplicate of someone in the contacts, named next to its email.
        Page again = desk.get(upload(file).location());
        assertThat(again.doc().select("tr[data-line=2]").text()).contains("Email: Email này đã có trong danh bạ của đơn vị (Phạm Thu Hà).");
        assertThat(again.doc().select("#confirm-import")).isEmpty();
    }

    @Test
    void aFileWithBadOrHostileLinesShowsEachProblemInVietnameseAndImportsNothing() {
        desk.post(base(), Map.of("fullName", "Người Có Sẵn", "email", "sanco@baodaklak.example.vn"));
        long before = contacts();
        Page uploaded = upload(xlsx(HEADINGS, List.of(
                List.of("Đài Mới", "", "", "<script>alert(1)</script>", "", "", "gọi", "javascript:alert(1)", ""),
                List.of("", "Ti vi", "Tỉnh", "", "", "", "", "sanco@baodaklak.example.vn", ""),
                List.of("", "", "", "=HYPERLINK(\"http://x\")", "", "", "", "mot@vnexpress.example.vn", ""),
                List.of("", "", "", "Người Lặp", "", "", "", "mot@vnexpress.example.vn", ""))));
        Page preview = desk.get(uploaded.location());
        assertThat(preview.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(preview.doc().select("tr[data-line=2]").text()).contains("Loại: Cơ quan Đài Mới chưa có trong danh bạ",
                "Phạm vi: Cơ quan Đài Mới chưa có", "Điện thoại: Số điện thoại không hợp lệ", "Email: Email không hợp lệ");
        assertThat(preview.doc().select("tr[data-line=3]").text()).contains("Họ tên: Vui lòng nhập họ tên.", "Loại „Ti vi” không hợp lệ",
                "Email này đã có trong danh bạ của đơn vị (Người Có Sẵn)");
        assertThat(preview.doc().select("tr[data-line=4]").text()).contains("Ô chứa công thức");
        assertThat(preview.doc().select("tr[data-line=5]").text()).contains("Email trùng với dòng 4 của tệp.");
        assertThat(preview.doc().select("#import-summary").text()).contains("4 dòng, 4 dòng có lỗi");
        assertThat(preview.doc().select("#confirm-import")).isEmpty();

        Page forced = desk.post(uploaded.location() + "/confirm", Map.of());
        assertThat(forced.status()).isEqualTo(422);
        assertThat(contacts()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM press_outlet WHERE unit_id = ? AND name = 'Đài Mới'", w.a().id())).isZero();
    }

    @Test
    void malformedOversizeAndOverlongFilesAreRefusedWithAClearMessageAndNothingIsKept() {
        long imports = count("SELECT COUNT(*) FROM press_contact_import WHERE unit_id = ?", w.a().id());
        Page notXlsx = upload("Họ tên,Email\nAn,an@example.vn\n".getBytes());
        assertThat(notXlsx.status()).isEqualTo(422);
        assertThat(notXlsx.doc().select("#e-file").text()).startsWith("Tệp không phải bảng tính Excel .xlsx");

        byte[] broken = Arrays.copyOf(xlsx(HEADINGS, List.of(List.of("", "", "", "An", "", "", "", "", ""))), 300);
        Page malformed = upload(broken);
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.doc().select("#e-file").text()).isEqualTo("Tệp Excel bị hỏng hoặc không đọc được; không có gì được nhập.");

        byte[] huge = new byte[(int) ContactSheet.MAX_BYTES + 1];
        huge[0] = 'P';
        huge[1] = 'K';
        huge[2] = 3;
        huge[3] = 4;
        Page oversize = upload(huge);
        assertThat(oversize.status()).isEqualTo(422);
        assertThat(oversize.doc().select("#e-file").text()).isEqualTo("Tệp vượt quá 2 MB; vui lòng chia thành nhiều tệp.");

        List<List<String>> many = new ArrayList<>();
        for (int i = 0; i <= ContactSheet.MAX_ROWS; i++) {
            many.add(List.of("", "", "", "Người " + i, "", "", "", "", ""));
        }
        Page tooMany = upload(xlsx(HEADINGS, many));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.doc().select("#e-file").text()).isEqualTo("Tệp có quá 5.000 dòng; vui lòng chia thành nhiều tệp.");

        Page noName = upload(xlsx(List.of("Tên", "Email"), List.of(List.of("An", "an@example.vn"))));
        assertThat(noName.doc().select("#e-file").text()).isEqualTo("Thiếu cột bắt buộc ở dòng tiêu đề: Họ tên.");
        assertThat(count("SELECT COUNT(*) FROM press_contact_import WHERE unit_id = ?", w.a().id())).isEqualTo(imports);
    }

    @Test
    void theTemplateDownloadsAndImportsAsItIs() {
        Page template = desk.get(base() + "/template.xlsx", "*/*");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Disposition")).contains("mau-danh-ba-bao-chi.xlsx");
        Page preview = desk.get(upload(template.bytes()).location());
        assertThat(preview.doc().select("tr[data-line]")).hasSize(3);
        assertThat(preview.doc().select("#import-summary").text()).contains("0 dòng có lỗi");
    }
}
