package vn.lantoa.press.monitoring;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The press digest to the unit's leaders, driven by the test clock in Vietnam time, delivered over real SMTP. */
@MicronautTest(transactional = false)
class ClippingDigestTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    ClippingDigestJob digest;
    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    long clip(Api api, long unitId, String title, String day, String tone, List<String> topics) {
        Api.Reply r = api.post("/api/v1/units/" + unitId + "/press-clippings", Map.of("title", title, "outletName", "Báo Đắk Lắk", "outletKind", "ONLINE",
                "publishedOn", day, "tone", tone, "topics", topics, "url", "https://baodaklak.example.vn/" + Math.abs(title.hashCode())));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return ((Number) r.json().get("id")).longValue();
    }

    /** Where the link to this clipping is (its id whole, not the start of a longer one), or -1. */
    static int at(String text, long id, boolean last) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/press/clippings/" + id + "(?!\\d)").matcher(text);
        int found = -1;
        while (m.find()) {
            found = m.start();
            if (!last) {
                break;
            }
        }
        return found;
    }

    @Test
    void theLeadersGetYesterdaysClippingsGroupedByToneThenTopicOnceFrom7AndAUnitWithNoneGetsNothing() {
        Fixtures.World w = fixtures.world();
        User spokesperson = fixtures.member(w.a(), Role.SPOKESPERSON, "phat-ngon", w.tag());
        clock.freezeAt(LocalDateTime.of(2026, 12, 1, 6, 0));
        Api api = new Api(server.getURI(), json).signIn(spokesperson.email(), Fixtures.PASSWORD);
        long fees = clip(api, w.a().id(), "Phụ huynh phản ánh khoản thu quỹ lớp " + w.tag(), "2026-11-30", "NEGATIVE", List.of("HOC_PHI"));
        long kitchen = clip(api, w.a().id(), "Bếp ăn bán trú thu thêm tiền " + w.tag(), "2026-11-30", "NEGATIVE", List.of("AN_TOAN", "HOC_PHI"));
        long prize = clip(api, w.a().id(), "Học sinh đoạt giải " + w.tag(), "2026-11-30", "POSITIVE", List.of("KHAC"));
        long schedule = clip(api, w.a().id(), "Lịch nghỉ Tết " + w.tag(), "2026-11-30", "NEUTRAL", List.of());
        long older = clip(api, w.a().id(), "Tin hôm kia " + w.tag(), "2026-11-29", "POSITIVE", List.of("KHAC"));

        clock.freezeAt(LocalDateTime.of(2026, 12, 1, 6, 59));
        digest.run();
        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping_digest WHERE unit_id = ?", w.a().id())).as("not before 7:00").isZero();

        clock.freezeAt(LocalDateTime.of(2026, 12, 1, 7, 5));
        digest.run();

        Mailbox.Mail mail = Mailbox.await(w.headA().email(), "Điểm tin báo chí");
        assertThat(mail.subject()).contains(w.a().name()).contains("30/11/2026").contains("4 tin, bài (2 tiêu cực)");
        String text = mail.text();
        assertThat(text).contains("4 tin, bài; 1 tích cực, 1 trung lập, 2 tiêu cực");
        int negative = text.indexOf("TIÊU CỰC: 2 tin, bài");
        int neutral = text.indexOf("TRUNG LẬP: 1 tin, bài");
        int positive = text.indexOf("TÍCH CỰC: 1 tin, bài");
        assertThat(negative).isPositive().isLessThan(neutral);
        assertThat(neutral).isLessThan(positive);
        int feesGroup = text.indexOf("Học phí và các khoản thu (2)");
        int safetyGroup = text.indexOf("An toàn trường học (1)");
        assertThat(feesGroup).isBetween(negative, neutral);
        assertThat(safetyGroup).as("the kitchen under both its topics, in the topics' order").isBetween(feesGroup, neutral);
        assertThat(at(text, fees, false)).isBetween(feesGroup, safetyGroup);
        assertThat(at(text, kitchen, false)).isBetween(feesGroup, safetyGroup);
        assertThat(at(text, kitchen, true)).isBetween(safetyGroup, neutral);
        assertThat(text.indexOf("Chưa phân loại (1)")).isBetween(neutral, positive);
        assertThat(at(text, schedule, false)).isBetween(neutral, positive);
        assertThat(at(text, prize, false)).isGreaterThan(positive);
        assertThat(at(text, older, false)).isEqualTo(-1);
        assertThat(Mailbox.await(w.adminA().email(), "Điểm tin báo chí").subject()).isEqualTo(mail.subject());
        assertThat(Mailbox.await(spokesperson.email(), "Điểm tin báo chí").subject()).isEqualTo(mail.subject());

        clock.freezeAt(LocalDateTime.of(2026, 12, 1, 9, 0));
        digest.run();
        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping_digest WHERE unit_id = ?", w.a().id())).isEqualTo(1);
        assertThat(Mailbox.of(w.headA().email()).stream().filter(m -> m.subject().contains("Điểm tin báo chí"))).as("never twice").hasSize(1);
        assertThat(Mailbox.of(w.viewerA().email())).as("a viewer is no leader").isEmpty();
        assertThat(Mailbox.of(w.adminB().email())).as("a unit with no clippings").isEmpty();
        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping_digest WHERE unit_id = ?", w.b().id())).isZero();
    }

    @Test
    void aWeeklyUnitGetsLastMondayToSundayOnMondayAndAUnitThatTurnedItOffGetsNothing() {
        Fixtures.World w = fixtures.world();
        TestServers.sql("INSERT INTO press_settings (unit_id, question_due_days, statement_hours, digest_frequency, updated_at) VALUES ("
                + w.a().id() + ", 5, 24, 'WEEKLY', NOW())", "INSERT INTO press_settings (unit_id, question_due_days, statement_hours, digest_frequency, "
                + "updated_at) VALUES (" + w.b().id() + ", 5, 24, 'OFF', NOW())");
        clock.freezeAt(LocalDateTime.of(2026, 12, 1, 6, 0));
        Api adminA = new Api(server.getURI(), json).signIn(w.adminA().email(), Fixtures.PASSWORD);
        long tuesday = clip(adminA, w.a().id(), "Tin thứ Ba " + w.tag(), "2026-11-24", "NEUTRAL", List.of("THI_CU"));
        long sunday = clip(adminA, w.a().id(), "Tin Chủ nhật " + w.tag(), "2026-11-29", "NEGATIVE", List.of("THI_CU"));
        long monday = clip(adminA, w.a().id(), "Tin thứ Hai tuần sau " + w.tag(), "2026-11-30", "POSITIVE", List.of("THI_CU"));
        clip(new Api(server.getURI(), json).signIn(w.adminB().email(), Fixtures.PASSWORD), w.b().id(), "Tin của trường tắt điểm tin " + w.tag(),
                "2026-11-29", "NEGATIVE", List.of());

        clock.freezeAt(LocalDateTime.of(2026, 11, 25, 8, 0));
        digest.run();
        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping_digest WHERE unit_id = ?", w.a().id())).as("no daily mail for a weekly unit").isZero();

        clock.freezeAt(LocalDateTime.of(2026, 11, 30, 7, 10));
        digest.run();
        digest.run();

        Mailbox.Mail mail = Mailbox.await(w.headA().email(), "Điểm tin báo chí");
        assertThat(mail.subject()).contains("23/11/2026 – 29/11/2026").contains("2 tin, bài (1 tiêu cực)");
        assertThat(at(mail.text(), tuesday, false)).isPositive();
        assertThat(at(mail.text(), sunday, false)).isPositive();
        assertThat(at(mail.text(), monday, false)).isEqualTo(-1);
        assertThat(Mailbox.of(w.headA().email())).as("never twice").hasSize(1);
        assertThat(Db.one("SELECT period_end FROM press_clipping_digest WHERE unit_id = ? AND frequency = 'WEEKLY'", w.a().id()).toString())
                .isEqualTo("2026-11-29");
        assertThat(Mailbox.of(w.adminB().email())).as("OFF").isEmpty();
        assertThat(Db.count("SELECT COUNT(*) FROM press_clipping_digest WHERE unit_id = ?", w.b().id())).isZero();
    }
}
