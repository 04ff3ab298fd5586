package vn.lantoa.plan.progress;

import vn.lantoa.plan.Quarters;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.tenancy.SubtreeUnits;
import vn.lantoa.tenancy.UnitRef;

import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the units below planned for each item of a unit's plan, and how far each has got, down to the school. Everything
 * planned below an item carries the item's lineage ('/root/.../item/'), so the whole subtree's items of the year are read
 * in one query (with their statuses and evidence counts) and matched to the unit's items by lineage; a second query gives
 * the units expected to plan something (every unit below for an item meant for all, else the lead and the partners), so
 * that those who planned nothing are named. Never a query per unit.
 */
@Singleton
@Connectable
public class BelowProgress {

    static final int UNITS_MAX = 20_000;

    /** One unit below and where it stands on an item above (over all the items it planned for it). */
    public record UnitLine(long unitId, String unitName, int depth, long planId, String planStatus, int items, ProgressStatus current,
                           int doneQuarters, int evidence, ProgressStatus state) {
    }

    public record Counts(int planned, int inProgress, int done, int dropped, int notStarted) {
    }

    public record ItemLine(PlanRows.ItemRow item, String group, int number, List<UnitLine> units, Counts counts, List<String> missing) {
    }

    public record View(PlanRows.PlanRow plan, int currentQuarter, List<ItemLine> items) {
    }

    /** A row of a plan below: an item of a unit below with its statuses and evidence count. */
    private record Below(long itemId, long unitId, String unitName, int depth, long planId, String planStatus, int mask, String lineage,
                         Map<Integer, ProgressStatus> statuses, int evidence) {
    }

    private static final String BELOW_SQL = "SELECT i.id, i.unit_id, u.name, u.depth, p.id, p.status, i.quarters, i.starts_on, i.ends_on, i.lineage, "
            + "(SELECT GROUP_CONCAT(CONCAT(s.quarter, ':', s.status)) FROM plan_item_status s WHERE s.unit_id = i.unit_id AND s.item_id = i.id), "
            + "(SELECT COUNT(*) FROM plan_evidence e WHERE e.unit_id = i.unit_id AND e.item_id = i.id) "
            + "FROM unit u JOIN plan p ON p.unit_id = u.id AND p.plan_year = ? JOIN plan_item i ON i.unit_id = u.id AND i.plan_id = p.id "
            + "WHERE u.path LIKE CONCAT(?, '%') AND u.id <> ? AND i.parent_item_id IS NOT NULL";

    private final JdbcOperations jdbc;
    private final PlanRows plans;
    private final SubtreeUnits subtree;
    private final Clock clock;

    BelowProgress(JdbcOperations jdbc, PlanRows plans, SubtreeUnits subtree, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.subtree = subtree;
        this.clock = clock;
    }

    public View of(UnitRef unit, PlanRows.PlanRow plan) {
        int year = plan.year();
        int soFar = Quarters.soFar(year, clock);
        List<Integer> begun = Quarters.of(Quarters.upTo(soFar));
        List<PlanRows.ItemRow> own = plans.items(unit.id(), plan.id());
        Map<Long, PlanRows.ItemRow> byId = new HashMap<>();
        own.forEach(i -> byId.put(i.id(), i));
        Map<Long, List<Below>> matched = new HashMap<>();
        for (Below b : below(unit, year)) {
            PlanRows.ItemRow root = rootOf(b.lineage(), byId);
            if (root != null) {
                matched.computeIfAbsent(root.id(), k -> new ArrayList<>()).add(b);
            }
        }
        Map<Long, Set<Long>> partners = partners(unit.id());
        boolean expects = own.stream().anyMatch(i -> i.appliesBelow() || i.leadUnitId() != null) || !partners.isEmpty();
        Map<Long, String> names = expects ? subtree.openAtOrBelow(unit.path(), UNITS_MAX) : Map.of();
        Map<Long, Set<Long>> expected = expected(unit, own, names.keySet(), partners);
        Map<Long, String> groupNames = new HashMap<>();
        plans.groups(unit.id(), plan.id()).forEach(g -> groupNames.put(g.id(), g.numeral() + ". " + g.title()));
        List<ItemLine> lines = new ArrayList<>();
        Map<Long, Integer> numbers = new HashMap<>();
        for (PlanRows.ItemRow item : own) {
            int number = numbers.merge(item.groupId(), 1, Integer::sum);
            List<UnitLine> units = units(matched.getOrDefault(item.id(), List.of()), year, soFar, begun);
            int going = 0;
            int done = 0;
            int dropped = 0;
            int idle = 0;
            Set<Long> planned = new HashSet<>();
            for (UnitLine u : units) {
                planned.add(u.unitId());
                ProgressStatus s = u.state() == null ? ProgressStatus.NOT_STARTED : u.state();
                switch (s) {
                    case DONE -> done++;
                    case IN_PROGRESS -> going++;
                    case DROPPED -> dropped++;
                    case NOT_STARTED -> idle++;
                }
            }
            List<String> missing = new ArrayList<>();
            for (Long id : expected.getOrDefault(item.id(), Set.of())) {
                if (!planned.contains(id) && names.containsKey(id)) {
                    missing.add(names.get(id));
                }
            }
            missing.sort(null);
            lines.add(new ItemLine(item, groupNames.getOrDefault(item.groupId(), ""), number, units,
                    new Counts(units.size(), going, done, dropped, idle), missing));
        }
        return new View(plan, soFar, lines);
    }

