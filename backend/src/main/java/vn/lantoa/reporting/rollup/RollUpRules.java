package vn.lantoa.reporting.rollup;

import vn.lantoa.platform.export.XlsxTable;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.reporting.form.FieldScope;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.RollUp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a form's numbers add up, in words, the same on the roll-up page, its XLSX and PDF and the dashboard: each report
 * counted once; the unit's own activity added from every report; the units below's total taken from the lowest level
 * only, a consolidating unit's own figure shown beside it and not added; returned reports still counted, marked.
 */
public final class RollUpRules {

    private RollUpRules() {
    }

    public static List<String> of(Translator t, FormDefinition form) {
        List<String> own = new ArrayList<>();
        List<String> consolidated = new ArrayList<>();
        for (FormSection section : form.sections()) {
            for (FormField f : section.fields()) {
                if (!section.repeating() && f.rollUpOrNone() != RollUp.NONE) {
                    (f.scopeIn(form) == FieldScope.CONSOLIDATED ? consolidated : own).add("“" + f.label() + "”");
                }
            }
        }
        List<String> rules = new ArrayList<>();
        rules.add(t.t("rollup.rule"));
        if (!own.isEmpty()) {
            rules.add(t.t("rollup.ruleOwn", String.join(", ", own)));
        }
        if (!consolidated.isEmpty()) {
            rules.add(t.t("rollup.ruleConsolidated", String.join(", ", consolidated)));
        }
        rules.add(t.t("rollup.ruleReturned"));
        return rules;
    }

    /** One field's rule in a few words: "cộng; số liệu tổng hợp các đơn vị trực thuộc". */
    public static String fieldRule(Translator t, FormDefinition form, FormField field) {
        return t.t("rollUp." + field.rollUpOrNone().name()) + "; " + t.t("fieldScope." + field.scopeIn(form).name()).toLowerCase(java.util.Locale.ROOT);
    }

    /** Each field's rule in a few words, by field key: what the roll-up page shows under the fields' names. */
    public static Map<String, String> fieldRules(Translator t, FormDefinition form, List<FormField> fields) {
        Map<String, String> rules = new HashMap<>();
        fields.forEach(f -> rules.put(f.key(), fieldRule(t, form, f)));
        return rules;
    }

    /** The rules under a spreadsheet's tables, one sentence a row. */
    public static XlsxTable.Table table(Translator t, List<String> rules) {
        return new XlsxTable.Table(t.t("rollup.rulesTitle"), List.of(), rules.stream().map(r -> List.<Object>of(r)).toList());
    }
}
