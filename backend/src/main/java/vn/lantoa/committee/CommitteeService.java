package vn.lantoa.committee;

import vn.lantoa.platform.publication.PublicChanges;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.EmailDomainPolicy;
import vn.lantoa.tenancy.MembershipRepository;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.List;

/**
 * Changes to a unit's Ban truyền thông. Its contact addresses must be official ones where the unit's tree
 * requires it (seed 004); a member linked to an account must be a person of the same unit; one
 * spokesperson at a time.
 */
@Singleton
public class CommitteeService {

    private final PublicChanges publicChanges;

    private final CommitteeRepository committees;
    private final CommitteeMemberRepository members;
    private final MembershipRepository memberships;
    private final EmailDomainPolicy domains;
    private final Access access;
    private final AuditLog audit;

    CommitteeService(CommitteeRepository committees, CommitteeMemberRepository members, MembershipRepository memberships,
                     EmailDomainPolicy domains, Access access, AuditLog audit, PublicChanges publicChanges) {
        this.publicChanges = publicChanges;
        this.committees = committees;
        this.members = members;
        this.memberships = memberships;
        this.domains = domains;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Committee saveSettings(Actor actor, UnitRef unit, CommitteeForm.Draft draft) {
        publicChanges.changed(unit.id());
        access.require(actor, unit, Permission.EDIT_COMMITTEE);
        checkOfficial(unit, "hotlineEmail", draft.hotlineEmail());
        Committee current = committees.findByUnitId(unit.id()).orElse(null);
        if (current == null) {
            // Made from a version that exists (not -1, "before the first save"): someone saved and it was since removed.
            if (draft.version() != null && draft.version() != -1) {
                throw new StaleVersionException();
            }
            Committee created = committees.save(new Committee(unit.id(), draft.decisionNumber(), draft.decisionDate(), draft.hotlinePhone(),
                    draft.hotlineEmail(), draft.note(), null, null, actor.userId(), null));
            audit.record(actor, unit.id(), "committee.created", "committee", unit.id(), "Lập thông tin Ban truyền thông", null, created.auditView());
            return created;
        }
        if (draft.version() != null && !draft.version().equals(current.version())) {
            throw new StaleVersionException();
        }
        Committee updated = committees.update(new Committee(unit.id(), draft.decisionNumber(), draft.decisionDate(), draft.hotlinePhone(),
                draft.hotlineEmail(), draft.note(), current.createdAt(), current.updatedAt(), actor.userId(), current.version()));
        audit.record(actor, unit.id(), "committee.updated", "committee", unit.id(), "Sửa thông tin Ban truyền thông",
                current.auditView(), updated.auditView());
        return updated;
    }

    @Transactional
    public CommitteeMember addMember(Actor actor, UnitRef unit, MemberForm.Draft draft) {
        publicChanges.changed(unit.id());
        access.require(actor, unit, Permission.EDIT_COMMITTEE);
        check(unit, draft);
        CommitteeMember saved = members.save(new CommitteeMember(null, unit.id(), draft.fullName(), draft.jobTitle(), draft.role(), draft.duties(),
                draft.phone(), draft.email(), draft.userId(), draft.spokesperson(), draft.sortOrder(), null, null, actor.userId(), null));
        if (saved.spokesperson()) {
            members.clearSpokespersonExcept(unit.id(), saved.id());
        }
        audit.record(actor, unit.id(), "committee.memberAdded", "committeeMember", saved.id(),
                "Thêm " + saved.fullName() + " vào Ban truyền thông", null, saved.auditView());
        return saved;
    }

    @Transactional
    public CommitteeMember updateMember(Actor actor, UnitRef unit, long memberId, MemberForm.Draft draft) {
        publicChanges.changed(unit.id());
        access.require(actor, unit, Permission.EDIT_COMMITTEE);
        CommitteeMember current = members.findByUnitIdAndId(unit.id(), memberId).orElseThrow(() -> new NotFoundException("member"));
        if (draft.version() != null && !draft.version().equals(current.version())) {
            throw new StaleVersionException();
        }
        check(unit, draft);
        CommitteeMember updated = members.update(new CommitteeMember(current.id(), unit.id(), draft.fullName(), draft.jobTitle(), draft.role(),
                draft.duties(), draft.phone(), draft.email(), draft.userId(), draft.spokesperson(), draft.sortOrder(), current.createdAt(),
                current.updatedAt(), actor.userId(), current.version()));
        if (updated.spokesperson()) {
            members.clearSpokespersonExcept(unit.id(), updated.id());
        }
        audit.record(actor, unit.id(), "committee.memberUpdated", "committeeMember", memberId,
                "Sửa thành viên Ban truyền thông " + updated.fullName(), current.auditView(), updated.auditView());
        return updated;
    }

    @Transactional
    public void removeMember(Actor actor, UnitRef unit, long memberId) {
        publicChanges.changed(unit.id());
        access.require(actor, unit, Permission.EDIT_COMMITTEE);
        CommitteeMember current = members.findByUnitIdAndId(unit.id(), memberId).orElseThrow(() -> new NotFoundException("member"));
        members.deleteByUnitIdAndId(unit.id(), memberId);
        audit.record(actor, unit.id(), "committee.memberRemoved", "committeeMember", memberId,
                "Xóa " + current.fullName() + " khỏi Ban truyền thông", current.auditView(), null);
    }

    public List<CommitteeMember> membersOf(UnitRef unit) {
        return members.findByUnit(unit.id());
    }

    private void check(UnitRef unit, MemberForm.Draft draft) {
        FieldErrors errors = new FieldErrors();
        if (draft.userId() != null && memberships.findByUnitIdAndUserId(unit.id(), draft.userId()).isEmpty()) {
            errors.add("userId", "committee.userId.notMember");
        }
        if (draft.email() != null && !domains.allows(unit, draft.email())) {
            errors.add("email", "people.email.notOfficial", String.join(", ", domains.requiredFor(unit)));
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
    }

    private void checkOfficial(UnitRef unit, String field, String email) {
        if (email != null && !domains.allows(unit, email)) {
            throw UserInputException.of(field, "people.email.notOfficial", String.join(", ", domains.requiredFor(unit)));
        }
    }
}
