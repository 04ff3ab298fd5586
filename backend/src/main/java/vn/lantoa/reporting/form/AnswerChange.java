package vn.lantoa.reporting.form;

/** One field that differs between two versions of a report, with its label as the form shows it. */
public record AnswerChange(String field, String label, String before, String after) {
}
