package vn.lantoa.desk;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's clocks in working days, Vietnam time: weekends, holidays and Tết are skipped (the platform's days off), and
 * the day a case arrives is the day in Hanoi, not in UTC.
 */
@MicronautTest(transactional = false)
class SlaClockTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    SlaClock sla;
    @Inject
    TestClock clock;
    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
    }

    @Test
    void aCaseReceivedOnFridayAfternoonIsToBeAcknowledgedOnMondayAfternoon() {
        assertThat(sla.acknowledgeDue(vn("2026-11-27T15:00"))).isEqualTo(vn("2026-11-30T15:00"));
    }

    @Test
    void theNationalDayHolidaysDoNotCount() {
        // 1 and 2 September 2026 are days off: Monday's case is due on Thursday.
        assertThat(sla.acknowledgeDue(vn("2026-08-31T10:00"))).isEqualTo(vn("2026-09-03T10:00"));
        // Ten working days from Wednesday 26 August: two weekends and two holidays later.
        assertThat(sla.answerDue(vn("2026-08-26T09:00"))).isEqualTo(vn("2026-09-11T09:00"));
    }

    @Test
    void tetDoesNotCount() {
        // Tết 2026: 16 to 20 February are days off, after a weekend; Friday's case waits until the Monday after.
        assertThat(sla.acknowledgeDue(vn("2026-02-13T09:00"))).isEqualTo(vn("2026-02-23T09:00"));
    }

    @Test
    void theDayOfACaseIsTheDayInVietnamAcrossMidnight() {
        // 23:30 on Friday in Hanoi: a Friday case, due at the same hour on Monday.
        assertThat(sla.acknowledgeDue(vn("2026-11-27T23:30"))).isEqualTo(vn("2026-11-30T23:30"));
        // 00:30 on Saturday in Hanoi is still Friday in UTC, but the case arrived on a weekend: its clock starts on Monday at 00:00.
        Instant saturdayInHanoi = vn("2026-11-28T00:30");
        assertThat(saturdayInHanoi.toString()).startsWith("2026-11-27T17:30");
        assertThat(sla.acknowledgeDue(saturdayInHanoi)).isEqualTo(vn("2026-12-01T00:00"));
    }

    @Test
    void theQueueShowsTheTimeLeftAndHighlightsACaseOnceItIsOverdue() {
        Fixtures.World w = fixtures.world();
        var officerUser = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline-a", w.tag());
        clock.freezeAt(LocalDateTime.parse("2026-11-27T15:00"));
        Page sent = new Browser(server.getURI()).post("/" + w.a().slug() + "/gui-phan-anh",
                DeskTest.form("CHE_DO", "Con tôi thuộc diện miễn học phí nhưng chưa được xét " + w.tag(), Map.of()));
        String code = sent.doc().select("#case-code").text();
        assertThat(code).startsWith("PA-2611-");
        Browser officer = new Browser(server.getURI()).signIn(officerUser.email(), Fixtures.PASSWORD);
        String queue = "/admin/u/" + w.a().id() + "/desk";

        var row = officer.get(queue).doc().select("tr[data-case=" + code + "]");
        assertThat(row.select(".tag.status-overdue")).isEmpty();
        assertThat(row.text()).contains("Còn 3 ngày 0 giờ để tiếp nhận").contains("0 phút");

        clock.freezeAt(LocalDateTime.parse("2026-11-30T16:00"));
        Page late = officer.get(queue);
        row = late.doc().select("tr[data-case=" + code + "]");
        assertThat(row.select(".tag.status-overdue").text()).isEqualTo("Quá hạn tiếp nhận 1 giờ 0 phút");
        assertThat(late.doc().select("#overdue-count").text()).isEqualTo("1 phản ánh đã quá hạn.");
        assertThat(officer.get("/admin/u/" + w.a().id()).doc().select("#home-desk").text()).contains("Đang mở 1 phản ánh, trong đó 1 mới và 1 quá hạn.");

        String casePath = queue + "/cases/" + DeskTest.caseId(code);
        assertThat(officer.post(casePath + "/acknowledge", Map.of()).status()).isEqualTo(303);
        row = officer.get(queue).doc().select("tr[data-case=" + code + "]");
        assertThat(row.select(".tag.status-overdue")).isEmpty();
        assertThat(row.text()).contains("Còn 10 ngày 23 giờ để trả lời");
        assertThat(officer.get(casePath).doc().select("#case-sla").text()).contains("hạn 11/12/2026 15:00");
    }
}
