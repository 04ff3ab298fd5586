package vn.lantoa.platform.publication;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.jobs.SchedulerLocks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the page cache honest. This instance drops pages as soon as its own change commits; changes made by
 * other instances reach it through the site_change table, read every second.
 *
 * <p>Reading "rows after the last id seen" alone would lose changes: ids are handed out when a row is inserted, but the
 * row becomes visible when its transaction commits, so a transaction that took id 10 and commits after id 11 was read
 * would be skipped for good. So every id below the last one seen that has not been seen yet is a gap, kept with the time
 * it was noticed and read again at every poll until its row appears. A gap is given up after {@code change-gap-wait}
 * (lantoa.site.change-gap-wait): that is sound as long as no transaction that records a public change stays open longer,
 * because such a transaction's row, once committed, was inserted before the gap was noticed. Ids that never appear
 * (rolled back, or skipped by the database) simply age out. Should more gaps pile up than can be asked about cheaply,
 * every cached page is dropped and the gaps forgotten: too much invalidation, never too little.
 *
 * <p>On start, the same reasoning gives where to begin: the newest change older than the gap wait. Everything after it
 * is read before the server takes its first request, and the ids missing among those are gaps. Nothing is cached yet,
 * so what those rows name costs nothing to drop; read later, at the first scheduled poll, they made a just-started
 * instance forget pages it had rendered a moment before, for changes older than the pages (a platform-wide change
 * in the last hour dropped every page, and NoticeScaleTest saw a miss where a hit was due).
 */
@Singleton
class PageCacheInvalidation {

    private static final Logger LOG = LoggerFactory.getLogger(PageCacheInvalidation.class);
    /** More open gaps than this (ids are asked for in one query per thousand) and the whole cache is dropped instead. */
    static final int MAX_GAPS = 10_000;
    private static final int PER_QUERY = 1000;
    /** Reads of up to 10,000 changes each at start: an hour of changes, even on a busy day, is far below this. */
    private static final int MAX_START_READS = 100;

    private final PageCache cache;
    private final SiteChangeRepository changes;
    private final ApplicationEventPublisher<PublicCachesStale> stale;
    private final Clock clock;
    private final Duration gapWait;
    private final SchedulerLocks locks;
    private volatile long lastSeenId = -1;
    /** Ids below lastSeenId not seen yet, with when they were noticed: touched only by the (synchronized) poll. */
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();
    private final Set<Long> appliedHere = ConcurrentHashMap.newKeySet();

    PageCacheInvalidation(PageCache cache, SiteChangeRepository changes, ApplicationEventPublisher<PublicCachesStale> stale, Clock clock,
                          @Value("${lantoa.site.change-gap-wait:1h}") Duration gapWait, SchedulerLocks locks) {
        this.locks = locks;
        this.clock = clock;
        this.cache = cache;
        this.changes = changes;
        this.stale = stale;
        this.gapWait = gapWait;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onCommitted(PublicContentChanged change) {
        appliedHere.add(change.changeId());
        apply(change.unitId());
    }

    /**
     * Catches up with the recorded changes while the cache is still empty: the context publishes StartupEvent before
     * the HTTP server opens its port. A database that is away here leaves it to the scheduled polls.
     */
    @EventListener
    void onStartup(StartupEvent started) {
        long before;
        int reads = 0;
        do {
            before = lastSeenId;
            pollOtherInstances();
        } while (lastSeenId != before && ++reads < MAX_START_READS);
    }

    @Scheduled(fixedDelay = "${lantoa.site.change-poll:1s}", initialDelay = "1s")
    synchronized void pollOtherInstances() {
        try {
            Instant now = clock.instant();
            if (lastSeenId < 0) {
                lastSeenId = changes.lastIdBefore$WithoutTenancy(now.minus(gapWait));
            }
            // Gathered first, then applied in one pass over the pages: a notice to a province changes thousands of units at once.
            Set<Long> units = new LinkedHashSet<>();
            readGaps(units);
            gaps.values().removeIf(noticed -> noticed.plus(gapWait).isBefore(now));
            long expected = lastSeenId + 1;
            for (SiteChange change : changes.findAfter$WithoutTenancy(lastSeenId)) {
                if (change.id() - expected > MAX_GAPS) {
                    overflow();
                } else {
                    for (long missing = expected; missing < change.id(); missing++) {
                        gaps.put(missing, now);
                    }
                }
                seen(change, units);
                lastSeenId = change.id();
                expected = change.id() + 1;
            }
            if (gaps.size() > MAX_GAPS) {
                overflow();
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
            appliedHere.removeIf(id -> id <= seen && !gaps.containsKey(id));
        } catch (RuntimeException e) {
            // The database may be briefly away; the next poll catches up from the same id and the same gaps.
            LOG.warn("Could not read site changes: {}", e.getMessage());
        }
    }

    private void readGaps(Set<Long> units) {
        if (gaps.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(gaps.keySet());
        for (int from = 0; from < ids.size(); from += PER_QUERY) {
            for (SiteChange change : changes.findByIdIn$WithoutTenancy(ids.subList(from, Math.min(ids.size(), from + PER_QUERY)))) {
                gaps.remove(change.id());
                seen(change, units);
            }
        }
    }

    /** The newest change read so far (-1 before the first poll). */
    long lastSeen() {
        return lastSeenId;
    }

    /** This instance's own changes were applied when they committed; pages rendered since then are fresh. */
    private void seen(SiteChange change, Set<Long> units) {
        if (!appliedHere.remove(change.id())) {
            units.add(change.unitId());
        }
    }

    private void overflow() {
        LOG.warn("More than {} site changes not yet visible; dropping every cached page instead of waiting for them", MAX_GAPS);
        gaps.clear();
        apply(PublicContentChanged.ALL_UNITS);
    }

    /** Every instance reads changes within seconds (an open gap within the gap wait); a day of them is more than enough to keep. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void forgetOldChanges() {
        locks.runExclusively("site-change-purge", Duration.ofMinutes(10),
                () -> changes.deleteBefore$WithoutTenancy(clock.instant().minus(Duration.ofDays(1))));
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
