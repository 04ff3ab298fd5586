package vn.lantoa.site;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.lantoa.committee.CommitteeReads;
import vn.lantoa.disclosure.DisclosureReads;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.newsroom.CategoryRepository;
import vn.lantoa.newsroom.QuickLinkRepository;
import vn.lantoa.newsroom.SiteSettings;
import vn.lantoa.newsroom.SiteSettingsRepository;
import vn.lantoa.platform.publication.PublicCachesStale;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.time.Duration;

/** The frames of the sites, by unit id, rebuilt when the unit's public content changes. */
@Singleton
class SiteFrames {

    private final LoadingCache<Long, SiteFrame> frames;
    private final SiteDirectory directory;

    SiteFrames(SiteDirectory directory, SiteSettingsRepository settings, CategoryRepository categories, ArticleRepository articles,
               QuickLinkRepository links, CommitteeReads committees, UnitRepository units, DisclosureReads disclosure) {
        this.directory = directory;
        this.frames = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofMinutes(30)).build(unitId -> {
            Unit unit = directory.byId(unitId).orElseThrow();
            CommitteeReads.Summary committee = committees.summaryOf(unitId);
            return new SiteFrame(unit, directory.ancestorsOf(unit), settings.findByUnitId(unitId).orElse(SiteSettings.defaults(unitId)),
                    categories.findByUnit(unitId),
                    articles.findPublishedPages(unitId).stream().map(a -> new SiteFrame.MenuPage(a.title(), a.slug())).toList(),
                    links.findByUnit(unitId), committee.committee(), committee.spokesperson(), units.countByParentId(unitId) > 0,
                    disclosure.appliesTo(unit));
        });
    }

    SiteFrame of(Unit unit) {
        return frames.get(unit.id());
    }

    @EventListener
    void onStale(PublicCachesStale stale) {
        if (stale.all()) {
            frames.invalidateAll();
        } else {
            frames.invalidate(stale.unitId());
        }
    }
}
