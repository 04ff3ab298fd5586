package vn.lantoa.platform.publication;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

import java.util.function.ToDoubleFunction;

/** lantoa_page_cache_requests_total{result="hit|miss|stale"}: read from the cache's own counters at each scrape. */
@Singleton
class PageCacheMetrics implements MeterBinder {

    private final PageCache cache;

    PageCacheMetrics(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "hit", PageCache::hits, "Public pages answered from the page cache");
        counter(registry, "miss", PageCache::misses, "Public pages rendered and stored in the page cache");
        counter(registry, "stale", PageCache::stale, "Cached public pages dropped because something they show expired");
    }

    private void counter(MeterRegistry registry, String result, ToDoubleFunction<PageCache> count, String description) {
        FunctionCounter.builder("lantoa.page.cache.requests", cache, count).tag("result", result).description(description).register(registry);
    }
}
