package vn.lantoa.reporting.form;

import vn.lantoa.platform.text.Slugs;
import vn.lantoa.platform.web.FieldErrors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The form editor's page as data: sections and field rows as the person typed them, turned into a form definition
 * (and back). Field keys come from the labels ("Số tin bài" becomes so_tin_bai) and never change once a form has them,
 * so reports sent with an older version still line up with the new one.
 */
public final class FormBuilder {

    public static final int SECTIONS = 6;

    public record SectionRow(String key, String title, boolean repeating) {
    }

    public record FieldRow(String key, int section, String label, String type, boolean required, String min, String max, String rollUp,
                           String choices, String help, String prefill, String decimals, String scope) {

        boolean blank() {
            return label.isBlank() && choices.isBlank() && help.isBlank();
        }
    }

    public record RuleRow(String left, String comparison, String right) {
    }

    /** The scope is what the form's numbers count unless a field says otherwise (OWN or CONSOLIDATED). */
    public record Draft(String title, List<SectionRow> sections, List<FieldRow> fields, List<RuleRow> rules, String scope) {
    }

    private FormBuilder() {
    }

    /** An editor's rows for an existing form, with empty rows to add to. */
    public static Draft of(FormDefinition form, int emptyFields) {
        List<SectionRow> sections = new ArrayList<>();
        List<FieldRow> fields = new ArrayList<>();
        for (int i = 0; i < form.sections().size(); i++) {
            FormSection s = form.sections().get(i);
            sections.add(new SectionRow(s.key(), s.title(), s.repeating()));
            for (FormField f : s.fields()) {
                fields.add(new FieldRow(f.key(), i, f.label(), f.type().name(), f.required(), number(f.min()), number(f.max()),
                        f.rollUp() == null ? "NONE" : f.rollUp().name(), f.choices() == null ? "" : String.join("; ", f.choices()),
                        f.help() == null ? "" : f.help(), f.prefill() == null ? "" : f.prefill(),
                        f.decimals() == null ? "" : String.valueOf(f.decimals()), f.scope() == null ? "" : f.scope().name()));
            }
        }
        List<RuleRow> rules = new ArrayList<>(form.rules().stream().map(r -> new RuleRow(r.left(), r.comparison().name(), r.right())).toList());
        String scope = (form.scope() == null ? FieldScope.OWN : form.scope()).name();
        return padded(new Draft(form.title(), sections, fields, rules, scope), emptyFields);
    }

    /**
     * A new form: its numbers consolidate the units below by default (what a Phòng's report usually is, and what "fill
     * from the units below" is for); new rows are whole numbers that roll up by sum, as most of what offices count.
     */
    public static Draft empty() {
        return padded(new Draft("", List.of(new SectionRow("", "I. Số liệu", false)), List.of(), List.of(), FieldScope.CONSOLIDATED.name()), 8);
    }

    /** Adds empty sections, field rows and rule rows so the page has room to type. */
    public static Draft padded(Draft d, int emptyFields) {
        List<SectionRow> sections = new ArrayList<>(d.sections());
        while (sections.size() < SECTIONS) {
            sections.add(new SectionRow("", "", false));
        }
        List<FieldRow> fields = new ArrayList<>(d.fields());
        for (int i = 0; i < emptyFields; i++) {
            fields.add(new FieldRow("", 0, "", FieldType.NUMBER.name(), false, "", "", RollUp.SUM.name(), "", "", "", "0", ""));
        }
        List<RuleRow> rules = new ArrayList<>(d.rules());
        while (rules.size() < d.rules().size() + 2) {
            rules.add(new RuleRow("", "LESS_OR_EQUAL", ""));
        }
        return new Draft(d.title(), sections, fields, rules, d.scope());
    }

