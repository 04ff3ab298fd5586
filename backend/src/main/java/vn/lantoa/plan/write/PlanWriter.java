package vn.lantoa.plan.write;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.plan.Appendix;
import vn.lantoa.plan.Plan;
import vn.lantoa.plan.PlanGroup;
import vn.lantoa.plan.PlanGroupRepository;
import vn.lantoa.plan.PlanItem;
import vn.lantoa.plan.PlanItemRepository;
import vn.lantoa.plan.PlanReads;
import vn.lantoa.plan.PlanRepository;
import vn.lantoa.plan.PlanStatus;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan as a whole: started blank or from a plan received from above, its title, purpose and basis, and its way to the
 * head (submit, return with a note, issue with its number). Each step checks the permission, writes in one transaction
 * and is audited; a plan in review or issued is not written.
 */
@Singleton
public class PlanWriter {

    /** The stable code of a step refused because of the plan's state. */
    public static final String STATE_CONFLICT = "PLAN_STATE_CONFLICT";

    private final PlanRepository plans;
    private final PlanGroupRepository groups;
    private final PlanItemRepository items;
    private final PlanReads reads;
    private final ItemLinks links;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    PlanWriter(PlanRepository plans, PlanGroupRepository groups, PlanItemRepository items, PlanReads reads, ItemLinks links, Access access,
               AuditLog audit, Clock clock) {
        this.plans = plans;
        this.groups = groups;
        this.items = items;
        this.reads = reads;
        this.links = links;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The year's plan, blank or started from a plan received from above ({@code parentPlanId}, as typed): the parent's
     * groups mirrored and the parent's items meant for this unit copied in and linked. One plan per unit per year.
     */
    @Transactional
    public Plan create(Actor actor, UnitRef unit, String year, String parentPlanId) {
        access.require(actor, unit, Permission.MANAGE_PLANS);
        FieldErrors errors = new FieldErrors();
        Integer y = year(errors, year);
        Plan parent = null;
        String p = VietnameseText.blankToNull(parentPlanId);
        if (p != null) {
            parent = p.matches("^[0-9]{1,18}$") ? reads.receivedPlan(unit, Long.parseLong(p)).orElse(null) : null;
            if (parent == null) {
                errors.add("parentPlanId", "planWrite.parent.invalid");
            }
        }
        if (y != null && reads.planOfYear(unit.id(), y).isPresent()) {
            errors.add("year", "planWrite.year.taken", String.valueOf(y));
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Instant now = clock.instant();
        String legal = parent == null ? null : basisLine(parent);
        Plan saved;
        try {
            saved = plans.save(new Plan(null, unit.id(), y, "Kế hoạch truyền thông giáo dục và đào tạo năm " + y, null, legal,
                    parent == null ? null : parent.id(), PlanStatus.DRAFT, null, null, null, null, null, null, null, now, actor.userId(), now,
                    actor.userId(), null));
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            // Two people creating the same year at once: the unique key decides, the second is told as if checked above.
            throw UserInputException.of("year", "planWrite.year.taken", String.valueOf(y));
        }
        int copied = parent == null ? 0 : derive(unit, saved, parent, now, actor.userId());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", y);
        after.put("parentPlanId", saved.parentPlanId());
        after.put("itemsCopied", copied);
        audit.record(actor, unit.id(), "plan.create", "plan", saved.id(), "Lập kế hoạch truyền thông năm " + y, null, after);
        return saved;
    }

    /** "Kế hoạch số 19/KH-SGDĐT ngày 19/02/2024 của Sở GDĐT Đắk Lắk": how the basis names a parent plan. */
    String basisLine(Plan parent) {
        String issuer = reads.unitNames(java.util.Set.of(parent.unitId())).getOrDefault(parent.unitId(), "");
        return "Kế hoạch số " + (parent.symbol() == null ? "" : parent.symbol())
                + (parent.issuedOn() == null ? "" : " ngày " + vn.lantoa.platform.time.VietnamTime.date(parent.issuedOn()))
                + " của " + issuer + " về " + PlanDocuments.lowerFirst(parent.title());
    }

    /**
     * Mirrors the parent's groups and copies the items meant for the unit: those it leads, those it is a partner of, and
     * those that apply to every unit below. The copy is the unit's own (it leads it), linked to the item it serves.
     */
    private int derive(UnitRef unit, Plan plan, Plan parent, Instant now, Long by) {
        Appendix source = reads.appendix(parent);
        int copied = 0;
        for (Appendix.Section s : source.sections()) {
            PlanGroup g = groups.save(new PlanGroup(null, unit.id(), plan.id(), s.group().position(), s.group().numeral(), s.group().title(),
                    s.group().id()));
            int position = 0;
            for (Appendix.Line line : s.lines()) {
                PlanItem pi = line.item();
                boolean meant = unit.id().equals(pi.leadUnitId()) || line.partnerIds().contains(unit.id()) || pi.appliesBelow();
                if (!meant) {
                    continue;
                }
                PlanItem copy = items.save(new PlanItem(null, unit.id(), plan.id(), g.id(), ++position, pi.topic(), pi.productForm(), pi.productNote(),
                        unit.id(), null, null, pi.appliesBelow(), pi.quarters(), pi.startsOn(), pi.endsOn(), null, null, pi.id(), "/", now, now, by,
                        null));
                items.setLineage(unit.id(), copy.id(), pi.lineage() + copy.id() + "/");
                links.replace(unit.id(), copy.id(), List.of(), line.topicIds());
                copied++;
            }
        }
        return copied;
    }

    /** Title, purpose and the other grounds (one a line), from the version the form was loaded at. */
    @Transactional
    public Plan updateText(Actor actor, UnitRef unit, long planId, String version, String title, String purpose, String legalBasis) {
        Plan current = editable(actor, unit, planId);
        FieldErrors errors = new FieldErrors();
        Long v = Fields.version(errors, version);
        String t = Fields.text(errors, "title", title, 300, "planWrite.title.required");
        String p = Fields.multiline(errors, "purpose", purpose, 20_000);
        String l = Fields.multiline(errors, "legalBasis", legalBasis, 5_000);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        if (v == null || v.longValue() != current.version()) {
            throw new StaleVersionException();
        }
        Plan saved = plans.update(current.withText(t, p, l, clock.instant(), actor.userId()));
        audit.record(actor, unit.id(), "plan.update", "plan", planId, "Sửa kế hoạch năm " + current.planYear(), text(current), text(saved));
        return saved;
    }

    /** The plan writers send the draft to the head, who reviews it. */
    @Transactional
    public Plan submit(Actor actor, UnitRef unit, long planId) {
        Plan current = editable(actor, unit, planId);
        if (items.findOfPlan(unit.id(), planId).isEmpty()) {
            throw UserInputException.of("plan", "planWrite.submit.empty");
        }
        Instant now = clock.instant();
        Plan saved = plans.update(current.with(PlanStatus.IN_REVIEW, null, null, null, now, actor.userId(), null, current.articleId(), now,
                actor.userId()));
        audit.record(actor, unit.id(), "plan.submit", "plan", planId, "Trình duyệt kế hoạch năm " + current.planYear(),
                Map.of("status", current.status().name()), Map.of("status", saved.status().name()));
        return saved;
    }

    /** The head sends the plan back to its writers with a note of what to change. */
    @Transactional
    public Plan returnForChanges(Actor actor, UnitRef unit, long planId, String note) {
        Plan current = inReview(actor, unit, planId);
        FieldErrors errors = new FieldErrors();
        String n = Fields.multiline(errors, "note", note, 1000);
        if (n == null && !errors.hasAny()) {
            errors.add("note", "planWrite.return.noteRequired");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Instant now = clock.instant();
        Plan saved = plans.update(current.with(PlanStatus.DRAFT, null, null, null, null, null, n, current.articleId(), now, actor.userId()));
        audit.record(actor, unit.id(), "plan.return", "plan", planId, "Trả lại kế hoạch năm " + current.planYear() + " để sửa",
                Map.of("status", current.status().name()), Map.of("status", saved.status().name(), "note", n));
        return saved;
    }

    /** The head issues the plan with its number and date: from then on it is an official document and is not changed. */
    @Transactional
    public Plan issue(Actor actor, UnitRef unit, long planId, String symbol, String issuedOn) {
        Plan current = inReview(actor, unit, planId);
        FieldErrors errors = new FieldErrors();
        String s = Fields.text(errors, "symbol", symbol, 60, "planWrite.issue.symbolRequired");
        if (s != null && !s.matches("^[0-9]+[A-Za-z]?/.+")) {
            errors.add("symbol", "planWrite.issue.symbolInvalid");
        }
        LocalDate on = Fields.date(errors, "issuedOn", issuedOn);
        if (on == null && !errors.has("issuedOn")) {
            errors.add("issuedOn", "planWrite.issue.dateRequired");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Instant now = clock.instant();
        Plan saved = plans.update(current.with(PlanStatus.ISSUED, s, on, actor.userId(), current.submittedAt(), current.submittedBy(), null,
                current.articleId(), now, actor.userId()));
        Map<String, Object> after = new HashMap<>();
        after.put("status", saved.status().name());
        after.put("symbol", s);
        after.put("issuedOn", on.toString());
        audit.record(actor, unit.id(), "plan.issue", "plan", planId, "Ban hành kế hoạch " + s, Map.of("status", current.status().name()), after);
        return saved;
    }

    /** Remembers the official document the issued plan was published as. */
    @Transactional
    public Plan published(Actor actor, UnitRef unit, long planId, long documentId) {
        Plan current = plans.findForUpdate(unit.id(), planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        Plan saved = plans.update(current.with(current.status(), current.symbol(), current.issuedOn(), current.issuedBy(), current.submittedAt(),
                current.submittedBy(), current.reviewNote(), documentId, clock.instant(), actor.userId()));
        audit.record(actor, unit.id(), "plan.publish", "plan", planId, "Đăng kế hoạch " + current.symbol() + " lên trang thông tin", null,
                Map.of("documentId", documentId));
        return saved;
    }

    /** The plan, locked, when the actor writes plans and it is a draft. */
    Plan editable(Actor actor, UnitRef unit, long planId) {
        access.require(actor, unit, Permission.MANAGE_PLANS);
        Plan current = plans.findForUpdate(unit.id(), planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        if (!current.status().editable()) {
            throw new ConflictException(STATE_CONFLICT, "planWrite.notEditable");
        }
        return current;
    }

    private Plan inReview(Actor actor, UnitRef unit, long planId) {
        access.require(actor, unit, Permission.SIGN_REPORTS);
        Plan current = plans.findForUpdate(unit.id(), planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        if (current.status() != PlanStatus.IN_REVIEW) {
            throw new ConflictException(STATE_CONFLICT, "planWrite.notInReview");
        }
        return current;
    }

    private static Integer year(FieldErrors errors, String value) {
        String v = VietnameseText.blankToNull(value);
        if (v == null) {
            errors.add("year", "planWrite.year.required");
            return null;
        }
        if (!v.matches("^[0-9]{4}$") || Integer.parseInt(v) < 2000 || Integer.parseInt(v) > 2999) {
            errors.add("year", "planWrite.year.invalid");
            return null;
        }
        return Integer.parseInt(v);
    }

    private static Map<String, Object> text(Plan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("purpose", p.purpose());
        m.put("legalBasis", p.legalBasis());
        return m;
    }
}
