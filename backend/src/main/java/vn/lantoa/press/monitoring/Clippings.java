package vn.lantoa.press.monitoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.desk.register.RegisterFromPress;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.topic.TopicLinks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writing a unit's clippings: checked, saved with the units they concern and audited in one transaction; an edit names
 * the version it was made from. Forwarding up copies a clipping into the parent's list once; a negative one opens its
 * public-opinion issue once.
 */
@Singleton
public class Clippings {

    private final ClippingRepository clippings;
    private final ClippingUnits units;
    private final UnitRefRepository refs;
    private final RegisterFromPress register;
    private final AuditLog audit;
    private final Clock clock;
    private final TopicLinks topicLinks;

    Clippings(ClippingRepository clippings, ClippingUnits units, UnitRefRepository refs, RegisterFromPress register, AuditLog audit, Clock clock,
              TopicLinks topicLinks) {
        this.topicLinks = topicLinks;
        this.clippings = clippings;
        this.units = units;
        this.refs = refs;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return VietnamTime.today(clock);
    }

    /** The draft, or field errors; concerned units must be the unit or below it. */
    ClippingInput.Draft check(UnitRef unit, ClippingInput input) {
        FieldErrors errors = new FieldErrors();
        ClippingInput.Draft d = input.validate(errors, today());
        if (d != null && units.within(unit.path(), d.unitIds()).size() != d.unitIds().size()) {
            errors.add("unitIds", "press.clipping.units.invalid");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return d;
    }

    /** Checks and saves a clipping as the form would (the demo writes through here). */
    @Transactional
    public Clipping add(Actor actor, UnitRef unit, ClippingInput input) {
        return create(actor, unit, check(unit, input));
    }

    /** The same, carrying the sector's shared topics (topic.TopicLinks) too. */
    @Transactional
    public Clipping add(Actor actor, UnitRef unit, ClippingInput input, List<Long> topicIds) {
        return create(actor, unit, check(unit, input), topicIds);
    }

    /** "Gửi lên cấp trên", as the button does. */
    @Transactional
    public Clipping sendUp(Actor actor, UnitRef unit, long clippingId) {
        return forwardUp(actor, unit, clippingId);
    }

    Clipping find(long unitId, long clippingId) {
        return clippings.findByUnitIdAndId(unitId, clippingId).orElseThrow(() -> new NotFoundException("clipping " + clippingId));
    }

    @Transactional
    Clipping create(Actor actor, UnitRef unit, ClippingInput.Draft d) {
        return create(actor, unit, d, null);
    }

    /** topicIds: the shared topics it carries (clipping_topic), written in the same transaction; null leaves them. */
    @Transactional
    Clipping create(Actor actor, UnitRef unit, ClippingInput.Draft d, List<Long> topicIds) {
        Instant now = clock.instant();
        Clipping saved = clippings.save(new Clipping(null, unit.id(), d.url(), d.outletName(), d.outletKind(), d.title(), d.publishedOn(), d.tone(),
                d.topicCodes(), d.reach(), d.note(), null, null, now, actor.userId(), now, null));
        units.replace(unit.id(), saved.id(), d.unitIds());
        if (topicIds != null) {
            topicLinks.replace(TopicLinks.Carrier.CLIPPING, unit, saved.id(), topicIds, "topicIds");
        }
        audit.record(actor, unit.id(), "press.clipping.create", "press_clipping", saved.id(), d.title(), null, snapshot(saved, d.unitIds()));
        return saved;
    }

    @Transactional
    Clipping update(Actor actor, UnitRef unit, long clippingId, long expectedVersion, ClippingInput.Draft d) {
        return update(actor, unit, clippingId, expectedVersion, d, null);
    }

    @Transactional
    Clipping update(Actor actor, UnitRef unit, long clippingId, long expectedVersion, ClippingInput.Draft d, List<Long> topicIds) {
        Clipping current = clippings.findForUpdate(unit.id(), clippingId).orElseThrow(() -> new NotFoundException("clipping " + clippingId));
        if (current.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        List<Long> before = units.of(unit.id(), clippingId).stream().map(ClippingUnits.Named::id).toList();
        Clipping saved = clippings.update(new Clipping(current.id(), unit.id(), d.url(), d.outletName(), d.outletKind(), d.title(), d.publishedOn(),
                d.tone(), d.topicCodes(), d.reach(), d.note(), current.forwardedFromId(), current.opinionIssueId(), current.createdAt(),
                current.createdBy(), clock.instant(), current.version()));
        units.replace(unit.id(), clippingId, d.unitIds());
        if (topicIds != null) {
            topicLinks.replace(TopicLinks.Carrier.CLIPPING, unit, clippingId, topicIds, "topicIds");
        }
        audit.record(actor, unit.id(), "press.clipping.update", "press_clipping", clippingId, d.title(), snapshot(current, before),
                snapshot(saved, d.unitIds()));
        return find(unit.id(), clippingId);
    }

    @Transactional
    void delete(Actor actor, UnitRef unit, long clippingId) {
        Clipping current = clippings.findForUpdate(unit.id(), clippingId).orElseThrow(() -> new NotFoundException("clipping " + clippingId));
        List<Long> before = units.of(unit.id(), clippingId).stream().map(ClippingUnits.Named::id).toList();
        units.forget$WithoutTenancy(unit.id(), clippingId);
        audit.record(actor, unit.id(), "press.clipping.delete", "press_clipping", clippingId, current.title(), snapshot(current, before), null);
    }

    /** Why a clipping cannot go up: the unit has no parent. */
    static final class NoParentException extends RuntimeException {
        NoParentException() {
            super("no unit above", null, false, false);
        }
    }

    /**
     * Copies the clipping into the parent's list, concerning this unit, and returns the copy; a clipping already sent up
     * returns the copy it made then.
     */
    @Transactional
    Clipping forwardUp(Actor actor, UnitRef unit, long clippingId) {
        Clipping c = clippings.findForUpdate(unit.id(), clippingId).orElseThrow(() -> new NotFoundException("clipping " + clippingId));
        if (unit.parentId() == null) {
            throw new NoParentException();
        }
        UnitRef parent = refs.findById(unit.parentId()).orElseThrow(NoParentException::new);
        var already = clippings.findForwarded(parent.id(), clippingId);
        if (already.isPresent()) {
            return already.get();
        }
        Instant now = clock.instant();
        Clipping copy = clippings.save(new Clipping(null, parent.id(), c.url(), c.outletName(), c.outletKind(), c.title(), c.publishedOn(), c.tone(),
                c.topics(), c.reach(), c.note(), c.id(), null, now, actor.userId(), now, null));
        units.replace(parent.id(), copy.id(), List.of(unit.id()));
        audit.record(actor, unit.id(), "press.clipping.forward", "press_clipping", clippingId, c.title(), null, Map.of("toUnitId", parent.id(),
                "copyId", copy.id()));
        audit.record(actor, parent.id(), "press.clipping.received", "press_clipping", copy.id(), c.title(), null, Map.of("fromUnitId", unit.id(),
                "fromClippingId", clippingId));
        return copy;
    }

    /** The copy the parent holds of this clipping, if it was sent up. */
    java.util.Optional<Clipping> forwarded(UnitRef unit, long clippingId) {
        return unit.parentId() == null ? java.util.Optional.empty() : clippings.findForwarded(unit.parentId(), clippingId);
    }

    /** Opens the clipping's public-opinion issue (once) and returns its id. */
    @Transactional
    long openIssue(Actor actor, UnitRef unit, long clippingId) {
        Clipping c = clippings.findForUpdate(unit.id(), clippingId).orElseThrow(() -> new NotFoundException("clipping " + clippingId));
        if (c.opinionIssueId() != null) {
            return c.opinionIssueId();
        }
        long issueId = register.open(actor, unit, c.title(), c.outletKind() == OutletKind.SOCIAL, c.url(), c.publishedOn(),
                c.outletName() + (c.note() == null ? "" : "\n" + c.note()));
        clippings.linkIssue(unit.id(), clippingId, issueId);
        return issueId;
    }

    private static Map<String, Object> snapshot(Clipping c, java.util.Collection<Long> unitIds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", c.url());
        m.put("outletName", c.outletName());
        m.put("outletKind", c.outletKind().name());
        m.put("title", c.title());
        m.put("publishedOn", String.valueOf(c.publishedOn()));
        m.put("tone", c.tone().name());
        m.put("topics", c.topics());
        m.put("reach", c.reach());
        m.put("note", c.note());
        m.put("unitIds", List.copyOf(unitIds));
        return m;
    }
}
