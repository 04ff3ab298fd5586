package vn.lantoa.site;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.lantoa.brand.Identities;
import vn.lantoa.campaign.SiteCampaigns;
import vn.lantoa.committee.CommitteeReads;
import vn.lantoa.disclosure.DisclosureReads;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.newsroom.CategoryRepository;
import vn.lantoa.newsroom.QuickLinkRepository;
import vn.lantoa.newsroom.SiteSettings;
import vn.lantoa.newsroom.SiteSettingsRepository;
import vn.lantoa.notice.NoticeBoard;
import vn.lantoa.platform.publication.PublicCachesStale;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.time.Duration;
import java.util.List;

/** The frames of the sites, by unit id, rebuilt when the unit's public content changes. */
@Singleton
class SiteFrames {

    private final LoadingCache<Long, SiteFrame> frames;
    private final LoadingCache<Latest, List<SitePages.Teaser>> latest;
    private final SiteDirectory directory;
    private final java.time.Clock clock;

    /** The newest published news of a unit, in a category or in all of them. */
    private record Latest(long unitId, Long categoryId) {
    }

    SiteFrames(SiteDirectory directory, SiteSettingsRepository settings, CategoryRepository categories, ArticleRepository articles,
               QuickLinkRepository links, CommitteeReads committees, UnitRepository units, DisclosureReads disclosure, Teasers teasers,
               Identities identities, SiteCampaigns campaigns, NoticeBoard notices, java.time.Clock clock) {
        this.directory = directory;
        this.clock = clock;
        this.frames = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofMinutes(30)).build(unitId -> {
            Unit unit = directory.byId(unitId).orElseThrow();
            CommitteeReads.Summary committee = committees.summaryOf(unitId);
            Unit successor = unit.closedOn() == null || unit.successorUnitId() == null ? null : directory.byId(unit.successorUnitId()).orElse(null);
            return new SiteFrame(unit, directory.ancestorsOf(unit), settings.findByUnitId(unitId).orElse(SiteSettings.defaults(unitId)),
                    categories.findByUnit(unitId),
                    articles.findPublishedPages(unitId).stream().map(a -> new SiteFrame.MenuPage(a.title(), a.slug())).toList(),
                    links.findByUnit(unitId), committee.committee(), committee.spokesperson(), units.countByParentId(unitId) > 0,
                    disclosure.appliesTo(unit), successor, successor == null ? null : directory.siteAddress(successor),
                    identities.forSite(unitId), campaigns.of(unitId), notices.shownOn(unitId));
        });
        // Shared by every article page of a category (the "related news" box): read once, not once per page.
        this.latest = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofMinutes(30))
                .build(key -> teasers.of(frames.get(key.unitId()), articles.findPublished(key.unitId(), key.categoryId(), LATEST, 0)));
    }

    static final int LATEST = 5;

    /** Up to five newest published news of the unit in the category (null: any category), without their bodies. */
    List<SitePages.Teaser> latest(long unitId, Long categoryId) {
        return latest.get(new Latest(unitId, categoryId));
    }

    SiteFrame of(Unit unit) {
        SiteFrame frame = frames.get(unit.id());
        if (frame.freshUntil() != null && !clock.instant().isBefore(frame.freshUntil())) {
            // A notice it shows has expired: the frame is not kept past it, whether or not the expiry job has run yet.
            frames.invalidate(unit.id());
            frame = frames.get(unit.id());
        }
        return frame;
    }

    @EventListener
    void onStale(PublicCachesStale stale) {
        if (stale.all()) {
            frames.invalidateAll();
            latest.invalidateAll();
        } else {
            frames.invalidate(stale.unitId());
            latest.asMap().keySet().removeIf(key -> key.unitId() == stale.unitId());
        }
    }
}
