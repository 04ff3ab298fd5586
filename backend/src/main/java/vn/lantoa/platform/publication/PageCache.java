package vn.lantoa.platform.publication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Rendered public pages, ready to send. Each entry names the units whose content it shows; a change to any of
 * them drops it. A page rendered while a change happened is not stored (the generation check), so a cached page
 * is never older than the last publish.
 */
@Singleton
public class PageCache {

    /**
     * A page as sent: body (and its gzip copy when worth it, else null), its validators and the units it depends on.
     * freshUntil, when set, is when something the page shows ends by itself (an emergency notice expires): the page is
     * not served after it, whether or not a change was recorded.
     */
    public record Entry(byte[] body, byte[] gzipBody, String contentType, String etag, String lastModified, long[] unitIds, String disposition,
                        java.time.Instant freshUntil) {

        boolean dependsOn(long unitId) {
            for (long id : unitIds) {
                if (id == unitId) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Cache<String, Entry> pages;
    private final AtomicLong generation = new AtomicLong();
    private final boolean enabled;
    private final java.time.Clock clock;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder stale = new LongAdder();

    PageCache(@Value("${lantoa.site.page-cache.enabled:true}") boolean enabled,
              @Value("${lantoa.site.page-cache.max-mb:64}") long maxMegabytes, java.time.Clock clock) {
        this.enabled = enabled;
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxMegabytes * 1024 * 1024)
                .weigher((String key, Entry e) -> e.body().length + (e.gzipBody() == null ? 0 : e.gzipBody().length) + key.length() + 256)
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    /** Read before rendering, passed to {@link #put}: a change in between makes the put a no-op. */
    public long generation() {
        return generation.get();
    }

    public Entry get(String key) {
        Entry entry = enabled ? pages.getIfPresent(key) : null;
        if (entry != null && entry.freshUntil() != null && !clock.instant().isBefore(entry.freshUntil())) {
            pages.invalidate(key);
            stale.increment();
            return null;
        }
        if (entry != null) {
            hits.increment();
        }
        return entry;
    }

    public void put(String key, Entry entry, long renderedAtGeneration) {
        if (!enabled) {
            return;
        }
        misses.increment();
        pages.put(key, entry);
        if (generation.get() != renderedAtGeneration) {
            // A change landed while this page was rendered: it may show the old state.
            pages.invalidate(key);
        }
    }

    public void invalidateUnit(long unitId) {
        generation.incrementAndGet();
        pages.asMap().values().removeIf(e -> e.dependsOn(unitId));
    }

    /** Several units at once, in one pass over the pages (a notice to thousands of schools). */
    public void invalidateUnits(java.util.Set<Long> unitIds) {
        generation.incrementAndGet();
        pages.asMap().values().removeIf(e -> {
            for (long id : e.unitIds()) {
                if (unitIds.contains(id)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * For the metrics: pages answered from the cache, pages rendered and stored (every lookup of an address that is not a
     * public page misses too, so a miss is counted where a public page is rendered) and pages dropped at their freshUntil.
     */
    long hits() {
        return hits.sum();
    }

    long misses() {
        return misses.sum();
    }

    long stale() {
        return stale.sum();
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }
}
