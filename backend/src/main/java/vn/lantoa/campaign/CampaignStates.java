package vn.lantoa.campaign;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import vn.lantoa.platform.jobs.SchedulerLocks;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.time.VietnamTime;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;

/**
 * A campaign starts and ends by its dates, read when a page renders; but a rendered page stays in the page cache until
 * its site changes. This sweep finds the campaigns whose state moved on since the caches last learned it and drops the
 * pages of their target sites (and moves an ended campaign's categories from the head of the menus), once per change.
 */
@Singleton
public class CampaignStates {

    private final CampaignRepository campaigns;
    private final PublicChanges publicChanges;
    private final SynchronousTransactionManager<Connection> transactions;
    private final SchedulerLocks locks;
    private final Clock clock;

    CampaignStates(CampaignRepository campaigns, PublicChanges publicChanges, SynchronousTransactionManager<Connection> transactions,
                   SchedulerLocks locks, Clock clock) {
        this.campaigns = campaigns;
        this.publicChanges = publicChanges;
        this.transactions = transactions;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${lantoa.campaigns.sweep-interval:5m}", initialDelay = "30s")
    void onSchedule() {
        locks.runExclusively("campaign-states", Duration.ofMinutes(10), this::sweep);
    }

    /** The number of campaigns whose start or end reached their sites. */
    public int sweep() {
        var today = VietnamTime.today(clock);
        int moved = 0;
        for (Campaign campaign : campaigns.findStateChanged$WithoutTenancy(today)) {
            Campaign.State state = campaign.stateOn(today);
            transactions.executeWrite(status -> {
                if (state == Campaign.State.ENDED) {
                    campaigns.archiveCategories(campaign.id());
                }
                campaigns.markShown(campaign.unitId(), campaign.id(), state.name());
                publicChanges.changed(campaigns.targetIds(campaign.id()));
                return null;
            });
            moved++;
        }
        return moved;
    }
}
