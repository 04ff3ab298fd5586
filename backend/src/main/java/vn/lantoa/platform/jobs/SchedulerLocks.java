package vn.lantoa.platform.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
    private final MeterRegistry meters;

    /**
     * longestLock caps every job's lock: an instance that dies while holding a lock blocks that job on all instances
     * until the lock expires. The tests, which stop an application after each test class, set it to seconds.
     */
    SchedulerLocks(DataSource dataSource, DataSourceResolver resolver,
                   @Value("${lantoa.scheduler.longest-lock:10m}") Duration longestLock, MeterRegistry meters) {
        this.longestLock = longestLock;
        this.meters = meters;
        // ShedLock takes its own connections; Micronaut's contextual DataSource would want one already open.
        this.executor = new DefaultLockingTaskExecutor(new JdbcLockProvider(resolver.resolve(dataSource)));
    }

    /**
     * Runs the task unless another instance holds the lock; the lock is released when the task ends. Every job passes
     * here, so this is where lantoa_job_runs_total{job,outcome="ok|failed|skipped"} and lantoa_job_duration_seconds count.
     */
    public void runExclusively(String name, Duration atMostFor, Runnable task) {
        Duration lock = atMostFor.compareTo(longestLock) > 0 ? longestLock : atMostFor;
        // ShedLock compares a lock's times with its own clock, the system's: a lock stamped with the application's clock,
        // which tests move to other days, would be held until that day came.
        LockConfiguration configuration = new LockConfiguration(ClockProvider.now(), name, lock, Duration.ZERO);
        Timer.Sample started = Timer.start(meters);
        boolean executed;
        try {
            executed = executor.executeWithLock(() -> {
                task.run();
                return Boolean.TRUE;
            }, configuration).wasExecuted();
        } catch (RuntimeException | Error e) {
            finished(name, "failed", started);
            throw e;
        } catch (Throwable e) {
            finished(name, "failed", started);
            throw new IllegalStateException(e);
        }
        finished(name, executed ? "ok" : "skipped", started);
    }

    /**
     * Runs a job that needs no lock because it claims its own rows (the mail outbox: every instance sends at once), counted
     * in the same metrics as the locked jobs.
     */
    public void runCounted(String name, Runnable task) {
        Timer.Sample started = Timer.start(meters);
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            finished(name, "failed", started);
            throw e;
        }
        finished(name, "ok", started);
    }

    private void finished(String job, String outcome, Timer.Sample started) {
        Counter.builder("lantoa.job.runs").description("Scheduled job runs on this instance, by outcome (skipped: another instance held the lock)")
                .tag("job", job).tag("outcome", outcome).register(meters).increment();
        if (!outcome.equals("skipped")) {
            started.stop(Timer.builder("lantoa.job.duration").description("How long scheduled job runs took").tag("job", job).register(meters));
        }
    }
}
