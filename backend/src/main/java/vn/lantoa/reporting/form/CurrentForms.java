package vn.lantoa.reporting.form;

import jakarta.inject.Singleton;

/**
 * The current version of a form, read as its definition: what the screens over an obligation's reports (dashboard,
 * roll-up, exam board, the units-below totals) show and count. The form may belong to a unit above the reader.
 */
@Singleton
public class CurrentForms {

    private final ReportFormVersionRepository versions;
    private final Answers answers;

    CurrentForms(ReportFormVersionRepository versions, Answers answers) {
        this.versions = versions;
        this.answers = answers;
    }

    public FormDefinition of(long formId) {
        return answers.form(versions.findCurrent$WithoutTenancy(formId).orElseThrow());
    }
}
