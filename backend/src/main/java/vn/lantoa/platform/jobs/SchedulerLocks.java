package vn.lantoa.platform.jobs;

import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Scheduled jobs run on one Lantoa instance at a time: ShedLock keeps the lock in the shedlock table, so
 * several instances behind a load balancer never send the same mail twice.
 */
@Singleton
public class SchedulerLocks {

    private final LockingTaskExecutor executor;
    private final Duration longestLock;

    /**
     * longestLock caps every job's lock: an instance that dies while holding a lock blocks that job on all instances
     * until the lock expires. The tests, which stop an application after each test class, set it to seconds.
     */
    SchedulerLocks(DataSource dataSource, DataSourceResolver resolver,
                   @Value("${lantoa.scheduler.longest-lock:10m}") Duration longestLock) {
        this.longestLock = longestLock;
        // ShedLock takes its own connections; Micronaut's contextual DataSource would want one already open.
        this.executor = new DefaultLockingTaskExecutor(new JdbcLockProvider(resolver.resolve(dataSource)));
    }

    /** Runs the task unless another instance holds the lock; the lock is released when the task ends. */
    public void runExclusively(String name, Duration atMostFor, Runnable task) {
        Duration lock = atMostFor.compareTo(longestLock) > 0 ? longestLock : atMostFor;
        // ShedLock compares a lock's times with its own clock, the system's: a lock stamped with the application's clock,
        // which tests move to other days, would be held until that day came.
        executor.executeWithLock(task, new LockConfiguration(ClockProvider.now(), name, lock, Duration.ZERO));
    }
}
