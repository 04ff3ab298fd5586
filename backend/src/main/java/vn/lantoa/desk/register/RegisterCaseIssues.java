package vn.lantoa.desk.register;

import jakarta.inject.Singleton;
import vn.lantoa.desk.CaseIssues;
import vn.lantoa.platform.web.Option;

import java.util.List;

/** A case page's links to the register entries it is part of. */
@Singleton
class RegisterCaseIssues implements CaseIssues {

    private final RegisterLinks links;

    RegisterCaseIssues(RegisterLinks links) {
        this.links = links;
    }

    @Override
    public List<Option> of(long unitId, long caseId) {
        return links.issuesOfCase(unitId, caseId).stream()
                .map(i -> new Option("/admin/u/" + unitId + "/desk/register/" + i.id(), i.name())).toList();
    }
}
