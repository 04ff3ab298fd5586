package vn.lantoa.reporting.review;

import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.form.Answers;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.ReportFormVersionRepository;
import vn.lantoa.reporting.form.ReportNumber;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers of a sent report as numbers: each number field of its form's single sections, read from the answers as
 * the form reads them ("92,5", "1.200") into exact decimals, for programs that add them up. Text, choices and the rows
 * of repeating tables stay in the answers as typed.
 */
@Singleton
class SentNumbers {

    private final ReportFormVersionRepository versions;
    private final Answers answers;

    SentNumbers(ReportFormVersionRepository versions, Answers answers) {
        this.versions = versions;
        this.answers = answers;
    }

    /** Forms already read, by version: the lines of one list share a few versions. */
    Map<Long, FormDefinition> cache() {
        return new HashMap<>();
    }

    Map<String, BigDecimal> of(Report report, Map<String, String> sent, Map<Long, FormDefinition> forms) {
        FormDefinition form = forms.computeIfAbsent(report.formVersionId(), id -> answers.form(versions.findById$WithoutTenancy(id).orElseThrow()));
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        for (FormSection section : form.sections()) {
            if (section.repeating()) {
                continue;
            }
            for (FormField field : section.fields()) {
                BigDecimal n = field.type() == FieldType.NUMBER ? FormDefinition.parseNumber(sent.get(field.key())) : null;
                if (n != null) {
                    numbers.put(field.key(), ReportNumber.normal(n));
                }
            }
        }
        return numbers;
    }
}
