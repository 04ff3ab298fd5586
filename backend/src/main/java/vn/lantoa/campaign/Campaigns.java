package vn.lantoa.campaign;

import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.ForbiddenException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Launching, changing and ending campaigns. A launch is one transaction: the campaign, its targets, a category on every
 * target's site and the cached pages of those sites dropped; if no unit matches, nothing is kept.
 */
@Singleton
public class Campaigns {

    private final CampaignRepository campaigns;
    private final BannerUploads banners;
    private final Access access;
    private final AuditLog audit;
    private final PublicChanges publicChanges;
    private final SynchronousTransactionManager<Connection> transactions;
    private final Languages languages;
    private final Clock clock;

    Campaigns(CampaignRepository campaigns, BannerUploads banners, Access access, AuditLog audit, PublicChanges publicChanges,
              SynchronousTransactionManager<Connection> transactions, Languages languages, Clock clock) {
        this.languages = languages;
        this.campaigns = campaigns;
        this.banners = banners;
        this.access = access;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Only a unit with open units below it launches campaigns, and only those who approve its content (403 otherwise). */
    public void requireLauncher(Actor actor, UnitRef unit) {
        access.require(actor, unit, Permission.APPROVE_CONTENT);
        if (!mayLaunch(unit)) {
            throw new ForbiddenException("campaigns need units below " + unit.id());
        }
    }

    boolean mayLaunch(UnitRef unit) {
        return unit.type().mayHaveChildren() && campaigns.openUnitsBelow(unit.id()) > 0;
    }

    /** Launches with a banner given as bytes (the demo's, an import's), checked as an upload is. */
    public Campaign launch(Actor actor, UnitRef unit, CampaignForm form, String bannerName, byte[] bannerBytes) {
        return launch(actor, unit, form, bannerBytes == null ? null : new BannerUploads.Incoming(bannerName, bannerBytes.length, bannerBytes));
    }

    /** The category a target unit got for the campaign, if it still has it. */
    public java.util.Optional<Long> categoryIn(Campaign campaign, long targetUnitId) {
        return campaigns.categoryIn(campaign.id(), targetUnitId);
    }

    /** Launches the campaign from the form; {@code banner} is the uploaded image, or null. */
    Campaign launch(Actor actor, UnitRef unit, CampaignForm form, BannerUploads.Incoming banner) {
        requireLauncher(actor, unit);
        CampaignForm.Valid valid = form.validate(true, banner != null);
        Long bannerId = banner == null ? null : banners.store(actor, unit, banner);
        try {
            return transactions.executeWrite(status -> {
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                Campaign saved = campaigns.save(new Campaign(null, unit.id(), valid.name(), valid.categoryName(), valid.categorySlug(),
                        describe(valid), valid.startsOn(), valid.endsOn(), null, bannerId, bannerId == null ? null : valid.bannerAlt(),
                        valid.keyMessages(), Campaign.state(valid.startsOn(), valid.endsOn(), null, VietnamTime.today(clock)).name(), now, actor.userId(),
                        now, actor.userId(), null));
                List<Long> added = addTargets(unit, saved, valid, now);
                if (added.isEmpty()) {
                    throw UserInputException.of("audience", "campaign.audience.nobody");
                }
                addMaterials(unit, saved.id(), valid, now);
                publicChanges.changed(added);
                audit.record(actor, unit.id(), "campaign.launched", "campaign", saved.id(), "Phát động chiến dịch " + saved.name(), null,
                        Map.of("audience", saved.audience(), "targets", added.size(), "startsOn", saved.startsOn().toString(),
                                "endsOn", saved.endsOn().toString()));
                return saved;
            });
        } catch (RuntimeException e) {
            banners.discard(actor, unit, bannerId);
            throw e;
        }
    }

    /**
     * Changes dates, messages, banner and materials, and adds targets. The pages of every target are dropped here, so the
     * state the caches know is the one of the new dates (their categories made at once). The category's
     * name and address stay: every target site has it already.
     */
    public Campaign update(Actor actor, UnitRef unit, long campaignId, long version, CampaignForm form, BannerUploads.Incoming banner) {
        requireLauncher(actor, unit);
        Campaign current = load(unit, campaignId);
        if (current.version() == null || current.version() != version) {
            throw new StaleVersionException();
        }
        CampaignForm.Valid valid = form.validate(false, banner != null || current.bannerFileId() != null);
        Long bannerId = banner == null ? null : banners.store(actor, unit, banner);
        try {
            return transactions.executeWrite(status -> {
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                Long newBanner = bannerId != null ? bannerId : current.bannerFileId();
                Campaign updated = campaigns.update(new Campaign(current.id(), unit.id(), valid.name(), current.categoryName(), current.categorySlug(),
                        current.audience(), valid.startsOn(), valid.endsOn(), current.endedAt(), newBanner, newBanner == null ? null : valid.bannerAlt(),
                        valid.keyMessages(), Campaign.state(valid.startsOn(), valid.endsOn(), current.endedAt(), VietnamTime.today(clock)).name(),
                        current.createdAt(), current.createdBy(), now, actor.userId(), current.version()));
                List<Long> added = valid.audience() == null && valid.chosenUnits().isEmpty() ? List.of() : addTargets(unit, updated, valid, now);
                addMaterials(unit, updated.id(), valid, now);
                audit.record(actor, unit.id(), "campaign.updated", "campaign", campaignId, "Sửa chiến dịch " + updated.name(),
                        Map.of("startsOn", current.startsOn().toString(), "endsOn", current.endsOn().toString()),
                        Map.of("startsOn", updated.startsOn().toString(), "endsOn", updated.endsOn().toString(), "targetsAdded", added.size()));
                publicChanges.changed(campaigns.targetIds(campaignId));
                return updated;
            });
        } catch (RuntimeException e) {
            banners.discard(actor, unit, bannerId);
            throw e;
        }
    }

    /** Ends the campaign now: banners go from every target site; the categories and their articles stay as an archive. */
    public void end(Actor actor, UnitRef unit, long campaignId) {
        requireLauncher(actor, unit);
        Campaign current = load(unit, campaignId);
        if (current.endedAt() != null) {
            return;
        }
        transactions.executeWrite(status -> {
            Campaign ended = new Campaign(current.id(), unit.id(), current.name(), current.categoryName(), current.categorySlug(), current.audience(),
                    current.startsOn(), current.endsOn(), clock.instant(), current.bannerFileId(), current.bannerAlt(), current.keyMessages(),
                    Campaign.State.ENDED.name(), current.createdAt(), current.createdBy(), clock.instant(), actor.userId(), current.version());
            campaigns.update(ended);
            campaigns.archiveCategories(campaignId);
            audit.record(actor, unit.id(), "campaign.ended", "campaign", campaignId, "Kết thúc sớm chiến dịch " + current.name(), null, null);
            publicChanges.changed(campaigns.targetIds(campaignId));
            return null;
        });
    }

    public Campaign load(UnitRef unit, long campaignId) {
        return campaigns.findByUnitIdAndId(unit.id(), campaignId).orElseThrow(() -> new NotFoundException("campaign " + campaignId));
    }

    private List<Long> addTargets(UnitRef unit, Campaign campaign, CampaignForm.Valid valid, Instant now) {
        String slug = campaign.categorySlug();
        String suffixed = slug + "-" + campaign.id();
        if (valid.audience() == null) {
            campaigns.addChosenTargets(campaign.id(), unit.path(), unit.id(), valid.chosenUnits(), slug, suffixed, now);
        } else {
            var a = valid.audience();
            campaigns.addTargets(campaign.id(), unit.path(), unit.id(), a.type() == null ? null : a.type().name(), a.level() == null ? null : a.level().name(),
                    a.childrenOnly() ? unit.depth() + 1 : null, slug, suffixed, now);
        }
        campaigns.createCategories(campaign.id(), campaign.categoryName(), now);
        campaigns.linkCategories(campaign.id(), now);
        return campaigns.targetsAddedAt(campaign.id(), now);
    }

    private void addMaterials(UnitRef unit, long campaignId, CampaignForm.Valid valid, Instant now) {
        if (!valid.materials().isEmpty()) {
            campaigns.addMaterials(unit.id(), campaignId, valid.materials(), now);
        }
    }

    /** In words, in Vietnamese, as kept with the campaign: the tree may change later. */
    private String describe(CampaignForm.Valid valid) {
        var vi = languages.vietnamese();
        return valid.audience() == null ? vi.t("campaign.audience.chosenCount", valid.chosenUnits().size()) : valid.audience().describe(vi);
    }
}
