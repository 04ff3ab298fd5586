package vn.lantoa.reporting.obligation;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.reporting.form.FormBuilder;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.shell.Shell;

import java.util.List;

/** The pages of an issuer's set-up: its obligations, forms and unit groups. */
public final class ObligationPages {

    private ObligationPages() {
    }

    /** One obligation in the issuer's list, with its rule and audience in words. */
    public record IssuedRow(Obligation obligation, String formTitle, String audienceWords, String ruleWords) {
    }

    public record ObligationsPage(Shell shell, List<IssuedRow> issued, boolean canManage, boolean hasForms) {
    }

    public record NewObligationPage(Shell shell, ObligationForm form, List<Option> forms, List<Option> audienceChoices, FieldErrors errors) {
    }

    public record FormRow(ReportForm form, int fields, long obligations) {
    }

    public record FormsPage(Shell shell, List<FormRow> forms, boolean canManage) {
    }

    public record FormEditPage(Shell shell, Long formId, int version, FormBuilder.Draft draft, List<Option> types, List<Option> rollUps,
                               List<Option> prefills, List<Option> sections, List<Option> numbers, FieldErrors errors, boolean canManage) {

        public String action() {
            return shell.unitBase() + "/report-forms" + (formId == null ? "" : "/" + formId);
        }
    }

    public record GroupsPage(Shell shell, List<UnitGroups.Group> groups, List<UnitGroups.Candidate> candidates, String name,
                             java.util.Set<Long> chosen, FieldErrors errors, boolean canManage) {
    }
}
