package vn.lantoa.unit;

import vn.lantoa.platform.publication.PublicChanges;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.text.Slugs;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.ForbiddenException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.tenancy.UnitType;

import io.micronaut.context.event.ApplicationEventPublisher;
import vn.lantoa.tenancy.SubtreeMoved;
import vn.lantoa.tenancy.TreeHistory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Creating, editing and moving units: the rules of the tree (a school has no units below it, the ministry
 * is the root), unique slugs and host names, and the audit record of each change.
 */
@Singleton
public class UnitService {

    private final PublicChanges publicChanges;

    private final UnitRepository units;
    private final UnitRefRepository refs;
    private final UnitMoveRepository moves;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;
    private final UnitPlacements placements;
    private final ApplicationEventPublisher<SubtreeMoved> moved;

    UnitService(UnitRepository units, UnitRefRepository refs, UnitMoveRepository moves, Access access, AuditLog audit, Clock clock, PublicChanges publicChanges,
                UnitPlacements placements, ApplicationEventPublisher<SubtreeMoved> moved) {
        this.placements = placements;
        this.moved = moved;
        this.publicChanges = publicChanges;
        this.units = units;
        this.refs = refs;
        this.moves = moves;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a unit below {@code parentId}, or a root unit when it is null (platform admins only). */
    @Transactional
    public Unit create(Actor actor, Long parentId, UnitDraft draft) {
        // Names, addresses and the tree appear on every site (directories, parents, footers).
        publicChanges.changedAll();
        UnitRef parent = null;
        if (parentId == null) {
            access.requirePlatformAdmin(actor);
        } else {
            parent = access.require(actor, parentId, Permission.MANAGE_UNIT);
        }
        FieldErrors errors = new FieldErrors();
        checkPlacement(draft.type(), parent, errors);
        String slug = draft.slug() == null ? freeSlug(Slugs.forUnitName(draft.name())) : draft.slug();
        if (draft.slug() != null && units.existsBySlug(slug)) {
            errors.add("slug", "unit.slug.taken");
        }
        checkHostChange(actor, null, draft.hostName(), errors);
        if (!errors.has("hostName") && draft.hostName() != null && units.existsByHostName(draft.hostName())) {
            errors.add("hostName", "unit.hostName.taken");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Unit saved = units.save(new Unit(null, parentId, "/", 0, draft.type(), draft.schoolLevel(), draft.name(), draft.shortName(),
                slug, draft.hostName(), draft.address(), draft.phone(), draft.email(), draft.website(), draft.officialEmailDomains(),
                draft.closedOn(), searchText(draft.name(), draft.shortName(), slug), null, null, actor.userId(), actor.userId(), null, null, false));
        String path = (parent == null ? "/" : parent.path()) + saved.id() + "/";
        int depth = parent == null ? 0 : parent.depth() + 1;
        units.setPath(saved.id(), path, depth);
        placements.first(saved.id(), parentId, path, depth, TreeHistory.closing(draft.closedOn()));
        Unit created = units.findById(saved.id()).orElseThrow();
        audit.record(actor, created.id(), "unit.created", "unit", created.id(), "Tạo đơn vị " + created.name(), null, created.auditView());
        return created;
    }

    @Transactional
    public Unit update(Actor actor, long unitId, UnitDraft draft) {
        // Names, addresses and the tree appear on every site (directories, parents, footers).
        publicChanges.changedAll();
        access.require(actor, unitId, Permission.MANAGE_UNIT);
        Unit current = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        if (draft.version() != null && !draft.version().equals(current.version())) {
            throw new StaleVersionException();
        }
        FieldErrors errors = new FieldErrors();
        UnitRef parent = current.parentId() == null ? null : refs.findById(current.parentId()).orElseThrow();
        if (draft.type() != current.type()) {
            checkPlacement(draft.type(), parent, errors);
            if (!draft.type().mayHaveChildren() && units.countByParentId(unitId) > 0) {
                errors.add("type", "unit.type.hasChildren");
            }
        }
        String slug = draft.slug() == null ? current.slug() : draft.slug();
        if (!slug.equals(current.slug()) && units.existsBySlugAndIdNotEqual(slug, unitId)) {
            errors.add("slug", "unit.slug.taken");
        }
        checkHostChange(actor, current.hostName(), draft.hostName(), errors);
        // Only a platform admin changes it here; anyone else keeps it (an empty field too) and uses the host-name page.
        String hostName = actor.platformAdmin() ? draft.hostName() : current.hostName();
        if (!errors.has("hostName") && hostName != null && units.existsByHostNameAndIdNotEqual(hostName, unitId)) {
            errors.add("hostName", "unit.hostName.taken");
        }
        boolean closingChanged = !java.util.Objects.equals(draft.closedOn(), current.closedOn());
        if (closingChanged && draft.closedOn() != null) {
            checkClosing(current, draft.closedOn(), errors);
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        // A reopened unit has no successor any more.
        Long successor = draft.closedOn() == null ? null : current.successorUnitId();
        boolean redirect = draft.closedOn() != null && current.hostRedirect() && draft.hostName() != null;
        Unit changed = new Unit(current.id(), current.parentId(), current.path(), current.depth(), draft.type(), draft.schoolLevel(),
                draft.name(), draft.shortName(), slug, hostName, draft.address(), draft.phone(), draft.email(), draft.website(),
                draft.officialEmailDomains(), draft.closedOn(), searchText(draft.name(), draft.shortName(), slug),
                current.createdAt(), current.updatedAt(), current.createdBy(), actor.userId(), current.version(), successor, redirect);
        Unit updated = units.update(changed);
        if (closingChanged) {
            placements.closeAt(unitId, TreeHistory.closing(draft.closedOn()));
        }
        audit.record(actor, unitId, "unit.updated", "unit", unitId, "Sửa thông tin đơn vị " + updated.name(),
                current.auditView(), updated.auditView());
        return updated;
    }

    /**
     * Moves a unit, with everything below it, under another parent. Its data stays keyed by its id, so
     * nothing is copied or lost; the move itself is kept in unit_move.
     */
    @Transactional
    public void move(Actor actor, long unitId, long newParentId, String reason) {
        // Names, addresses and the tree appear on every site (directories, parents, footers).
        publicChanges.changedAll();
        UnitRef unit = refs.findById(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        access.require(actor, unit, Permission.VIEW);
        if (unit.parentId() == null) {
            throw UserInputException.of("parentId", "unit.move.root");
        }
        UnitRef oldParent = refs.findById(unit.parentId()).orElseThrow();
        // Moving out needs authority over where the unit is now, not only over the unit itself.
        if (!access.can(actor, oldParent, Permission.MANAGE_UNIT)) {
            throw new ForbiddenException("move unit " + unitId);
        }
        UnitRef newParent = refs.findById(newParentId).orElseThrow(() -> UserInputException.of("parentId", "unit.move.targetMissing"));
        if (!access.can(actor, newParent, Permission.MANAGE_UNIT)) {
            throw UserInputException.of("parentId", "unit.move.targetMissing");
        }
        FieldErrors errors = new FieldErrors();
        if (unit.closed()) {
            errors.add("parentId", "unit.move.closed");
        } else if (unit.isSameOrAncestorOf(newParent)) {
            errors.add("parentId", "unit.move.intoItself");
        } else if (newParent.id().equals(unit.parentId())) {
            errors.add("parentId", "unit.move.sameParent");
        } else {
            checkPlacement(unit.type(), newParent, errors);
        }
        String cleanReason = VietnameseText.blankToNull(reason);
        if (cleanReason != null && cleanReason.length() > 500) {
            errors.add("reason", "field.tooLong", 500);
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        String newPath = newParent.path() + unit.id() + "/";
        // Whole seconds, as the embedded database keeps them: the placements' bounds and the move's record agree.
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        int depthDelta = newParent.depth() + 1 - unit.depth();
        units.rerootSubtree(unit.path(), unit.path().length(), newPath, depthDelta);
        units.setParent(unit.id(), newParent.id(), at, actor.userId());
        placements.moveSubtree(unit.id(), newParent.id(), unit.path(), newPath, depthDelta, at);
        moves.save(new UnitMove(null, unit.id(), oldParent.id(), newParent.id(), unit.path(), newPath, cleanReason, at, actor.userId()));
        moved.publishEvent(new SubtreeMoved(unit.id(), oldParent.id(), newParent.id(), unit.path(), newPath, at));
        audit.record(actor, unit.id(), "unit.moved", "unit", unit.id(),
                "Chuyển " + unit.name() + " từ " + oldParent.name() + " sang " + newParent.name(),
                java.util.Map.of("parentId", oldParent.id(), "parent", oldParent.name()),
                java.util.Map.of("parentId", newParent.id(), "parent", newParent.name()));
    }

    /**
     * A host name is the platform admin's to give. Anyone else proves a new one through a claim (unit.host.HostClaims):
     * whoever could type the ministry's domain would otherwise get it.
     */
    private static void checkHostChange(Actor actor, String current, String wanted, FieldErrors errors) {
        if (wanted != null && !wanted.equalsIgnoreCase(current == null ? "" : current) && !actor.platformAdmin()) {
            errors.add("hostName", "unit.hostName.claimRequired");
        }
    }

    /**
     * Closes a unit on a day (dissolved, or merged into a successor, whose site its public site then points to). Like a
     * move it is decided above the unit: by whoever administers its parent (the platform for a root). The units below
     * must have moved or closed first, so the tree of every period stays whole. Its reports stay where they were sent.
     */
    @Transactional
    public Unit close(Actor actor, long unitId, UnitClosing closing) {
        publicChanges.changedAll();
        UnitRef ref = refs.findById(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        access.require(actor, ref, Permission.VIEW);
        UnitRef parent = ref.parentId() == null ? null : refs.findById(ref.parentId()).orElseThrow();
        if (parent == null ? !actor.platformAdmin() : !access.can(actor, parent, Permission.MANAGE_UNIT)) {
            throw new ForbiddenException("close unit " + unitId);
        }
        Unit current = units.findById(unitId).orElseThrow();
        FieldErrors errors = new FieldErrors();
        if (closing.closedOn() == null) {
            errors.add("closedOn", "unit.close.dateRequired");
        } else {
            checkClosing(current, closing.closedOn(), errors);
        }
        Long successorId = closing.successorId();
        if (successorId != null) {
            UnitRef successor = refs.findById(successorId).filter(s -> access.can(actor, s, Permission.VIEW)).orElse(null);
            if (successor == null) {
                errors.add("successorId", "unit.close.successorMissing");
            } else if (ref.isSameOrAncestorOf(successor)) {
                errors.add("successorId", "unit.close.successorItself");
            } else if (successor.closed()) {
                errors.add("successorId", "unit.close.successorClosed");
            }
        }
        if (closing.hostRedirect() && (successorId == null || current.hostName() == null)) {
            errors.add("hostRedirect", "unit.close.redirectNeedsSuccessor");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Unit changed = new Unit(current.id(), current.parentId(), current.path(), current.depth(), current.type(), current.schoolLevel(),
                current.name(), current.shortName(), current.slug(), current.hostName(), current.address(), current.phone(), current.email(),
                current.website(), current.officialEmailDomains(), closing.closedOn(), current.searchText(), current.createdAt(), current.updatedAt(),
                current.createdBy(), actor.userId(), current.version(), successorId, closing.hostRedirect());
        Unit updated = units.update(changed);
        placements.closeAt(unitId, TreeHistory.closing(closing.closedOn()));
        String successorName = successorId == null ? null : refs.findById(successorId).map(UnitRef::name).orElse(null);
        audit.record(actor, unitId, "unit.closed", "unit", unitId, successorName == null ? "Giải thể " + current.name()
                : "Sáp nhập " + current.name() + " vào " + successorName, current.auditView(), updated.auditView());
        return updated;
    }

    /** A unit closes only once nothing stands below it, and not before the day it took its current place. */
    private void checkClosing(Unit unit, LocalDate closedOn, FieldErrors errors) {
        if (!refs.findOpenChildren(unit.id()).isEmpty()) {
            errors.add("closedOn", "unit.close.hasOpenChildren");
            return;
        }
        UnitRef ref = refs.findById(unit.id()).orElseThrow();
        if (ref.placedAt() != null && TreeHistory.closing(closedOn).isBefore(ref.placedAt())) {
            errors.add("closedOn", "unit.close.beforeMove");
        }
    }

    private static void checkPlacement(UnitType type, UnitRef parent, FieldErrors errors) {
        if (type == null) {
            return;
        }
        if (parent != null && parent.closed()) {
            errors.add("parentId", "unit.parent.closed");
        } else if (!type.mayBeUnder(parent == null ? null : parent.type())) {
            errors.add("type", parent == null ? "unit.type.notRoot" : "unit.type.notUnderParent");
        }
    }

    /** "thpt-lak", or "thpt-lak-2" when taken: two schools of the same name in different provinces both get a site. */
    String freeSlug(String base) {
        String root = base.isEmpty() ? "don-vi" : base;
        if (root.length() < 2) {
            root = "don-vi-" + root;
        }
        String candidate = root;
        for (int n = 2; units.existsBySlug(candidate) || UnitForm.RESERVED_SLUGS.contains(candidate); n++) {
            String suffix = "-" + n;
            candidate = (root.length() + suffix.length() > Slugs.MAX_LENGTH ? root.substring(0, Slugs.MAX_LENGTH - suffix.length()) : root) + suffix;
        }
        return candidate;
    }

    static String searchText(String name, String shortName, String slug) {
        String text = VietnameseText.fold(name + " " + (shortName == null ? "" : shortName) + " " + slug.replace('-', ' '));
        return text.length() > 700 ? text.substring(0, 700) : text;
    }
}
