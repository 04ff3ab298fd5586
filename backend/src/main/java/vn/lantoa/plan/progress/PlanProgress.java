package vn.lantoa.plan.progress;

import vn.lantoa.plan.Quarters;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a unit's plan stands: each item with its status per quarter, the current quarter's and its evidence, and the plan
 * as a whole over the quarters begun so far (items done of those planned; dropped ones counted apart). Three queries per
 * plan, whatever its size.
 */
@Singleton
public class PlanProgress {

    /** One item as the progress page shows it. current is null when the item is not planned in the current quarter. */
    public record Row(PlanRows.ItemRow item, int number, String lead, int mask, Map<Integer, StatusRows.Status> statuses, ProgressStatus current,
                      ProgressStatus soFar, int evidence) {

        public StatusRows.Status in(int quarter) {
            return statuses.get(quarter);
        }

        public boolean plannedIn(int quarter) {
            return (mask & (1 << (quarter - 1))) != 0;
        }
    }

    public record Group(PlanRows.GroupRow group, List<Row> rows) {
    }

    /** Items planned in the quarters so far, by where they stand; dropped ones apart from the share done. */
    public record Summary(int planned, int done, int inProgress, int notStarted, int dropped) {

        public int percentDone() {
            int counted = planned - dropped;
            return counted <= 0 ? 0 : Math.round(done * 100f / counted);
        }
    }

    public record View(PlanRows.PlanRow plan, int currentQuarter, List<Group> groups, Summary summary) {

        public List<Row> rows() {
            return groups.stream().flatMap(g -> g.rows().stream()).toList();
        }
    }

    private final PlanRows plans;
    private final StatusRows statuses;
    private final Clock clock;

    PlanProgress(PlanRows plans, StatusRows statuses, Clock clock) {
        this.plans = plans;
        this.statuses = statuses;
        this.clock = clock;
    }

    /** The plan's progress; groupId and status, when set, keep only the items of that group or with that status this quarter. */
    public View of(PlanRows.PlanRow plan, Long groupId, ProgressStatus status) {
        long unitId = plan.unitId();
        int soFar = Quarters.soFar(plan.year(), clock);
        List<Integer> begun = Quarters.of(Quarters.upTo(soFar));
        Map<Long, Map<Integer, StatusRows.Status>> byItem = statuses.ofPlan(unitId, plan.id());
        Map<Long, Integer> evidence = statuses.evidenceCounts(unitId, plan.id());
        List<PlanRows.ItemRow> items = plans.items(unitId, plan.id());
        Set<Long> named = new HashSet<>();
        items.forEach(i -> {
            if (i.leadUnitId() != null) {
                named.add(i.leadUnitId());
            }
        });
        Map<Long, String> names = plans.unitNames(named);
        int planned = 0;
        int done = 0;
        int going = 0;
        int idle = 0;
        int dropped = 0;
        List<Group> groups = new ArrayList<>();
        for (PlanRows.GroupRow g : plans.groups(unitId, plan.id())) {
            List<Row> rows = new ArrayList<>();
            int n = 0;
            for (PlanRows.ItemRow i : items) {
                if (i.groupId() != g.id()) {
                    continue;
                }
                n++;
                int mask = i.mask(plan.year());
                Map<Integer, StatusRows.Status> st = byItem.getOrDefault(i.id(), Map.of());
                Map<Integer, ProgressStatus> plain = StatusRows.plain(st);
                List<Integer> window = Quarters.of(mask).stream().filter(begun::contains).toList();
                ProgressStatus state = ItemState.over(window, plain);
                ProgressStatus now = soFar > 0 && (mask & (1 << (soFar - 1))) != 0 ? plain.getOrDefault(soFar, ProgressStatus.NOT_STARTED) : null;
                if (state != null) {
                    planned++;
                    switch (state) {
                        case DONE -> done++;
                        case IN_PROGRESS -> going++;
                        case NOT_STARTED -> idle++;
                        case DROPPED -> dropped++;
                    }
                }
                if ((groupId != null && groupId != g.id()) || (status != null && status != now)) {
                    continue;
                }
                String lead = i.leadUnitId() != null ? names.get(i.leadUnitId()) : i.leadText();
                rows.add(new Row(i, n, lead, mask, st, now, state, evidence.getOrDefault(i.id(), 0)));
            }
            if (groupId == null || groupId == g.id()) {
                groups.add(new Group(g, rows));
            }
        }
        return new View(plan, soFar, groups, new Summary(planned, done, going, idle, dropped));
    }
}
