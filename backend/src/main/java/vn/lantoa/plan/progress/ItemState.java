package vn.lantoa.plan.progress;

import java.util.List;
import java.util.Map;

/**
 * One rule for where an item stands over several quarters (the quarters so far on the progress page, a report's period,
 * a unit's items for its parent's item): dropped if it was dropped in any of them, done if done in every one, not started
 * while nothing was recorded beyond "not started", in progress otherwise. Null when none of the quarters is planned.
 */
public final class ItemState {

    private ItemState() {
    }

    public static ProgressStatus over(List<Integer> quarters, Map<Integer, ProgressStatus> statuses) {
        if (quarters.isEmpty()) {
            return null;
        }
        boolean allDone = true;
        boolean started = false;
        for (int q : quarters) {
            ProgressStatus s = statuses.getOrDefault(q, ProgressStatus.NOT_STARTED);
            if (s == ProgressStatus.DROPPED) {
                return ProgressStatus.DROPPED;
            }
            allDone &= s == ProgressStatus.DONE;
            started |= s != ProgressStatus.NOT_STARTED;
        }
        if (allDone) {
            return ProgressStatus.DONE;
        }
        return started ? ProgressStatus.IN_PROGRESS : ProgressStatus.NOT_STARTED;
    }

    /**
     * Where a unit stands on an item above when it planned several items for it: an item it dropped does not count
     * against the others; it is dropped only when it dropped them all.
     */
    public static ProgressStatus combined(List<ProgressStatus> states) {
        List<ProgressStatus> kept = states.stream().filter(java.util.Objects::nonNull).filter(s -> s != ProgressStatus.DROPPED).toList();
        if (kept.isEmpty()) {
            return states.stream().anyMatch(s -> s == ProgressStatus.DROPPED) ? ProgressStatus.DROPPED : null;
        }
        if (kept.stream().allMatch(s -> s == ProgressStatus.DONE)) {
            return ProgressStatus.DONE;
        }
        return kept.stream().allMatch(s -> s == ProgressStatus.NOT_STARTED) ? ProgressStatus.NOT_STARTED : ProgressStatus.IN_PROGRESS;
    }
}
