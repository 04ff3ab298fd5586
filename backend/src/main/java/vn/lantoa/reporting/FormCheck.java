package vn.lantoa.reporting;

import vn.lantoa.platform.web.FieldErrors;

import java.util.HashSet;
import java.util.Set;

/** Whether a form a unit defined can be filled in: named, with unique field keys, choices for choice fields, sane ranges and rules. */
final class FormCheck {

    private FormCheck() {
    }

    static FieldErrors check(FormDefinition form) {
        FieldErrors errors = new FieldErrors();
        if (form.title() == null || form.title().isBlank()) {
            errors.add("title", "reportForm.titleRequired");
        } else if (form.title().length() > 300) {
            errors.add("title", "reportForm.titleTooLong", 300);
        }
        Set<String> keys = new HashSet<>();
        int fields = 0;
        for (FormSection section : form.sections()) {
            for (FormField f : section.fields()) {
                String name = "fields[" + fields + "]";
                fields++;
                if (!f.key().matches("^[a-z][a-z0-9_]{0,59}$") || !keys.add(f.key())) {
                    errors.add(name + ".key", "reportForm.keyInvalid");
                }
                if (f.label() == null || f.label().isBlank()) {
                    errors.add(name + ".label", "reportForm.labelRequired");
                }
                if ((f.type() == FieldType.SINGLE_CHOICE || f.type() == FieldType.MULTI_CHOICE) && (f.choices() == null || f.choices().size() < 2)) {
                    errors.add(name + ".choices", "reportForm.choicesRequired");
                }
                if (f.min() != null && f.max() != null && f.min() > f.max()) {
                    errors.add(name + ".max", "reportForm.rangeInverted");
                }
                checkNumberSettings(f, name, errors);
                if (f.prefill() != null && (PrefillSource.parse(f.prefill()) == null || f.type() != FieldType.NUMBER || section.repeating())) {
                    errors.add(name + ".prefill", "reportForm.prefillNumbersOnly");
                }
            }
        }
        if (fields == 0) {
            errors.add("fields", "reportForm.noFields");
        }
        int i = 0;
        for (CrossFieldRule rule : form.rules()) {
            FormField left = form.field(rule.left());
            FormField right = form.field(rule.right());
            if (left == null || right == null || left.type() != FieldType.NUMBER || right.type() != FieldType.NUMBER || rule.left().equals(rule.right())) {
                errors.add("rules[" + i + "].left", "reportForm.ruleNumbers");
            }
            i++;
        }
        return errors;
    }

    private static boolean outOfRange(Double bound) {
        return bound != null && !(Math.abs(bound) < Math.pow(10, ReportNumber.INTEGER_DIGITS));
    }

    /** A range inside the numbers a report can hold, 0 to 4 decimals, and a scope only where a number rolls up. */
    static void checkNumberSettings(FormField f, String name, FieldErrors errors) {
        if (outOfRange(f.min())) {
            errors.add(name + ".min", "report.field.tooLarge");
        }
        if (outOfRange(f.max())) {
            errors.add(name + ".max", "report.field.tooLarge");
        }
        if (f.decimals() != null && (f.decimals() < 0 || f.decimals() > ReportNumber.DECIMALS)) {
            errors.add(name + ".decimals", "reportForm.decimalsInvalid", ReportNumber.DECIMALS);
        }
        if ((f.decimals() != null || f.scope() != null) && f.type() != FieldType.NUMBER) {
            errors.add(name + ".type", "reportForm.numberSettingsOnNumbers");
        }
    }
}