    /** The rows of a posted editor page. */
    public static Draft parse(Map<String, String> posted) {
        List<SectionRow> sections = new ArrayList<>();
        for (int i = 0; i < SECTIONS; i++) {
            sections.add(new SectionRow(posted.getOrDefault("s" + i + ".key", "").strip(), posted.getOrDefault("s" + i + ".title", "").strip(),
                    posted.containsKey("s" + i + ".repeating")));
        }
        List<FieldRow> fields = new ArrayList<>();
        for (int i = 0; posted.containsKey("f" + i + ".label"); i++) {
            String p = "f" + i + ".";
            fields.add(new FieldRow(posted.getOrDefault(p + "key", "").strip(), parseInt(posted.get(p + "section")), posted.get(p + "label").strip(),
                    posted.getOrDefault(p + "type", "NUMBER"), posted.containsKey(p + "required"), posted.getOrDefault(p + "min", "").strip(),
                    posted.getOrDefault(p + "max", "").strip(), posted.getOrDefault(p + "rollUp", "NONE"), posted.getOrDefault(p + "choices", "").strip(),
                    posted.getOrDefault(p + "help", "").strip(), posted.getOrDefault(p + "prefill", "").strip(),
                    posted.getOrDefault(p + "decimals", "").strip(), posted.getOrDefault(p + "scope", "").strip()));
        }
        List<RuleRow> rules = new ArrayList<>();
        for (int i = 0; posted.containsKey("r" + i + ".left"); i++) {
            rules.add(new RuleRow(posted.get("r" + i + ".left").strip(), posted.getOrDefault("r" + i + ".comparison", "LESS_OR_EQUAL"),
                    posted.getOrDefault("r" + i + ".right", "").strip()));
        }
        return new Draft(posted.getOrDefault("title", "").strip(), sections, fields, rules, posted.getOrDefault("scope", "").strip());
    }

    /** The definition the rows describe; errors are keyed by the rows' input names ("f3.label"). */
    public static FormDefinition build(Draft d, FieldErrors errors) {
        if (d.title().isBlank()) {
            errors.add("title", "reportForm.titleRequired");
        } else if (d.title().length() > 300) {
            errors.add("title", "reportForm.titleTooLong", 300);
        }
        Set<String> keys = new HashSet<>();
        d.fields().stream().map(FieldRow::key).filter(k -> !k.isBlank()).forEach(keys::add);
        Map<Integer, List<FormField>> bySection = new LinkedHashMap<>();
        Map<String, String> labelToKey = new LinkedHashMap<>();
        for (int i = 0; i < d.fields().size(); i++) {
            FieldRow row = d.fields().get(i);
            if (row.blank()) {
                continue;
            }
            String p = "f" + i + ".";
            if (row.label().isBlank()) {
                errors.add(p + "label", "reportForm.labelRequired");
                continue;
            }
            if (row.label().length() > 300) {
                errors.add(p + "label", "reportForm.labelTooLong", 300);
            }
            FieldType type = parse(FieldType.class, row.type());
            if (type == null) {
                errors.add(p + "type", "reportForm.typeInvalid");
                continue;
            }
            int section = row.section() >= 0 && row.section() < d.sections().size() && !d.sections().get(row.section()).title().isBlank() ? row.section() : -1;
            if (section < 0) {
                errors.add(p + "section", "reportForm.sectionRequired");
                continue;
            }
            Double min = decimal(row.min(), p + "min", errors);
            Double max = decimal(row.max(), p + "max", errors);
            List<String> choices = row.choices().isBlank() ? null
                    : Arrays.stream(row.choices().split("\\s*[;\\n]\\s*")).map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
            RollUp rollUp = type == FieldType.NUMBER ? parse(RollUp.class, row.rollUp()) : null;
            String key = row.key().isBlank() ? newKey(row.label(), keys) : row.key();
            String prefill = row.prefill().isBlank() ? null : row.prefill();
            Integer decimals = type == FieldType.NUMBER ? decimals(row.decimals(), p + "decimals", errors) : null;
            FieldScope scope = type == FieldType.NUMBER && !row.scope().isBlank() ? parse(FieldScope.class, row.scope()) : null;
            if (type == FieldType.NUMBER && !row.scope().isBlank() && scope == null) {
                errors.add(p + "scope", "reportForm.scopeInvalid");
            }
            FormField field = new FormField(key, row.label(), type, row.required(), row.help().isBlank() ? null : row.help(),
                    type == FieldType.NUMBER ? min : null, type == FieldType.NUMBER ? max : null,
                    type == FieldType.SINGLE_CHOICE || type == FieldType.MULTI_CHOICE ? choices : null, rollUp, prefill, decimals, scope);
            checkField(field, d.sections().get(section).repeating(), p, errors);
            bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(field);
            labelToKey.put(key, key);
        }
        List<FormSection> sections = new ArrayList<>();
        Set<String> sectionKeys = new HashSet<>();
        d.sections().stream().map(SectionRow::key).filter(k -> k.matches("^[a-z][a-z0-9_]{0,59}$")).forEach(sectionKeys::add);
        for (int i = 0; i < d.sections().size(); i++) {
            SectionRow s = d.sections().get(i);
            if (bySection.containsKey(i)) {
                String key = s.key().matches("^[a-z][a-z0-9_]{0,59}$") ? s.key() : newKey("phan " + (i + 1), sectionKeys);
                sections.add(new FormSection(key, s.title(), s.repeating(), bySection.get(i)));
            }
        }
        if (sections.isEmpty()) {
            errors.add("f0.label", "reportForm.noFields");
        }
        List<CrossFieldRule> rules = new ArrayList<>();
        for (int i = 0; i < d.rules().size(); i++) {
            RuleRow r = d.rules().get(i);
            if (r.left().isBlank() && r.right().isBlank()) {
                continue;
            }
            CrossFieldRule.Comparison c = parse(CrossFieldRule.Comparison.class, r.comparison());
            if (c == null || !labelToKey.containsKey(r.left()) || !labelToKey.containsKey(r.right())) {
                errors.add("r" + i + ".left", "reportForm.ruleNumbers");
                continue;
            }
            rules.add(new CrossFieldRule(r.left(), c, r.right()));
        }
        FieldScope scope = d.scope().isBlank() ? null : parse(FieldScope.class, d.scope());
        if (!d.scope().isBlank() && scope == null) {
            errors.add("scope", "reportForm.scopeInvalid");
        }
        FormDefinition form = new FormDefinition(d.title(), sections, rules, scope);
        if (!errors.hasAny()) {
            // The same checks the service makes, for rules between fields of the wrong kind.
            FieldErrors deeper = FormCheck.check(form);
            deeper.all().stream().filter(e -> e.field().startsWith("rules")).forEach(e -> errors.add("r0.left", e.key(), e.args().toArray()));
        }
        return form;
    }

