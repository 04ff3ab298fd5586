package vn.lantoa.desk.register;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writing the register: an entry with the units it concerns (the unit itself or units below it) and the unit's desk
 * cases linked to it, checked, saved and audited in one transaction. An edit names the version it was made from; if
 * someone saved first, nothing is written and the person is told.
 */
@Singleton
class Register {

    private final IssueRepository issues;
    private final RegisterLinks links;
    private final AuditLog audit;
    private final Clock clock;

    Register(IssueRepository issues, RegisterLinks links, AuditLog audit, Clock clock) {
        this.issues = issues;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    java.time.LocalDate today() {
        return VietnamTime.today(clock);
    }

    /** The draft of what was typed, or 400/422-style field errors; unknown units and case codes are named next to their field. */
    IssueInput.Draft check(UnitRef unit, IssueInput input) {
        FieldErrors errors = new FieldErrors();
        IssueInput.Draft draft = input.validate(errors, VietnamTime.today(clock));
        if (draft != null) {
            resolve(unit, draft, errors);
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return draft;
    }

    @Transactional
    Issue create(Actor actor, UnitRef unit, IssueInput.Draft d) {
        Resolved r = resolveOrThrow(unit, d);
        Instant now = clock.instant();
        Issue saved = issues.save(new Issue(null, unit.id(), d.title(), d.source(), d.link(), d.firstSeenOn(), d.severity(), d.status(), d.handling(),
                d.result(), searchText(d), d.status() == IssueStatus.RESOLVED ? now : null, now, now, actor.userId(), actor.userId(), null));
        links.replace(unit.id(), saved.id(), r.unitIds(), r.caseIds().values());
        audit.record(actor, unit.id(), "register.create", "public_opinion_issue", saved.id(), d.title(), null, snapshot(saved, r));
        return saved;
    }

    @Transactional
    Issue update(Actor actor, UnitRef unit, long issueId, long expectedVersion, IssueInput.Draft d) {
        Issue current = issues.findForUpdate(unit.id(), issueId).orElseThrow(() -> new NotFoundException("issue " + issueId));
        if (current.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        Resolved r = resolveOrThrow(unit, d);
        Resolved before = new Resolved(links.concernedUnits(unit.id(), issueId).stream().map(RegisterLinks.Named::id).toList(),
                byCode(links.cases(unit.id(), issueId)));
        Instant now = clock.instant();
        Instant resolvedAt = d.status() != IssueStatus.RESOLVED ? null : current.resolvedAt() != null ? current.resolvedAt() : now;
        Issue saved = issues.update(new Issue(current.id(), unit.id(), d.title(), d.source(), d.link(), d.firstSeenOn(), d.severity(), d.status(),
                d.handling(), d.result(), searchText(d), resolvedAt, current.createdAt(), now, current.createdBy(), actor.userId(), current.version()));
        links.replace(unit.id(), issueId, r.unitIds(), r.caseIds().values());
        audit.record(actor, unit.id(), "register.update", "public_opinion_issue", issueId, d.title(), snapshot(current, before), snapshot(saved, r));
        return issues.findByUnitIdAndId(unit.id(), issueId).orElseThrow();
    }

    private record Resolved(List<Long> unitIds, Map<String, Long> caseIds) {
    }

    private Resolved resolveOrThrow(UnitRef unit, IssueInput.Draft d) {
        FieldErrors errors = new FieldErrors();
        Resolved r = resolve(unit, d, errors);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return r;
    }

    private Resolved resolve(UnitRef unit, IssueInput.Draft d, FieldErrors errors) {
        List<Long> within = links.unitsWithin(unit.path(), d.unitIds()).stream().map(RegisterLinks.Named::id).toList();
        if (within.size() != d.unitIds().size()) {
            errors.add("unitIds", "register.units.invalid");
        }
        Map<String, Long> cases = links.casesByCode(unit.id(), d.caseCodes());
        d.caseCodes().stream().filter(c -> !cases.containsKey(c)).findFirst().ifPresent(c -> errors.add("caseCodes", "register.cases.unknown", c));
        return new Resolved(within, cases);
    }

    private static Map<String, Long> byCode(List<RegisterLinks.Named> cases) {
        Map<String, Long> byCode = new LinkedHashMap<>();
        cases.forEach(c -> byCode.put(c.name(), c.id()));
        return byCode;
    }

    private static String searchText(IssueInput.Draft d) {
        List<String> parts = new ArrayList<>();
        parts.add(d.title());
        if (d.handling() != null) {
            parts.add(d.handling());
        }
        if (d.result() != null) {
            parts.add(d.result());
        }
        parts.addAll(d.caseCodes());
        return VietnameseText.fold(String.join(" ", parts));
    }

    private static Map<String, Object> snapshot(Issue i, Resolved r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", i.title());
        m.put("source", i.source().name());
        m.put("link", i.link());
        m.put("firstSeenOn", String.valueOf(i.firstSeenOn()));
        m.put("severity", i.severity().name());
        m.put("status", i.status().name());
        m.put("handling", i.handling());
        m.put("result", i.result());
        m.put("unitIds", r.unitIds());
        m.put("caseCodes", Set.copyOf(r.caseIds().keySet()).stream().sorted().toList());
        return m;
    }
}
