package vn.lantoa.committee;

import jakarta.inject.Singleton;

import java.util.List;

/** Read-only summaries of a committee for other capabilities' pages (the unit overview). */
@Singleton
public class CommitteeReads {

    public record Summary(Committee committee, CommitteeMember spokesperson, long memberCount) {
    }

    private final CommitteeRepository committees;
    private final CommitteeMemberRepository members;

    CommitteeReads(CommitteeRepository committees, CommitteeMemberRepository members) {
        this.committees = committees;
        this.members = members;
    }

    /** The caller has already checked that the reader may see this unit. */
    public Summary summaryOf(long unitId) {
        List<CommitteeMember> list = members.findByUnit(unitId);
        return new Summary(committees.findByUnitId(unitId).orElse(null),
                list.stream().filter(CommitteeMember::spokesperson).findFirst().orElse(null), list.size());
    }

    /** The committee's members in their order, for the unit's public contacts page. */
    public List<CommitteeMember> members(long unitId) {
        return members.findByUnit(unitId);
    }
}
