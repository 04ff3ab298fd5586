package vn.lantoa.plan.progress;

import vn.lantoa.plan.Quarters;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.reporting.form.PrefillCounts;
import vn.lantoa.reporting.form.PrefillSource;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan's figures for a half-year or yearly report: the items of the unit's issued plan planned in the quarters the
 * period touches, by where they stand over those quarters (the rule of the progress page, ItemState), and the published
 * articles given as evidence that appeared in the period.
 */
@Singleton
@Connectable
class PlanPrefill implements PrefillCounts {

    private static final Set<PrefillSource> SOURCES = EnumSet.of(PrefillSource.PLAN_ITEMS_TOTAL, PrefillSource.PLAN_ITEMS_DONE,
            PrefillSource.PLAN_ITEMS_IN_PROGRESS, PrefillSource.PLAN_ITEMS_NOT_STARTED, PrefillSource.PLAN_ITEMS_DROPPED,
            PrefillSource.PLAN_EVIDENCE_ARTICLES);

    private final PlanRows plans;
    private final StatusRows statuses;
    private final JdbcOperations jdbc;

    PlanPrefill(PlanRows plans, StatusRows statuses, JdbcOperations jdbc) {
        this.plans = plans;
        this.statuses = statuses;
        this.jdbc = jdbc;
    }

    @Override
    public Set<PrefillSource> sources() {
        return SOURCES;
    }

    @Override
    public long count(PrefillSource source, long unitId, LocalDate firstDay, LocalDate lastDay) {
        if (source == PrefillSource.PLAN_EVIDENCE_ARTICLES) {
            return articles(unitId, firstDay, lastDay);
        }
        long n = 0;
        for (int year = firstDay.getYear(); year <= lastDay.getYear(); year++) {
            int touched = 0;
            for (int q = 1; q <= 4; q++) {
                if (!Quarters.lastDay(year, q).isBefore(firstDay) && !Quarters.firstDay(year, q).isAfter(lastDay)) {
                    touched |= 1 << (q - 1);
                }
            }
            PlanRows.PlanRow plan = plans.ofYear(unitId, year).filter(PlanRows.PlanRow::issued).orElse(null);
            if (plan == null || touched == 0) {
                continue;
            }
            Map<Long, Map<Integer, StatusRows.Status>> byItem = statuses.ofPlan(unitId, plan.id());
            for (PlanRows.ItemRow item : plans.items(unitId, plan.id())) {
                List<Integer> window = Quarters.of(item.mask(year) & touched);
                ProgressStatus state = ItemState.over(window, StatusRows.plain(byItem.getOrDefault(item.id(), Map.of())));
                if (state != null && counts(source, state)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean counts(PrefillSource source, ProgressStatus state) {
        return switch (source) {
            case PLAN_ITEMS_DONE -> state == ProgressStatus.DONE;
            case PLAN_ITEMS_IN_PROGRESS -> state == ProgressStatus.IN_PROGRESS;
            case PLAN_ITEMS_NOT_STARTED -> state == ProgressStatus.NOT_STARTED;
            case PLAN_ITEMS_DROPPED -> state == ProgressStatus.DROPPED;
            default -> true;
        };
    }

    /** Distinct articles of the unit, published in the period, given as evidence for an item of one of its issued plans. */
    private long articles(long unitId, LocalDate firstDay, LocalDate lastDay) {
        return jdbc.prepareStatement("SELECT COUNT(DISTINCT a.id) FROM plan_evidence e JOIN article a ON a.id = e.ref_id AND a.unit_id = e.unit_id "
                + "JOIN plan_item i ON i.id = e.item_id JOIN plan p ON p.id = i.plan_id WHERE e.unit_id = ? AND e.source = 'article' "
                + "AND p.unit_id = ? AND p.status = '" + PlanRows.ISSUED + "' AND a.published_at >= ? AND a.published_at < ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, unitId);
            ps.setTimestamp(3, Timestamp.from(VietnamTime.startOf(firstDay)));
            ps.setTimestamp(4, Timestamp.from(VietnamTime.startOf(lastDay.plusDays(1))));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }
}
