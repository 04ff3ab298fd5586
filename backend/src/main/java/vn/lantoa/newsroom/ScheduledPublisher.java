package vn.lantoa.newsroom;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.jobs.SchedulerLocks;

import java.time.Clock;
import java.time.Duration;

/** Publishes scheduled articles when their time comes; checks every 20 seconds, on one instance at a time. */
@Singleton
public class ScheduledPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledPublisher.class);
    private final ArticleRepository articles;
    private final ArticleService service;
    private final SchedulerLocks locks;
    private final Clock clock;

    ScheduledPublisher(ArticleRepository articles, ArticleService service, SchedulerLocks locks, Clock clock) {
        this.articles = articles;
        this.service = service;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${lantoa.site.publish-interval:20s}", initialDelay = "5s")
    void onSchedule() {
        locks.runExclusively("scheduled-publisher", Duration.ofMinutes(5), this::publishDue);
    }

    public int publishDue() {
        int published = 0;
        for (Article article : articles.findDueForPublishing$WithoutTenancy(clock.instant())) {
            try {
                if (service.publishDue(article)) {
                    published++;
                }
            } catch (RuntimeException e) {
                LOG.error("Could not publish scheduled article {} of unit {}", article.id(), article.unitId(), e);
            }
        }
        return published;
    }
}