    private static void checkField(FormField f, boolean repeating, String p, FieldErrors errors) {
        if ((f.type() == FieldType.SINGLE_CHOICE || f.type() == FieldType.MULTI_CHOICE) && (f.choices() == null || f.choices().size() < 2)) {
            errors.add(p + "choices", "reportForm.choicesRequired");
        }
        if (f.min() != null && f.max() != null && f.min() > f.max()) {
            errors.add(p + "max", "reportForm.rangeInverted");
        }
        if (f.prefill() != null && (PrefillSource.parse(f.prefill()) == null || !PrefillSource.parse(f.prefill()).fits(f.type(), repeating))) {
            errors.add(p + "prefill", "reportForm.prefillMismatch");
        }
        FieldErrors settings = new FieldErrors();
        FormCheck.checkNumberSettings(f, "f", settings);
        settings.all().forEach(e -> errors.add(p + e.field().substring(2), e.key(), e.args().toArray()));
    }

    /** so_tin_bai from "Số tin bài", made unique within the form. */
    static String newKey(String label, Set<String> taken) {
        String base = Slugs.slugify(label).replace('-', '_');
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "truong_" + base;
        }
        base = base.length() > 50 ? base.substring(0, 50) : base;
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "_" + n;
        }
        taken.add(key);
        return key;
    }

    private static Double decimal(String text, String name, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        ReportNumber.Parsed n = ReportNumber.parse(text);
        if (!n.ok()) {
            errors.add(name, n.error(), ReportNumber.DECIMALS);
            return null;
        }
        return n.value().doubleValue();
    }

    /** "" for up to four decimals, or 0 to 4. */
    private static Integer decimals(String text, String name, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int n = parseInt(text);
        if (n < 0 || n > ReportNumber.DECIMALS) {
            errors.add(name, "reportForm.decimalsInvalid", ReportNumber.DECIMALS);
            return null;
        }
        return n;
    }

    private static String number(Double d) {
        return d == null ? "" : ReportNumber.typed(java.math.BigDecimal.valueOf(d));
    }

    private static int parseInt(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
