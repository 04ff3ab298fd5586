package vn.lantoa.reporting.form;

import vn.lantoa.platform.web.FieldErrors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Whether a form a unit defined can be filled in: named, with unique field keys, choices for choice fields, sane ranges and rules. */
public final class FormCheck {

    private static final String KEY = "^[a-z][a-z0-9_]{0,59}$";

    private FormCheck() {
    }

    /** Every problem keyed by where it is ("fields[3].key"); a form sent as JSON may leave out anything, which is a problem too. */
    public static FieldErrors check(FormDefinition form) {
        FieldErrors errors = new FieldErrors();
        if (form.title() == null || form.title().isBlank()) {
            errors.add("title", "reportForm.titleRequired");
        } else if (form.title().length() > 300) {
            errors.add("title", "reportForm.titleTooLong", 300);
        }
        Set<String> keys = new HashSet<>();
        Set<String> sectionKeys = new HashSet<>();
        int fields = 0;
        List<FormSection> sections = form.sections() == null ? List.of() : form.sections();
        for (int s = 0; s < sections.size(); s++) {
            FormSection section = sections.get(s);
            if (section == null || section.key() == null || !section.key().matches(KEY) || !sectionKeys.add(section.key())) {
                errors.add("sections[" + s + "].key", "reportForm.keyInvalid");
            }
            if (section == null || section.title() == null || section.title().isBlank() || section.title().length() > 200) {
                errors.add("sections[" + s + "].title", "reportForm.sectionTitleRequired", 200);
            }
            for (FormField f : section == null || section.fields() == null ? List.<FormField>of() : section.fields()) {
                String name = "fields[" + fields + "]";
                fields++;
                if (f == null || f.type() == null) {
                    errors.add(name + ".type", "reportForm.typeInvalid");
                    continue;
                }
                if (f.key() == null || !f.key().matches(KEY) || !keys.add(f.key())) {
                    errors.add(name + ".key", "reportForm.keyInvalid");
                }
                if (f.label() == null || f.label().isBlank()) {
                    errors.add(name + ".label", "reportForm.labelRequired");
                } else if (f.label().length() > 300) {
                    errors.add(name + ".label", "reportForm.labelTooLong", 300);
                }
                if ((f.type() == FieldType.SINGLE_CHOICE || f.type() == FieldType.MULTI_CHOICE) && (f.choices() == null || f.choices().size() < 2
                        || f.choices().stream().anyMatch(c -> c == null || c.isBlank()))) {
                    errors.add(name + ".choices", "reportForm.choicesRequired");
                }
                if (f.min() != null && f.max() != null && f.min() > f.max()) {
                    errors.add(name + ".max", "reportForm.rangeInverted");
                }
                checkNumberSettings(f, name, errors);
                if (f.prefill() != null && (PrefillSource.parse(f.prefill()) == null || !PrefillSource.parse(f.prefill()).fits(f.type(), section.repeating()))) {
                    errors.add(name + ".prefill", "reportForm.prefillMismatch");
                }
            }
        }
        if (fields == 0) {
            errors.add("fields", "reportForm.noFields");
        }
        List<CrossFieldRule> rules = form.rules() == null ? List.of() : form.rules();
        for (int i = 0; i < rules.size(); i++) {
            CrossFieldRule rule = rules.get(i);
            FormField left = rule == null || rule.left() == null ? null : form.field(rule.left());
            FormField right = rule == null || rule.right() == null ? null : form.field(rule.right());
            if (left == null || right == null || rule.comparison() == null || left.type() != FieldType.NUMBER || right.type() != FieldType.NUMBER
                    || rule.left().equals(rule.right())) {
                errors.add("rules[" + i + "].left", "reportForm.ruleNumbers");
            }
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
