package vn.lantoa.site;

import vn.lantoa.brand.Identity;
import vn.lantoa.campaign.CampaignBanners;
import vn.lantoa.committee.Committee;
import vn.lantoa.committee.CommitteeMember;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.QuickLink;
import vn.lantoa.newsroom.SiteSettings;
import vn.lantoa.notice.PublicNotice;
import vn.lantoa.unit.Unit;

import java.util.List;

/**
 * What every page of a unit's site shows around its content: the unit and its parents, the menu (categories and
 * pages), quick links, the contacts and its look (logo, banner, colour, favicon). Built once per unit and kept until that unit's content changes.
 */
public record SiteFrame(Unit unit, List<Unit> ancestors, SiteSettings settings, List<Category> categories, List<MenuPage> pages,
                        List<QuickLink> quickLinks, Committee committee, CommitteeMember spokesperson, boolean hasUnitsBelow,
                        boolean hasDisclosure, Unit successor, String successorUrl, Identity identity, CampaignBanners campaigns,
                        List<PublicNotice> notices) {

    /** When the frame stops being true by itself: the nearest expiry of the notices it shows; null when none. */
    public java.time.Instant freshUntil() {
        return notices.stream().map(PublicNotice::expiresAt).min(java.time.Instant::compareTo).orElse(null);
    }

    /** A closed unit's site is kept as an archive: every page says so, and names the unit it merged into. */
    public boolean archived() {
        return unit.closedOn() != null;
    }

    /** A published page (Giới thiệu, Cơ cấu tổ chức...) in the site's menu. */
    public record MenuPage(String title, String slug) {
    }

    public String displayName() {
        return unit.name();
    }

    /** Units whose content this site shows: itself and, for content shared down, its parents. */
    public long[] dependsOn() {
        long[] ids = new long[ancestors.size() + 1];
        ids[0] = unit.id();
        for (int i = 0; i < ancestors.size(); i++) {
            ids[i + 1] = ancestors.get(i).id();
        }
        return ids;
    }

    public Unit parent() {
        return ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1);
    }

    public Category category(Long id) {
        if (id == null) {
            return null;
        }
        return categories.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }
}
