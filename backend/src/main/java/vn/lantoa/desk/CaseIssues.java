package vn.lantoa.desk;

import vn.lantoa.platform.web.Option;

import java.util.List;

/** The public-opinion issues a case is linked to (the register, desk.register, answers it), as address and title. */
public interface CaseIssues {

    List<Option> of(long unitId, long caseId);
}
