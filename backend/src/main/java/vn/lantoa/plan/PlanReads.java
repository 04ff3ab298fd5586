package vn.lantoa.plan;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public reads of plans for the other packages (progress, reports, the home page): a unit's own plans, the issued
 * plans it received from the units above, and a plan's appendix with its names looked up.
 */
@Singleton
@Connectable
public class PlanReads {

    private final PlanRepository plans;
    private final PlanGroupRepository groups;
    private final PlanItemRepository items;
    private final UnitRefRepository units;
    private final JdbcOperations jdbc;

    PlanReads(PlanRepository plans, PlanGroupRepository groups, PlanItemRepository items, UnitRefRepository units, JdbcOperations jdbc) {
        this.plans = plans;
        this.groups = groups;
        this.items = items;
        this.units = units;
        this.jdbc = jdbc;
    }

    public Optional<Plan> plan(long unitId, long planId) {
        return plans.findByUnitIdAndId(unitId, planId);
    }

    /** The unit's own plans, newest year first. */
    public List<Plan> plans(long unitId) {
        return plans.findAllOfUnit(unitId);
    }

    public Optional<Plan> planOfYear(long unitId, int year) {
        return plans.findByUnitIdAndPlanYear(unitId, year);
    }

    /** The issued plans of the units above this one (its căn cứ to choose from), newest year first. */
    public List<Plan> received(UnitRef unit) {
        List<Long> above = unit.pathIds().subList(0, unit.pathIds().size() - 1);
        return above.isEmpty() ? List.of() : plans.findIssuedOf$WithoutTenancy(above);
    }

    /** One of the plans received from above, or empty when the plan is not an issued plan of a unit above this one. */
    public Optional<Plan> receivedPlan(UnitRef unit, long planId) {
        return received(unit).stream().filter(p -> p.id() == planId).findFirst();
    }

    /** The names of the units, by id (closed ones too). */
    public Map<Long, String> unitNames(Set<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            units.findByIdIn(ids).forEach(u -> names.put(u.id(), u.name()));
        }
        return names;
    }

    /** The plan with its groups and items, names looked up: what its page, its documents and the API show. */
    public Appendix appendix(Plan plan) {
        List<PlanGroup> gs = groups.findOfPlan(plan.unitId(), plan.id());
        List<PlanItem> is = items.findOfPlan(plan.unitId(), plan.id());
        Map<Long, List<Long>> partners = partners(plan.unitId(), plan.id());
        Map<Long, List<TopicRef>> topics = topics(plan.unitId(), plan.id());
        Set<Long> unitIds = new HashSet<>();
        is.forEach(i -> {
            if (i.leadUnitId() != null) {
                unitIds.add(i.leadUnitId());
            }
        });
        partners.values().forEach(unitIds::addAll);
        Map<Long, String> names = unitNames(unitIds);
        List<Appendix.Section> sections = new ArrayList<>();
        for (PlanGroup g : gs) {
            List<Appendix.Line> lines = new ArrayList<>();
            for (PlanItem i : is) {
                if (i.groupId() != g.id()) {
                    continue;
                }
                String lead = i.leadUnitId() != null ? names.getOrDefault(i.leadUnitId(), "") : i.leadText() == null ? "" : i.leadText();
                List<Long> ps = partners.getOrDefault(i.id(), List.of());
                List<String> partnerWords = new ArrayList<>(ps.stream().map(id -> names.getOrDefault(id, "")).filter(s -> !s.isEmpty()).toList());
                if (i.partnerText() != null && !i.partnerText().isBlank()) {
                    partnerWords.add(i.partnerText());
                }
                List<TopicRef> ts = topics.getOrDefault(i.id(), List.of());
                lines.add(new Appendix.Line(i, lead, ps, String.join("; ", partnerWords), ts.stream().map(TopicRef::id).toList(),
                        ts.stream().map(TopicRef::name).toList()));
            }
            sections.add(new Appendix.Section(g, lines));
        }
        return new Appendix(plan, sections);
    }

    /** Partner units of each item of the plan. */
    public Map<Long, List<Long>> partners(long unitId, long planId) {
        return jdbc.prepareStatement("SELECT p.item_id, p.partner_unit_id FROM plan_item_partner p JOIN plan_item i ON i.id = p.item_id "
                + "WHERE p.unit_id = ? AND i.plan_id = ? ORDER BY p.item_id, p.partner_unit_id", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, planId);
            Map<Long, List<Long>> m = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            return m;
        });
    }

    private record TopicRef(long id, String name) {
    }

    private Map<Long, List<TopicRef>> topics(long unitId, long planId) {
        return jdbc.prepareStatement("SELECT t.item_id, o.id, o.name FROM plan_item_topic t JOIN plan_item i ON i.id = t.item_id "
                + "JOIN topic o ON o.id = t.topic_id WHERE t.unit_id = ? AND i.plan_id = ? ORDER BY t.item_id, o.position, o.id", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, planId);
            Map<Long, List<TopicRef>> m = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new TopicRef(rs.getLong(2), rs.getString(3)));
                }
            }
            return m;
        });
    }
}
