package vn.lantoa.plan.progress;

import vn.lantoa.plan.Quarters;
import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.shell.HomeCard;
import vn.lantoa.shell.HomeCards;
import vn.lantoa.shell.Shell;
import vn.lantoa.tenancy.Permission;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan on the home page of those who carry it out (MANAGE_PLANS): this quarter's items of the unit's issued plan not
 * started yet, and how many are done. Nothing when the unit has no issued plan for the year or nothing planned this quarter.
 */
@Singleton
class PlanHomeCard implements HomeCards {

    static final int LINES = 5;

    private final PlanRows plans;
    private final PlanProgress progress;
    private final Clock clock;

    PlanHomeCard(PlanRows plans, PlanProgress progress, Clock clock) {
        this.plans = plans;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cardsFor(Shell shell) {
        if (shell.unit() == null || !shell.can(Permission.MANAGE_PLANS)) {
            return List.of();
        }
        PlanRows.PlanRow plan = plans.ofYear(shell.unit().id(), VietnamTime.today(clock).getYear()).filter(PlanRows.PlanRow::issued).orElse(null);
        if (plan == null) {
            return List.of();
        }
        PlanProgress.View view = progress.of(plan, null, null);
        List<PlanProgress.Row> now = view.rows().stream().filter(r -> r.current() != null).toList();
        if (now.isEmpty()) {
            return List.of();
        }
        String base = shell.unitBase() + "/plans/" + plan.id();
        List<PlanProgress.Row> idle = now.stream().filter(r -> r.current() == ProgressStatus.NOT_STARTED).toList();
        long done = now.stream().filter(r -> r.current() == ProgressStatus.DONE).count();
        List<HomeCard.Line> lines = new ArrayList<>();
        for (PlanProgress.Row r : idle.subList(0, Math.min(LINES, idle.size()))) {
            lines.add(HomeCard.Line.link(r.item().topic(), base + "/progress/items/" + r.item().id(), shell.t("planProgress.status.NOT_STARTED"), false));
        }
        String quarter = Quarters.roman(view.currentQuarter());
        return List.of(new HomeCard("home-plan-progress", 40, false, idle.isEmpty() ? "info" : "warning",
                shell.t("planProgress.home.title", quarter, String.valueOf(plan.year())), shell.t("planProgress.home.summary", done, now.size(), idle.size()), lines,
                base + "/progress", shell.t("planProgress.home.more")));
    }
}