    /** The unit's own item whose lineage the row's lineage starts with: its nearest ancestor among the unit's items. */
    private static PlanRows.ItemRow rootOf(String lineage, Map<Long, PlanRows.ItemRow> own) {
        String[] ids = lineage.split("/");
        for (int k = ids.length - 1; k >= 0; k--) {
            if (!ids[k].matches("\\d{1,18}")) {
                continue;
            }
            PlanRows.ItemRow item = own.get(Long.parseLong(ids[k]));
            if (item != null && lineage.startsWith(item.lineage()) && !lineage.equals(item.lineage())) {
                return item;
            }
        }
        return null;
    }

    private static List<UnitLine> units(List<Below> rows, int year, int soFar, List<Integer> begun) {
        Map<Long, List<Below>> byUnit = new LinkedHashMap<>();
        rows.forEach(b -> byUnit.computeIfAbsent(b.unitId(), k -> new ArrayList<>()).add(b));
        List<UnitLine> lines = new ArrayList<>();
        for (List<Below> mine : byUnit.values()) {
            Below first = mine.get(0);
            List<ProgressStatus> now = new ArrayList<>();
            List<ProgressStatus> states = new ArrayList<>();
            int doneQuarters = 0;
            int evidence = 0;
            for (Below b : mine) {
                if (soFar > 0 && (b.mask() & (1 << (soFar - 1))) != 0) {
                    now.add(b.statuses().getOrDefault(soFar, ProgressStatus.NOT_STARTED));
                }
                List<Integer> window = Quarters.of(b.mask()).stream().filter(begun::contains).toList();
                ProgressStatus st = ItemState.over(window, b.statuses());
                if (st != null) {
                    states.add(st);
                }
                doneQuarters += (int) b.statuses().values().stream().filter(s -> s == ProgressStatus.DONE).count();
                evidence += b.evidence();
            }
            lines.add(new UnitLine(first.unitId(), first.unitName(), first.depth(), first.planId(), first.planStatus(), mine.size(),
                    ItemState.combined(now), doneQuarters, evidence, ItemState.combined(states)));
        }
        lines.sort(Comparator.comparingInt(UnitLine::depth).thenComparing(UnitLine::unitName));
        return lines;
    }

    private List<Below> below(UnitRef unit, int year) {
        return jdbc.prepareStatement(BELOW_SQL, ps -> {
            ps.setInt(1, year);
            ps.setString(2, unit.path());
            ps.setLong(3, unit.id());
            List<Below> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int mask = Quarters.covered(rs.getInt(7), PlanRows.date(rs.getDate(8)), PlanRows.date(rs.getDate(9)), year);
                    rows.add(new Below(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getString(6), mask,
                            rs.getString(10), statuses(rs.getString(11)), rs.getInt(12)));
                }
            }
            return rows;
        });
    }

    /** For each of the unit's items, the units below expected to plan something for it: all of them, or its lead and partners. */
    private static Map<Long, Set<Long>> expected(UnitRef unit, List<PlanRows.ItemRow> own, Set<Long> everyone, Map<Long, Set<Long>> partners) {
        Map<Long, Set<Long>> expected = new HashMap<>();
        for (PlanRows.ItemRow i : own) {
            Set<Long> ids = new HashSet<>(i.appliesBelow() ? everyone : Set.of());
            if (i.leadUnitId() != null) {
                ids.add(i.leadUnitId());
            }
            ids.addAll(partners.getOrDefault(i.id(), Set.of()));
            ids.remove(unit.id());
            expected.put(i.id(), ids);
        }
        return expected;
    }

    private Map<Long, Set<Long>> partners(long unitId) {
        return jdbc.prepareStatement("SELECT item_id, partner_unit_id FROM plan_item_partner WHERE unit_id = ?", ps -> {
            ps.setLong(1, unitId);
            Map<Long, Set<Long>> m = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                }
            }
            return m;
        });
    }

    private static Map<Integer, ProgressStatus> statuses(String packed) {
        Map<Integer, ProgressStatus> m = new HashMap<>();
        if (packed == null) {
            return m;
        }
        for (String part : packed.split(",")) {
            String[] qs = part.split(":", 2);
            ProgressStatus s = qs.length == 2 ? ProgressStatus.parse(qs[1]) : null;
            if (s != null && qs[0].matches("[1-4]")) {
                m.put(Integer.parseInt(qs[0]), s);
            }
        }
        return m;
    }
}
