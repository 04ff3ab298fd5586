package vn.lantoa.notice;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.jobs.SchedulerLocks;

import java.time.Clock;
import java.time.Duration;

/**
 * Marks notices past their expiry as expired and records their targets' public changes, so every instance drops the
 * pages that showed them. Pages and frames already stop showing a notice at its expiry by themselves (they are kept no
 * longer than the nearest expiry they show); this keeps the list pages and the database in step.
 */
@Singleton
class NoticeExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeExpiry.class);

    private final NoticeRepository notices;
    private final NoticeService service;
    private final SchedulerLocks locks;
    private final Clock clock;

    NoticeExpiry(NoticeRepository notices, NoticeService service, SchedulerLocks locks, Clock clock) {
        this.notices = notices;
        this.service = service;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${lantoa.notices.expiry-interval:15s}", initialDelay = "10s")
    void onSchedule() {
        locks.runExclusively("notice-expiry", Duration.ofMinutes(2), this::run);
    }

    /** Expires every notice due now; returns how many. */
    int run() {
        int expired = 0;
        for (Long id : notices.findDue$WithoutTenancy(clock.instant())) {
            try {
                if (service.expire(id)) {
                    expired++;
                }
            } catch (RuntimeException e) {
                // One notice that cannot be marked must not keep the others shown: the next run tries it again.
                LOG.warn("Could not expire notice {}: {}", id, e.getMessage());
            }
        }
        return expired;
    }
}
