package vn.lantoa.campaign;

import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.shell.HomeCard;
import vn.lantoa.shell.HomeCards;
import vn.lantoa.shell.Shell;

import java.time.Clock;
import java.util.List;

/** "Chiến dịch đang diễn ra" on a target unit's home page: where to post, how long is left, what it has published so far. */
@Singleton
class CampaignHomeCards implements HomeCards {

    private final CampaignRepository campaigns;
    private final Clock clock;

    CampaignHomeCards(CampaignRepository campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cardsFor(Shell shell) {
        if (shell.unit() == null) {
            return List.of();
        }
        var today = VietnamTime.today(clock);
        var running = campaigns.findReceived(shell.unit().id(), today, 20).stream()
                .filter(c -> c.stateOn(today) == Campaign.State.RUNNING && c.categoryId() != null).toList();
        if (running.isEmpty()) {
            return List.of();
        }
        String base = shell.unitBase() + "/campaigns/received/";
        List<HomeCard.Line> lines = running.stream().map(c -> HomeCard.Line.link(c.name(), base + c.id(),
                shell.t("campaign.home.note", c.categoryName(), c.daysLeft(today), c.published()), c.published() == 0)).toList();
        return List.of(new HomeCard("home-campaigns", 30, false, "info", shell.t("campaign.home.title"), shell.t("campaign.home.summary"), lines,
                shell.unitBase() + "/campaigns", shell.t("campaign.home.more")));
    }
}
