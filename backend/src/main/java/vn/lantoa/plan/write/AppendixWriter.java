package vn.lantoa.plan.write;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.plan.Plan;
import vn.lantoa.plan.PlanGroup;
import vn.lantoa.plan.PlanGroupRepository;
import vn.lantoa.plan.PlanItem;
import vn.lantoa.plan.PlanItemRepository;
import vn.lantoa.plan.PlanReads;
import vn.lantoa.plan.Quarters;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.SubtreeUnits;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.topic.Topic;
import vn.lantoa.topic.Topics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The appendix of a draft plan: its groups (added, renamed, moved, deleted when empty) and its items, each checked
 * against the tree (lead and partners are the unit or units below it), the basis plan (the item served is one of its
 * items) and the topics available to the unit.
 */
@Singleton
public class AppendixWriter {

    private final PlanWriter plans;
    private final PlanReads reads;
    private final PlanGroupRepository groups;
    private final PlanItemRepository items;
    private final ItemLinks links;
    private final SubtreeUnits subtree;
    private final Topics topics;
    private final AuditLog audit;
    private final Clock clock;

    AppendixWriter(PlanWriter plans, PlanReads reads, PlanGroupRepository groups, PlanItemRepository items, ItemLinks links,
                   SubtreeUnits subtree, Topics topics, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.reads = reads;
        this.groups = groups;
        this.items = items;
        this.links = links;
        this.subtree = subtree;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PlanGroup addGroup(Actor actor, UnitRef unit, long planId, String numeral, String title) {
        Plan plan = plans.editable(actor, unit, planId);
        List<PlanGroup> existing = groups.findOfPlan(unit.id(), planId);
        FieldErrors errors = new FieldErrors();
        String t = Fields.text(errors, "title", title, 300, "planWrite.group.titleRequired");
        String n = Fields.text(errors, "numeral", numeral, 10, null);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        int position = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).position() + 1;
        PlanGroup saved = groups.save(new PlanGroup(null, unit.id(), planId, position, n == null ? Quarters.roman(existing.size() + 1) : n, t, null));
        audit.record(actor, unit.id(), "plan.group.create", "plan", plan.id(), "Thêm nhóm " + saved.numeral() + " vào kế hoạch", null,
                Map.of("group", saved.numeral() + ". " + t));
        return saved;
    }

    @Transactional
    public PlanGroup renameGroup(Actor actor, UnitRef unit, long planId, long groupId, String numeral, String title) {
        plans.editable(actor, unit, planId);
        PlanGroup g = group(unit, planId, groupId);
        FieldErrors errors = new FieldErrors();
        String t = Fields.text(errors, "title", title, 300, "planWrite.group.titleRequired");
        String n = Fields.text(errors, "numeral", numeral, 10, "planWrite.group.numeralRequired");
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        PlanGroup saved = groups.update(new PlanGroup(g.id(), g.unitId(), g.planId(), g.position(), n, t, g.parentGroupId()));
        audit.record(actor, unit.id(), "plan.group.update", "plan", planId, "Sửa nhóm " + n + " của kế hoạch",
                Map.of("group", g.numeral() + ". " + g.title()), Map.of("group", n + ". " + t));
        return saved;
    }

