package vn.lantoa.newsroom;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.SecondInstance;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled publisher runs on every instance; an article whose time has come is published once, however many
 * instances run the job at the same moment (two application contexts on one database, their clocks at the same instant).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledPublishingOnTwoInstancesTest {

    @Inject
    Fixtures fixtures;
    @Inject
    ScheduledPublisher here;
    @Inject
    TestClock clock;

    @RegisterExtension
    static final SecondInstance second = new SecondInstance();

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void anArticleDueNowIsPublishedOnceWhenBothInstancesRunTheJobAtTheSameInstant() {
        Fixtures.World w = fixtures.world();
        Article draft = fixtures.draft(w, w.a().id(), ArticleKind.NEWS, "Lịch thi tuyển sinh lớp 10 " + w.tag(), "<p>Lịch thi.</p>");
        Instant at = LocalDateTime.of(2027, 6, 1, 7, 0).atZone(TestClock.VIETNAM).toInstant();
        TestServers.sql("UPDATE article SET status = 'SCHEDULED', publish_at = '2027-05-31 23:59:00' WHERE id = " + draft.id());
        ScheduledPublisher there = second.bean(ScheduledPublisher.class);
        clock.freezeAt(at);
        second.bean(TestClock.class).freezeAt(at);

        CompletableFuture<Void> a = CompletableFuture.runAsync(here::onSchedule);
        CompletableFuture<Void> b = CompletableFuture.runAsync(there::onSchedule);
        a.join();
        b.join();
        here.onSchedule();
        there.onSchedule();

        assertThat(TestServers.value("SELECT status FROM article WHERE id = " + draft.id())).isEqualTo("PUBLISHED");
        assertThat(TestServers.value("SELECT COUNT(*) FROM audit_event WHERE action = 'article.published' AND entity_type = 'article' AND entity_id = '"
                + draft.id() + "'")).isEqualTo("1");
    }
}
