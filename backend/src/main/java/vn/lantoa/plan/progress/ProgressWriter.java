package vn.lantoa.plan.progress;

import vn.lantoa.plan.Quarters;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Recording how an item of an issued plan is carried out: its status in a quarter and its evidence. The caller has
 * checked the person may (MANAGE_PLANS of the unit); here the plan and the item must be the unit's (else 404), the plan
 * issued, the quarter one the item is planned for, a dropped item needs its reason, and evidence must be a row of the
 * unit's own (else 404) or an http(s) address. Nothing is written when any of it fails.
 */
@Singleton
public class ProgressWriter {

    static final int REASON_MAX = 1000;
    static final int TITLE_MAX = 300;
    static final int URL_MAX = 1000;

    private final PlanRows plans;
    private final StatusRows statuses;
    private final EvidenceRows evidence;
    private final EvidenceChoices choices;
    private final AuditLog audit;
    private final Clock clock;

    ProgressWriter(PlanRows plans, StatusRows statuses, EvidenceRows evidence, EvidenceChoices choices, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.statuses = statuses;
        this.evidence = evidence;
        this.choices = choices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets the item's status for one quarter of its plan's year, as typed on the item page. */
    @Transactional
    public void setStatus(Actor actor, UnitRef unit, long planId, long itemId, String quarter, String status, String reason) {
        PlanRows.ItemRow item = issuedItem(unit, planId, itemId);
        int year = plans.plan(unit.id(), planId).orElseThrow().year();
        FieldErrors errors = new FieldErrors();
        Integer q = quarter(quarter);
        if (q == null) {
            errors.add("quarter", "planProgress.error.quarter");
        } else if (!item.planned(year).contains(q)) {
            errors.add("quarter", "planProgress.error.notPlanned", Quarters.roman(q), Quarters.romans(item.mask(year)));
        }
        ProgressStatus s = ProgressStatus.parse(status);
        if (s == null) {
            errors.add("status", "planProgress.error.status");
        }
        String why = reason == null ? "" : reason.strip();
        if (s == ProgressStatus.DROPPED && why.isEmpty()) {
            errors.add("reason", "planProgress.error.reasonRequired");
        } else if (why.length() > REASON_MAX) {
            errors.add("reason", "planProgress.error.tooLong", REASON_MAX);
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        statuses.put(unit.id(), itemId, q, s, why.isEmpty() ? null : why, clock.instant(), actor.userId());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("quarter", q);
        after.put("status", s.name());
        after.put("reason", why);
        audit.record(actor, unit.id(), "plan.progress.status", "plan_item", itemId, "Quý " + Quarters.roman(q) + ": " + s.name(), null, after);
    }

    /**
     * Adds evidence: {@code ref} names a row of the unit as "SOURCE:id" (ARTICLE:12, PRESS_EVENT:3...), or is "LINK" with an
     * address and a title.
     */
    @Transactional
    public void addEvidence(Actor actor, UnitRef unit, long planId, long itemId, String ref, String url, String title) {
        issuedItem(unit, planId, itemId);
        String[] parts = ref == null ? new String[0] : ref.strip().split(":", 2);
        EvidenceSource source = parts.length == 0 ? null : EvidenceSource.parse(parts[0]);
        if (source == null) {
            throw UserInputException.of("ref", "planProgress.error.ref");
        }
        Instant now = clock.instant();
        if (source == EvidenceSource.LINK) {
            String address = url == null ? "" : url.strip();
            String name = title == null ? "" : title.strip();
            FieldErrors errors = new FieldErrors();
            if (address.length() > URL_MAX || !address.toLowerCase(Locale.ROOT).matches("https?://[^\\s<>\"']+")) {
                errors.add("url", "planProgress.error.url");
            }
            if (name.isEmpty()) {
                errors.add("title", "planProgress.error.title");
            } else if (name.length() > TITLE_MAX) {
                errors.add("title", "planProgress.error.tooLong", TITLE_MAX);
            }
            if (errors.hasAny()) {
                throw new UserInputException(errors);
            }
            evidence.add(unit.id(), itemId, source, null, address, name, now, actor.userId());
            audit.record(actor, unit.id(), "plan.progress.evidence.add", "plan_item", itemId, "LINK " + address, null, Map.of("url", address));
            return;
        }
        Long id = parts.length == 2 ? id(parts[1]) : null;
        if (id == null) {
            throw UserInputException.of("ref", "planProgress.error.ref");
        }
        String name = choices.titleOf(unit.id(), source, id).orElseThrow(() -> new NotFoundException(source + " " + id + " of unit " + unit.id()));
        if (evidence.has(unit.id(), itemId, source, id)) {
            throw UserInputException.of("ref", "planProgress.error.duplicate");
        }
        String shown = name.length() > TITLE_MAX ? name.substring(0, TITLE_MAX - 1) + "…" : name;
        evidence.add(unit.id(), itemId, source, id, null, shown, now, actor.userId());
        audit.record(actor, unit.id(), "plan.progress.evidence.add", "plan_item", itemId, source + " " + id + ": " + shown, null,
                Map.of("source", source.name(), "refId", id));
    }

    @Transactional
    public void removeEvidence(Actor actor, UnitRef unit, long planId, long itemId, long evidenceId) {
        issuedItem(unit, planId, itemId);
        if (!evidence.remove(unit.id(), itemId, evidenceId)) {
            throw new NotFoundException("evidence " + evidenceId);
        }
        audit.record(actor, unit.id(), "plan.progress.evidence.remove", "plan_item", itemId, "evidence " + evidenceId, Map.of("id", evidenceId), null);
    }

    /** The item of the unit's plan, when that plan is issued: 404 when either is not the unit's, a message when not issued. */
    private PlanRows.ItemRow issuedItem(UnitRef unit, long planId, long itemId) {
        PlanRows.PlanRow plan = plans.plan(unit.id(), planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        PlanRows.ItemRow item = plans.item(unit.id(), planId, itemId).orElseThrow(() -> new NotFoundException("plan item " + itemId));
        if (!plan.issued()) {
            throw UserInputException.of("plan", "planProgress.error.notIssued");
        }
        return item;
    }

    static Integer quarter(String value) {
        if (value == null || !value.strip().matches("[1-4]")) {
            return null;
        }
        return Integer.parseInt(value.strip());
    }

    private static Long id(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(value.strip());
    }
}
