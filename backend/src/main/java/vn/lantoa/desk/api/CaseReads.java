package vn.lantoa.desk.api;

import jakarta.inject.Singleton;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.desk.privacy.PersonalDataViews;
import vn.lantoa.desk.tree.CaseMoves;
import vn.lantoa.people.MemberRow;
import vn.lantoa.people.UserRepository;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cases as the API answers them, one or a page: with the citizen's personal data for the unit's desk roles only
 * ({@link PersonalDataViews#shownTo}), and then a record of the view in the audit log for every case that showed any, as the
 * officer's case page keeps one. An answer to a change (acknowledge, answer...) shows the case again, so it is recorded too.
 */
@Singleton
class CaseReads {

    private final CaseStepApiRepository steps;
    private final CaseMoves moves;
    private final SlaClock sla;
    private final UserRepository users;
    private final PersonalDataViews views;
    private final Clock clock;

    CaseReads(CaseStepApiRepository steps, CaseMoves moves, SlaClock sla, UserRepository users, PersonalDataViews views, Clock clock) {
        this.steps = steps;
        this.moves = moves;
        this.sla = sla;
        this.users = users;
        this.views = views;
        this.clock = clock;
    }

    CaseViews.CaseView view(Actor actor, UnitRef unit, DeskCase c) {
        boolean personal = PersonalDataViews.shownTo(actor, unit);
        CaseViews.CaseView view = CaseViews.view(c, unit.name(), name(members(unit.id()), c), personal, sla, clock.instant(),
                steps.history(unit.id(), c.id()), moves.of(c, personal));
        if (personal && !c.anonymous()) {
            views.viewed(actor, c);
        }
        return view;
    }

    List<CaseViews.CaseSummary> summaries(Actor actor, UnitRef unit, List<DeskCase> found) {
        Map<Long, String> members = members(unit.id());
        boolean personal = PersonalDataViews.shownTo(actor, unit);
        Instant now = clock.instant();
        var days = sla.days(unit.id());
        List<CaseViews.CaseSummary> summaries = found.stream().map(d -> CaseViews.summary(d, name(members, d), personal, sla, now,
                days.getOrDefault(d.topic(), SlaClock.Days.DEFAULT))).toList();
        if (personal) {
            views.viewed(actor, unit.id(), found.stream().filter(d -> !d.anonymous()).map(PersonalDataViews.Shown::of).toList());
        }
        return summaries;
    }

    Map<Long, String> members(long unitId) {
        return users.findMembersOf(unitId).stream().collect(Collectors.toMap(MemberRow::id, MemberRow::fullName, (a, b) -> a, LinkedHashMap::new));
    }

    private static String name(Map<Long, String> members, DeskCase c) {
        return c.assigneeId() == null ? null : members.get(c.assigneeId());
    }
}
