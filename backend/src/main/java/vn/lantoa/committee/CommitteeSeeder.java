package vn.lantoa.committee;

import jakarta.inject.Singleton;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.List;

/** Writes a whole committee through the same rules as the pages: for demo data and fixtures. */
@Singleton
public class CommitteeSeeder {

    /** A member to add; userId links them to their account, null for a member without one. */
    public record SeedMember(Long userId, String fullName, String email, String jobTitle, String role, String duties, String phone,
                             boolean spokesperson) {
    }

    private final CommitteeService service;
    private final UnitRefRepository units;

    CommitteeSeeder(CommitteeService service, UnitRefRepository units) {
        this.service = service;
        this.units = units;
    }

    public void seed(Actor actor, long unitId, CommitteeForm settings, List<SeedMember> members) {
        UnitRef unit = units.findById(unitId).orElseThrow();
        FieldErrors settingErrors = new FieldErrors();
        CommitteeForm.Draft draft = settings.validate(settingErrors);
        if (settingErrors.hasAny()) {
            throw new UserInputException(settingErrors);
        }
        service.saveSettings(actor, unit, draft);
        int order = 1;
        for (SeedMember m : members) {
            MemberForm form = new MemberForm(m.fullName(), m.jobTitle(), m.role(), m.duties(), m.phone(), m.email(),
                    m.userId() == null ? "" : String.valueOf(m.userId()), m.spokesperson() ? "true" : "", String.valueOf(order++), "");
            FieldErrors errors = new FieldErrors();
            MemberForm.Draft member = form.validate(errors);
            if (errors.hasAny()) {
                throw new UserInputException(errors);
            }
            service.addMember(actor, unit, member);
        }
    }
}
