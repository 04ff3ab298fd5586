package vn.lantoa.press.desk;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.press.PressSettings;
import vn.lantoa.press.PressSettingsReads;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit's press settings: the defaults until the desk saves its own, checked next to each field, saved once by two people at once. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PressSettingsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    PressSettingsReads settings;

    Fixtures.World w;
    User spokesperson;

    @BeforeAll
    void world() {
        w = fixtures.world();
        spokesperson = fixtures.member(w.a(), Role.SPOKESPERSON, "phat-ngon-cai-dat", w.tag());
    }

    private String path(long unitId) {
        return "/admin/u/" + unitId + "/press/settings";
    }

    @Test
    void theSpokespersonSeesTheDefaultsThenSavesTheUnitsOwnWhichTheDeskThenRunsOn() {
        Browser desk = new Browser(server.getURI()).signIn(spokesperson.email(), Fixtures.PASSWORD);
        Page form = desk.get(path(w.a().id()));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.doc().select("#settings-source").text()).isEqualTo("Đơn vị đang dùng cài đặt mặc định của hệ thống.");
        assertThat(form.doc().select("#f-questionDueDays").val()).isEqualTo("5");
        assertThat(form.doc().select("#f-statementHours").val()).isEqualTo("24");
        assertThat(form.text()).contains("Mặc định: 5 ngày", "Mặc định: 24 giờ");
        assertThat(settings.of(w.a().id()).own()).isFalse();

        Page saved = desk.post(path(w.a().id()), Map.of("questionDueDays", "7", "statementHours", "12", "digestFrequency", "WEEKLY", "version", ""));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(settings.of(w.a().id())).isEqualTo(new PressSettings(w.a().id(), 7, 12, "WEEKLY", true));
        Page again = desk.get(path(w.a().id()));
        assertThat(again.doc().select("#settings-source").text()).startsWith("Đơn vị đang dùng cài đặt riêng");
        assertThat(again.doc().select("input[name=version]").val()).isEqualTo("0");
        assertThat(PressRows.query("SELECT COUNT(*) FROM audit_event WHERE action = 'press.settings.update' AND unit_id = " + w.a().id())).isEqualTo("1");
        // The sibling keeps the defaults.
        assertThat(settings.of(w.b().id()).own()).isFalse();
    }

    @Test
    void wrongNumbersAndAnUnknownDigestAreNamedInVietnameseNextToTheirFieldsAndNothingIsSaved() {
        Browser head = new Browser(server.getURI()).signIn(w.headA().email(), Fixtures.PASSWORD);
        PressSettings before = settings.of(w.a().id());
        Page refused = head.post(path(w.a().id()), Map.of("questionDueDays", "0", "statementHours", "hai mươi", "digestFrequency", "HOURLY",
                "version", ""));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-questionDueDays").text()).isEqualTo("Nhập số ngày từ 1 đến 60.");
        assertThat(refused.doc().select("#e-statementHours").text()).isEqualTo("Nhập số giờ từ 1 đến 168.");
        assertThat(refused.doc().select("#e-digestFrequency").text()).isEqualTo("Vui lòng chọn cách gửi điểm tin.");
        assertThat(refused.doc().select("#f-statementHours").val()).isEqualTo("hai mươi");
        assertThat(settings.of(w.a().id())).isEqualTo(before);
    }

    @Test
    void twoPeopleSavingFromTheSameFormTheSecondIsToldAndItsValuesAreNotWritten() {
        Browser desk = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        String version = desk.get(path(w.b().id())).doc().select("input[name=version]").val();
        assertThat(desk.post(path(w.b().id()), Map.of("questionDueDays", "3", "statementHours", "24", "digestFrequency", "DAILY", "version", version))
                .status()).isEqualTo(303);
        Page late = desk.post(path(w.b().id()), Map.of("questionDueDays", "10", "statementHours", "48", "digestFrequency", "OFF", "version", version));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.doc().select("#f-version").text()).startsWith("Cài đặt vừa được người khác lưu lúc");
        assertThat(settings.of(w.b().id())).isEqualTo(new PressSettings(w.b().id(), 3, 24, "DAILY", true));
    }

    @Test
    void aViewerIsRefusedTheSettingsAndASiblingsSpokespersonDoesNotFindThem() {
        Page viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD).post(path(w.a().id()),
                Map.of("questionDueDays", "30", "statementHours", "100", "digestFrequency", "OFF", "version", ""));
        assertThat(viewer.status()).isEqualTo(403);
        User otherSpokesperson = fixtures.member(w.b(), Role.SPOKESPERSON, "phat-ngon-b", w.tag());
        Browser sibling = new Browser(server.getURI()).signIn(otherSpokesperson.email(), Fixtures.PASSWORD);
        assertThat(sibling.get(path(w.a().id())).status()).isEqualTo(404);
        assertThat(sibling.post(path(w.a().id()), Map.of("questionDueDays", "30", "statementHours", "100", "digestFrequency", "OFF", "version", ""))
                .status()).isEqualTo(404);
        assertThat(settings.of(w.a().id()).questionDueDays()).isNotEqualTo(30);
    }
}
