package vn.lantoa.platform.publication;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the page cache honest. This instance drops pages as soon as its own change commits; changes made by
 * other instances reach it through the site_change table, read every second.
 */
@Singleton
class PageCacheInvalidation {

    private static final Logger LOG = LoggerFactory.getLogger(PageCacheInvalidation.class);

    private final PageCache cache;
    private final SiteChangeRepository changes;
    private final ApplicationEventPublisher<PublicCachesStale> stale;
    private final java.time.Clock clock;
    private volatile long lastSeenId = -1;
    private final java.util.Set<Long> appliedHere = java.util.concurrent.ConcurrentHashMap.newKeySet();

    PageCacheInvalidation(PageCache cache, SiteChangeRepository changes, ApplicationEventPublisher<PublicCachesStale> stale, java.time.Clock clock) {
        this.clock = clock;
        this.cache = cache;
        this.changes = changes;
        this.stale = stale;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onCommitted(PublicContentChanged change) {
        appliedHere.add(change.changeId());
        apply(change.unitId());
    }

    @Scheduled(fixedDelay = "${lantoa.site.change-poll:1s}", initialDelay = "1s")
    void pollOtherInstances() {
        try {
            if (lastSeenId < 0) {
                lastSeenId = changes.lastId$WithoutTenancy();
                return;
            }
            // Gathered first, then applied in one pass over the pages: a notice to a province changes thousands of units at once.
            java.util.Set<Long> units = new java.util.LinkedHashSet<>();
            for (SiteChange change : changes.findAfter$WithoutTenancy(lastSeenId)) {
                // This instance's own changes were applied when they committed; pages rendered since then are fresh.
                if (!appliedHere.remove(change.id())) {
                    units.add(change.unitId());
                }
                lastSeenId = change.id();
            }
            if (units.contains(PublicContentChanged.ALL_UNITS)) {
                apply(PublicContentChanged.ALL_UNITS);
            } else if (units.size() == 1) {
                apply(units.iterator().next());
            } else if (!units.isEmpty()) {
                units.forEach(unitId -> stale.publishEvent(new PublicCachesStale(unitId)));
                cache.invalidateUnits(units);
            }
            long seen = lastSeenId;
            appliedHere.removeIf(id -> id <= seen);
        } catch (RuntimeException e) {
            // The database may be briefly away; the next poll catches up from the same id.
            LOG.warn("Could not read site changes: {}", e.getMessage());
        }
    }

    /** Every instance reads changes within seconds; a day of them is more than enough to keep. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void forgetOldChanges() {
        changes.deleteBefore$WithoutTenancy(clock.instant().minus(java.time.Duration.ofDays(1)));
    }

    /** Data behind the pages first, then the pages: a page rendered in between is refused by the cache's generation check. */
    private void apply(long unitId) {
        stale.publishEvent(new PublicCachesStale(unitId));
        if (unitId == PublicContentChanged.ALL_UNITS) {
            cache.invalidateAll();
        } else {
            cache.invalidateUnit(unitId);
        }
    }
}
