package vn.lantoa.campaign;

import vn.lantoa.platform.time.VietnamTime;

import java.time.Clock;
import java.util.List;

/**
 * The campaigns of a unit's site, kept in the site's frame. Which of them run is decided when a page renders, not when
 * the frame was built, so a campaign's banner goes at its end date even from a frame built the day before (the daily
 * sweep, {@link CampaignStates}, drops the rendered pages that still show it).
 */
public record CampaignBanners(List<SiteCampaign> campaigns, Clock clock) {

    public static CampaignBanners none(Clock clock) {
        return new CampaignBanners(List.of(), clock);
    }

    /** What a page of the site shows: every running campaign on the home page, its own on a campaign's category page. */
    public List<SiteCampaign> forPage(String path) {
        if (campaigns.isEmpty() || path == null) {
            return List.of();
        }
        String local = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        var today = VietnamTime.today(clock);
        return campaigns.stream().filter(c -> c.runningOn(today))
                .filter(c -> local.equals("/") || local.equals("") || local.equals("/chuyen-muc/" + c.categorySlug())).toList();
    }
}
