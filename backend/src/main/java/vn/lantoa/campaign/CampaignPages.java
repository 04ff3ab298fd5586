package vn.lantoa.campaign;

import io.micronaut.core.annotation.Introspected;
import vn.lantoa.files.StoredFile;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.time.LocalDate;
import java.util.List;

/** The records the campaign templates take. */
public final class CampaignPages {

    private CampaignPages() {
    }

    /** What a unit launched (when it may) and the campaigns it is a target of. */
    public record ListPage(Shell shell, boolean canLaunch, List<CampaignSummary> launched, List<ReceivedCampaign> received, LocalDate today) {
    }

    /** The launch form, or the edit form of {@code campaign}. */
    public record FormPage(Shell shell, Campaign campaign, CampaignForm form, List<Option> audiences, List<UnitChoice> units, List<StoredFile> files,
                           String bannerUrl, FieldErrors errors) {

        public boolean editing() {
            return campaign != null;
        }
    }

    /** The launcher's view: the campaign, and per unit what each published. */
    public record DetailPage(Shell shell, Campaign campaign, Campaign.State state, long daysLeft, String bannerUrl, List<Material> materials,
                             CampaignReport report, List<Option> branches, boolean canManage) {
    }

    /** A target unit's read-only view: what the launcher asks, the messages and materials, its own count. */
    public record ReceivedPage(Shell shell, Campaign campaign, ReceivedCampaign mine, Campaign.State state, long daysLeft, String bannerUrl,
                               List<Material> materials, String categoryUrl) {
    }

    /** A unit below the launcher, offered as a target; depth indents it. */
    @Introspected
    public record UnitChoice(long id, String name, int depth) {
    }

    /** A unit's id and name. */
    @Introspected
    public record UnitName(long id, String name) {
    }
}
