package vn.lantoa.campaign;

import jakarta.inject.Singleton;
import vn.lantoa.files.StoredFile;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.newsroom.Media;
import vn.lantoa.platform.time.VietnamTime;

import java.time.Clock;
import java.util.List;

/** The campaigns a unit's public site shows, read when the site's frame is built (and again after every change to them). */
@Singleton
public class SiteCampaigns {

    private final CampaignRepository campaigns;
    private final StoredFileRepository files;
    private final Clock clock;

    SiteCampaigns(CampaignRepository campaigns, StoredFileRepository files, Clock clock) {
        this.campaigns = campaigns;
        this.files = files;
        this.clock = clock;
    }

    public CampaignBanners of(long unitId) {
        List<SiteCampaign> shown = campaigns.findShownOnSite(unitId, VietnamTime.today(clock)).stream().map(this::toSite).toList();
        return new CampaignBanners(shown, clock);
    }

    /** The public address of a campaign's banner at the given width; null when it has none (or the library lost it). */
    String bannerUrl(long launcherId, Long bannerFileId, int width) {
        return bannerFileId == null ? null : files.findByUnitIdAndId(launcherId, bannerFileId).filter(StoredFile::isImage)
                .map(f -> Media.imageUrl(f, width)).orElse(null);
    }

    private SiteCampaign toSite(SiteCampaign.Row row) {
        return new SiteCampaign(row.id(), row.name(), bannerUrl(row.unitId(), row.bannerFileId(), 1600),
                row.bannerAlt() == null || row.bannerAlt().isBlank() ? row.name() : row.bannerAlt(), Campaign.lines(row.keyMessages()), row.categorySlug(),
                row.startsOn(), row.endsOn());
    }
}
