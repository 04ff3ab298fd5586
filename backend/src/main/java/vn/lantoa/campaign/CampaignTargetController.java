package vn.lantoa.campaign;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.files.FileDownloads;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;

/**
 * A target unit's view of a campaign it received: read-only, with the key messages, the materials to download and what
 * it has published in the category. A unit that is not a target gets 404, as for anything of another tree.
 */
@Hidden
@Controller("/admin/u/{unitId}/campaigns/received/{campaignId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class CampaignTargetController {

    private final CampaignRepository campaigns;
    private final StoredFileRepository files;
    private final FileDownloads downloads;
    private final SiteCampaigns sites;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Clock clock;

    CampaignTargetController(CampaignRepository campaigns, StoredFileRepository files, FileDownloads downloads, SiteCampaigns sites, Access access,
                             ShellFactory shells, Pages pages, Clock clock) {
        this.campaigns = campaigns;
        this.files = files;
        this.downloads = downloads;
        this.sites = sites;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long campaignId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Campaign campaign = campaigns.findForTarget(unitId, campaignId).orElseThrow(() -> new NotFoundException("campaign " + campaignId));
        ReceivedCampaign mine = campaigns.findReceivedOne(unitId, campaignId)
                .orElseThrow(() -> new NotFoundException("campaign " + campaignId));
        var today = VietnamTime.today(clock);
        String banner = sites.bannerUrl(campaign.unitId(), campaign.bannerFileId(), 800);
        return pages.render("campaign/received", new CampaignPages.ReceivedPage(shells.of(request, actor, unit, "plans"), campaign, mine,
                campaign.stateOn(today), campaign.daysLeft(today), banner, campaigns.materials(campaign.unitId(), campaignId),
                mine.categoryId() == null ? null : "/" + unit.slug() + "/chuyen-muc/" + mine.categorySlug()));
    }

    /** A material of the campaign, for its targets: the launcher's file, read through the campaign (404 for anything else). */
    @Get("/materials/{fileId}")
    @Produces(MediaType.ALL)
    HttpResponse<?> material(Actor actor, long unitId, long campaignId, long fileId) {
        access.require(actor, unitId, Permission.VIEW);
        Campaign campaign = campaigns.findForTarget(unitId, campaignId).orElseThrow(() -> new NotFoundException("campaign " + campaignId));
        if (campaigns.isMaterial(campaign.unitId(), campaignId, fileId) == 0) {
            throw new NotFoundException("material " + fileId);
        }
        return downloads.stream(files.findByUnitIdAndId(campaign.unitId(), fileId).orElseThrow(() -> new NotFoundException("file " + fileId)), false);
    }
}
