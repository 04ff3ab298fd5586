package vn.lantoa.desk.tree;

import jakarta.inject.Singleton;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.privacy.PersonalDataViews;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When the unit above reads a case below unmasked, and the record that it did. The citizen's personal data is the handling
 * unit's; the unit above reads it only on a case that passed through it (forwarded by it or to it, or escalated to it), and
 * then only its own desk roles ({@link PersonalDataViews#shownTo}): its reporters, viewers, read-only keys of other roles and the
 * units higher up read it masked ({@link Masks}). Every unmasked view, on the pages and through the API, is recorded in the
 * case's unit's audit log, naming the unit it was read from.
 */
@Singleton
class Unmasking {

    private final TransferRepository transfers;
    private final PersonalDataViews views;

    Unmasking(TransferRepository transfers, PersonalDataViews views) {
        this.transfers = transfers;
        this.views = views;
    }

    /** Of these cases below top, those the actor reads unmasked. */
    Set<Long> unmasked(Actor actor, UnitRef top, Collection<Long> caseIds) {
        if (caseIds.isEmpty() || !PersonalDataViews.shownTo(actor, top)) {
            return Set.of();
        }
        return transfers.ofCases(caseIds).stream().filter(t -> t.toUnitId() == top.id() || t.fromUnitId() == top.id()).map(CaseTransfer::caseId)
                .collect(Collectors.toSet());
    }

    /** Records the rows of a list shown unmasked (those with any personal data), each case once though a page lists it twice. */
    void viewed(Actor actor, UnitRef top, List<OpenBelow.Found> rows, Set<Long> unmasked) {
        Map<Long, PersonalDataViews.Shown> shown = new LinkedHashMap<>();
        for (OpenBelow.Found f : rows) {
            if (unmasked.contains(f.id()) && (f.name() != null || f.phone() != null || f.email() != null)) {
                shown.putIfAbsent(f.id(), new PersonalDataViews.Shown(f.id(), f.unitId(), f.code(), f.name(), f.phone(), f.email()));
            }
        }
        if (!shown.isEmpty()) {
            views.viewed(actor, top.id(), shown.values());
        }
    }

    /** Records one case shown unmasked, when it has any personal data. */
    void viewed(Actor actor, UnitRef top, DeskCase c) {
        if (!c.anonymous()) {
            views.viewed(actor, top.id(), List.of(PersonalDataViews.Shown.of(c)));
        }
    }
}
