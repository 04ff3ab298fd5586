package vn.lantoa.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.MultipartFields;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.sharing.Audience;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The launcher's pages: its campaigns, the launch and edit forms, and per unit what each published (with its export). */
@Hidden
@Controller("/admin/u/{unitId}/campaigns")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class CampaignAdminController {

    /** A Sở's units below are offered as check boxes up to this many; past it, the audience choices serve. */
    static final int MAX_CHOICES = 1500;

    private final Campaigns campaigns;
    private final CampaignRepository rows;
    private final StoredFileRepository files;
    private final SiteCampaigns sites;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Clock clock;

    CampaignAdminController(Campaigns campaigns, CampaignRepository rows, StoredFileRepository files, SiteCampaigns sites, Access access,
                            ShellFactory shells, Pages pages, Clock clock) {
        this.sites = sites;
        this.campaigns = campaigns;
        this.rows = rows;
        this.files = files;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Shell shell = shells.of(request, actor, unit, "plans");
        boolean launcher = campaigns.mayLaunch(unit);
        return pages.render("campaign/list", new CampaignPages.ListPage(shell, launcher && access.can(actor, unit, Permission.APPROVE_CONTENT)
                && !shell.readOnly(), launcher ? rows.findLaunched(unitId, 200) : List.of(), rows.findReceived(unitId, null, 200), VietnamTime.today(clock)));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        campaigns.requireLauncher(actor, unit);
        return form(request, actor, unit, null, CampaignForm.blank(), new FieldErrors(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> launch(HttpRequest<?> request, Actor actor, long unitId, @Body MultipartBody body) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        campaigns.requireLauncher(actor, unit);
        MultipartFields parts = MultipartFields.read(body, BannerUploads.FIELD, 1, BannerUploads.MAX_BYTES);
        CampaignForm form = CampaignForm.from(parts.fields());
        try {
            Campaign launched = campaigns.launch(actor, unit, form, banner(parts));
            return Redirects.seeOther("/admin/u/" + unitId + "/campaigns/" + launched.id(), Flash.success("campaign.launchedFlash", launched.name()));
        } catch (UserInputException e) {
            return form(request, actor, unit, null, form, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Get("/{campaignId}")
    HttpResponse<?> detail(HttpRequest<?> request, Actor actor, long unitId, long campaignId, @Nullable @QueryValue String show,
                           @Nullable @QueryValue String q, @Nullable @QueryValue String below) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Campaign campaign = campaigns.load(unit, campaignId);
        Shell shell = shells.of(request, actor, unit, "plans");
        CampaignReport report = report(unit, campaign, children(unitId), show, q, below);
        List<Option> branches = new ArrayList<>();
        report.branches().forEach(b -> branches.add(new Option(String.valueOf(b.unitId()), b.name())));
        var today = VietnamTime.today(clock);
        return pages.render("campaign/detail", new CampaignPages.DetailPage(shell, campaign, campaign.stateOn(today), campaign.daysLeft(today),
                bannerUrl(campaign), rows.materials(unitId, campaignId), report, branches,
                access.can(actor, unit, Permission.APPROVE_CONTENT) && !shell.readOnly()));
    }

    @Get("/{campaignId}/units.xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<?> export(HttpRequest<?> request, Actor actor, long unitId, long campaignId, @Nullable @QueryValue String show,
                           @Nullable @QueryValue String q, @Nullable @QueryValue String below) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Campaign campaign = campaigns.load(unit, campaignId);
        return report(unit, campaign, children(unitId), show, q, below).xlsx(shells.of(request, actor, unit, "plans").i18n(), campaign)
                .response("chien-dich-" + campaign.categorySlug() + ".xlsx");
    }

    @Get("/{campaignId}/edit")
    HttpResponse<?> showEdit(HttpRequest<?> request, Actor actor, long unitId, long campaignId) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        campaigns.requireLauncher(actor, unit);
        Campaign campaign = campaigns.load(unit, campaignId);
        var materials = rows.materials(unitId, campaignId).stream().map(Material::id).collect(Collectors.toSet());
        return form(request, actor, unit, campaign, CampaignForm.of(campaign, materials), new FieldErrors(), HttpStatus.OK);
    }

    @Post("/{campaignId}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> update(HttpRequest<?> request, Actor actor, long unitId, long campaignId, @Body MultipartBody body) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        campaigns.requireLauncher(actor, unit);
        Campaign campaign = campaigns.load(unit, campaignId);
        MultipartFields parts = MultipartFields.read(body, BannerUploads.FIELD, 1, BannerUploads.MAX_BYTES);
        CampaignForm form = CampaignForm.from(parts.fields());
        long version = parseVersion(parts.get("version"));
        try {
            campaigns.update(actor, unit, campaignId, version, form, banner(parts));
            return Redirects.seeOther("/admin/u/" + unitId + "/campaigns/" + campaignId, Flash.success("campaign.updatedFlash"));
        } catch (UserInputException e) {
            return form(request, actor, unit, campaign, form, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Post("/{campaignId}/end")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    HttpResponse<?> end(Actor actor, long unitId, long campaignId) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        campaigns.end(actor, unit, campaignId);
        return Redirects.seeOther("/admin/u/" + unitId + "/campaigns/" + campaignId, Flash.success("campaign.endedFlash"));
    }

    private CampaignReport report(UnitRef unit, Campaign campaign, Map<Long, String> children, String show, String q, String below) {
        Long branch = below != null && below.matches("\\d{1,18}") ? Long.valueOf(below) : null;
        return CampaignReport.of(unit, rows.counts(campaign.id()), children, CampaignReport.Filter.of(show, q, branch));
    }

    private HttpResponse<?> form(HttpRequest<?> request, Actor actor, UnitRef unit, Campaign campaign, CampaignForm form, FieldErrors errors,
                                 HttpStatus status) {
        Shell shell = shells.of(request, actor, unit, "plans");
        List<Option> audiences = new ArrayList<>();
        if (campaign != null) {
            audiences.add(new Option("", shell.t("campaign.audience.keep")));
        }
        audiences.addAll(Audience.choicesBelow(shell.i18n(), unit));
        audiences.add(new Option(CampaignForm.CHOSEN, shell.t("campaign.audience.chosen")));
        List<CampaignPages.UnitChoice> units = rows.unitsBelow(unit.path(), unit.id(), MAX_CHOICES + 1);
        return pages.render(status, "campaign/form", new CampaignPages.FormPage(shell, campaign, form, audiences,
                units.size() > MAX_CHOICES ? List.of() : units, files.findByUnit(unit.id(), 200, 0), campaign == null ? null : bannerUrl(campaign),
                errors));
    }

    private String bannerUrl(Campaign campaign) {
        return sites.bannerUrl(campaign.unitId(), campaign.bannerFileId(), 800);
    }

    private Map<Long, String> children(long unitId) {
        return rows.children(unitId).stream().collect(Collectors.toMap(CampaignPages.UnitName::id, CampaignPages.UnitName::name));
    }

    private static BannerUploads.Incoming banner(MultipartFields parts) {
        return parts.files().isEmpty() ? null : parts.files().stream().findFirst()
                .map(f -> new BannerUploads.Incoming(f.fileName(), f.size(), f.bytes())).orElse(null);
    }

    private static long parseVersion(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