    /** Moves the group one place up or down, swapping positions with its neighbour. */
    @Transactional
    public void moveGroup(Actor actor, UnitRef unit, long planId, long groupId, boolean up) {
        plans.editable(actor, unit, planId);
        List<PlanGroup> all = groups.findOfPlan(unit.id(), planId);
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == groupId) {
                at = i;
            }
        }
        if (at < 0) {
            throw new NotFoundException("plan group " + groupId);
        }
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= all.size()) {
            return;
        }
        List<PlanGroup> order = new ArrayList<>(all);
        order.set(at, all.get(other));
        order.set(other, all.get(at));
        for (int i = 0; i < order.size(); i++) {
            PlanGroup g = order.get(i);
            if (g.position() != i + 1) {
                groups.update(new PlanGroup(g.id(), g.unitId(), g.planId(), i + 1, g.numeral(), g.title(), g.parentGroupId()));
            }
        }
        audit.record(actor, unit.id(), "plan.group.move", "plan", planId, "Đổi thứ tự nhóm " + all.get(at).numeral(), null, Map.of("up", up));
    }

    /** Deletes an empty group; a group with items is refused (its items would be lost). */
    @Transactional
    public void deleteGroup(Actor actor, UnitRef unit, long planId, long groupId) {
        plans.editable(actor, unit, planId);
        PlanGroup g = group(unit, planId, groupId);
        if (items.countByUnitIdAndGroupId(unit.id(), groupId) > 0) {
            throw UserInputException.of("group", "planWrite.group.notEmpty", g.numeral());
        }
        groups.deleteInUnit(unit.id(), groupId);
        audit.record(actor, unit.id(), "plan.group.delete", "plan", planId, "Xóa nhóm " + g.numeral() + " của kế hoạch",
                Map.of("group", g.numeral() + ". " + g.title()), null);
    }

    /** Checks an item as typed: the errors next to their fields, or the draft. */
    public ItemInput.Draft check(UnitRef unit, Plan plan, ItemInput input) {
        FieldErrors errors = new FieldErrors();
        ItemInput.Draft d = input.validate(errors);
        if (d != null) {
            if (groups.findByUnitIdAndId(unit.id(), d.groupId()).filter(g -> g.planId() == plan.id()).isEmpty()) {
                errors.add("groupId", "planWrite.choice.invalid");
            }
            if (d.leadUnitId() != null && subtree.within(unit.path(), List.of(d.leadUnitId())).isEmpty()) {
                errors.add("leadUnitId", "planWrite.item.lead.outside");
            }
            if (subtree.within(unit.path(), d.partnerIds()).size() != d.partnerIds().size()) {
                errors.add("partnerIds", "planWrite.item.partners.outside");
            }
            if (d.parentItemId() != null && parentItem(unit, plan, d.parentItemId()) == null) {
                errors.add("parentItemId", "planWrite.item.parent.invalid");
            }
            Set<Long> available = new java.util.HashSet<>(topics.allAvailableTo(unit).stream().map(Topic::id).toList());
            if (!available.containsAll(d.topicIds())) {
                errors.add("topicIds", "planWrite.choice.invalid");
            }
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return d;
    }

    /** Adds an item as typed at the end of its group. */
    @Transactional
    public PlanItem addItem(Actor actor, UnitRef unit, long planId, ItemInput input) {
        Plan plan = plans.editable(actor, unit, planId);
        ItemInput.Draft d = check(unit, plan, input);
        Instant now = clock.instant();
        PlanItem saved = items.save(item(null, unit, plan, d, items.lastPosition(unit.id(), d.groupId()) + 1, "/", now, now, actor.userId(), null));
        String lineage = lineage(unit, plan, d.parentItemId(), saved.id());
        items.setLineage(unit.id(), saved.id(), lineage);
        links.replace(unit.id(), saved.id(), d.partnerIds(), d.topicIds());
        audit.record(actor, unit.id(), "plan.item.create", "plan_item", saved.id(), "Thêm mục vào kế hoạch năm " + plan.planYear(), null,
                snapshot(d));
        return saved;
    }

    /** Saves an item from the version its form was loaded at; if someone saved first nothing is written. */
    @Transactional
    public PlanItem updateItem(Actor actor, UnitRef unit, long planId, long itemId, ItemInput input) {
        Plan plan = plans.editable(actor, unit, planId);
        PlanItem current = items.findForUpdate(unit.id(), itemId).filter(i -> i.planId() == planId)
                .orElseThrow(() -> new NotFoundException("plan item " + itemId));
        FieldErrors errors = new FieldErrors();
        Long version = Fields.version(errors, input.version());
        ItemInput.Draft d = check(unit, plan, input);
        if (version == null || version.longValue() != current.version()) {
            throw new StaleVersionException();
        }
        int position = d.groupId() == current.groupId() ? current.position() : items.lastPosition(unit.id(), d.groupId()) + 1;
        PlanItem saved = items.update(item(current.id(), unit, plan, d, position, lineage(unit, plan, d.parentItemId(), current.id()), current.createdAt(),
                clock.instant(), actor.userId(), current.version()));
        links.replace(unit.id(), itemId, d.partnerIds(), d.topicIds());
        audit.record(actor, unit.id(), "plan.item.update", "plan_item", itemId, "Sửa mục của kế hoạch năm " + plan.planYear(),
                Map.of("topic", current.topic()), snapshot(d));
        return saved;
    }

    @Transactional
    public void deleteItem(Actor actor, UnitRef unit, long planId, long itemId) {
        Plan plan = plans.editable(actor, unit, planId);
        PlanItem current = items.findForUpdate(unit.id(), itemId).filter(i -> i.planId() == planId)
                .orElseThrow(() -> new NotFoundException("plan item " + itemId));
        items.deleteInUnit(unit.id(), itemId);
        audit.record(actor, unit.id(), "plan.item.delete", "plan_item", itemId, "Xóa mục của kế hoạch năm " + plan.planYear(),
                Map.of("topic", current.topic()), null);
    }

    /** The items of the basis plan (one the unit received from above), the ones an item may serve. */
    public List<PlanItem> basisItems(UnitRef unit, Plan plan) {
        if (plan.parentPlanId() == null) {
            return List.of();
        }
        return reads.receivedPlan(unit, plan.parentPlanId()).map(p -> items.findOfPlan(p.unitId(), p.id())).orElse(List.of());
    }

    private PlanItem parentItem(UnitRef unit, Plan plan, long parentItemId) {
        return basisItems(unit, plan).stream().filter(i -> i.id() == parentItemId).findFirst().orElse(null);
    }

    private String lineage(UnitRef unit, Plan plan, Long parentItemId, long ownId) {
        PlanItem parent = parentItemId == null ? null : parentItem(unit, plan, parentItemId);
        return (parent == null ? "/" : parent.lineage()) + ownId + "/";
    }

    private static PlanItem item(Long id, UnitRef unit, Plan plan, ItemInput.Draft d, int position, String lineage, Instant created, Instant updated,
                                 Long by, Long version) {
        return new PlanItem(id, unit.id(), plan.id(), d.groupId(), position, d.topic(), d.form(), d.productNote(), d.leadUnitId(), d.leadText(),
                d.partnerText(), d.appliesBelow(), d.quarters(), d.startsOn(), d.endsOn(), d.budgetVnd(), d.budgetSource(), d.parentItemId(), lineage,
                created, updated, by, version);
    }

    private PlanGroup group(UnitRef unit, long planId, long groupId) {
        return groups.findByUnitIdAndId(unit.id(), groupId).filter(g -> g.planId() == planId)
                .orElseThrow(() -> new NotFoundException("plan group " + groupId));
    }

    private static Map<String, Object> snapshot(ItemInput.Draft d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("topic", d.topic());
        m.put("form", d.form().name());
        m.put("lead", d.leadUnitId() != null ? d.leadUnitId() : d.leadText());
        m.put("partners", d.partnerIds());
        m.put("quarters", d.quarters());
        m.put("budgetVnd", d.budgetVnd());
        m.put("parentItemId", d.parentItemId());
        m.put("topics", d.topicIds());
        return m;
    }
}
