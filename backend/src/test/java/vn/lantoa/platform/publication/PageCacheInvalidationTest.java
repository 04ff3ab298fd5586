package vn.lantoa.platform.publication;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another instance's changes reach this one's page cache through site_change, including a change whose transaction took
 * its id before a later change's and committed after that later change was read.
 */
@MicronautTest(transactional = false)
class PageCacheInvalidationTest {

    @Inject
    PageCache cache;
    @Inject
    PageCacheInvalidation invalidation;
    @Inject
    TestClock clock;

    @Test
    void aChangeThatCommitsAfterALaterNumberedChangeWasReadStillDropsItsPages() throws Exception {
        long slow = 990_000_001L;
        long quick = 990_000_002L;
        // Caught up with the changes already recorded (a starting instance reads up to 10,000 a poll).
        long newest = Long.parseLong(TestServers.value("SELECT COALESCE(MAX(id), 0) FROM site_change"));
        for (int polls = 0; polls < 100 && invalidation.lastSeen() < newest; polls++) {
            invalidation.pollOtherInstances();
        }
        assertThat(invalidation.lastSeen()).isGreaterThanOrEqualTo(newest);
        cache.put("/truong-a/", page(slow), cache.generation());
        cache.put("/truong-b/", page(quick), cache.generation());

        try (Connection t1 = connection(); Connection t2 = connection()) {
            long first = insert(t1, slow, clock.instant());
            long second = insert(t2, quick, clock.instant());
            t2.commit();
            assertThat(first).as("T1 took its id before T2").isLessThan(second);

            invalidation.pollOtherInstances();
            assertThat(cache.get("/truong-b/")).as("T2's change read").isNull();
            assertThat(cache.get("/truong-a/")).as("T1 has not committed: nothing to read yet").isNotNull();

            t1.commit();
        }
        invalidation.pollOtherInstances();
        assertThat(cache.get("/truong-a/")).as("T1's change read once it committed, though its id is below the last seen").isNull();
    }

    @Test
    void anInstanceStartingAfterAChangeToEveryUnitKeepsThePagesItRendersOnceStarted() throws Exception {
        try (Connection c = connection()) {
            insert(c, PublicContentChanged.ALL_UNITS, clock.instant());
            c.commit();
        }
        try (ApplicationContext started = ApplicationContext.run(Map.of("micronaut.server.port", -1), "test")) {
            PageCache itsCache = started.getBean(PageCache.class);
            itsCache.put("/truong-c/", page(990_000_003L), itsCache.generation());

            started.getBean(PageCacheInvalidation.class).pollOtherInstances();

            assertThat(itsCache.get("/truong-c/")).as("the change to every unit was read at start, before the page was rendered").isNotNull();
        }
    }

    private static PageCache.Entry page(long unitId) {
        return new PageCache.Entry("<html></html>".getBytes(StandardCharsets.UTF_8), null, "text/html", "\"e\"", null, new long[]{unitId}, null, null);
    }

    private static Connection connection() throws Exception {
        Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
        c.setAutoCommit(false);
        return c;
    }

    private static long insert(Connection c, long unitId, Instant at) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO site_change (unit_id, changed_at) VALUES (?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, unitId);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
