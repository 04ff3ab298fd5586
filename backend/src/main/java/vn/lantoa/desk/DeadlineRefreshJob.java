package vn.lantoa.desk;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.jobs.SchedulerLocks;

import java.time.Duration;

/**
 * Brings every open case's deadlines in line with the calendar's days off, which the platform admin may change at any time
 * (a holiday moved, Tết added for next year), and gives deadlines to cases written before they were kept. One instance at a
 * time; a unit's own change of settings does not wait for this (DeskTopics reckons its cases at once).
 */
@Singleton
class DeadlineRefreshJob {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineRefreshJob.class);

    private final CaseDeadlines deadlines;
    private final SchedulerLocks locks;

    DeadlineRefreshJob(CaseDeadlines deadlines, SchedulerLocks locks) {
        this.deadlines = deadlines;
        this.locks = locks;
    }

    @Scheduled(fixedDelay = "${lantoa.desk.deadlines-interval:15m}", initialDelay = "${lantoa.desk.deadlines-initial-delay:20s}")
    void onSchedule() {
        locks.runExclusively("desk-deadlines", Duration.ofMinutes(30), () -> {
            int changed = deadlines.refreshAll$WithoutTenancy();
            if (changed > 0) {
                LOG.info("Desk deadlines reckoned again for {} cases", changed);
            }
        });
    }
}
