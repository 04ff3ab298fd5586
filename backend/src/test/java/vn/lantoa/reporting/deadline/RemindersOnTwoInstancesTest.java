package vn.lantoa.reporting.deadline;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.SecondInstance;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report reminder job runs on every instance; on a reminder day each late unit is reminded once, however many
 * instances run the job at the same moment (two application contexts on one database, their clocks at the same instant).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemindersOnTwoInstancesTest {

    @Inject
    Fixtures fixtures;
    @Inject
    ReportingFixture reporting;
    @Inject
    ReminderJob here;
    @Inject
    TestClock clock;

    @RegisterExtension
    static final SecondInstance second = new SecondInstance();

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachUnitIsRemindedOnceWhenBothInstancesRunTheJobOnItsReminderDay() {
        clock.freezeAt(LocalDateTime.of(2026, 9, 1, 8, 0));
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:25", null, "3", false);
        ReminderJob there = second.bean(ReminderJob.class);
        LocalDateTime reminderDay = LocalDateTime.of(2026, 9, 22, 8, 0);
        clock.freezeAt(reminderDay);
        second.bean(TestClock.class).freezeAt(reminderDay);

        CompletableFuture<Void> a = CompletableFuture.runAsync(here::onSchedule);
        CompletableFuture<Void> b = CompletableFuture.runAsync(there::onSchedule);
        a.join();
        b.join();
        here.onSchedule();
        there.onSchedule();

        assertThat(TestServers.value("SELECT COUNT(*) FROM report_reminder WHERE obligation_id = " + o.id() + " AND kind = 'BEFORE:3'"))
                .as("schools A and B, once each").isEqualTo("2");
        for (String email : new String[]{w.adminA().email(), w.adminB().email()}) {
            assertThat(TestServers.value("SELECT COUNT(*) FROM mail_outbox WHERE to_address = '" + email + "' AND subject LIKE 'Nhắc hạn nộp%'"))
                    .as(email).isEqualTo("1");
        }
    }
}
