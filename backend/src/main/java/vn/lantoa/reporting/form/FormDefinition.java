package vn.lantoa.reporting.form;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.web.FieldErrors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A version of a report form (biểu mẫu): sections, fields and the rules between them. A submitted report keeps the
 * version it was made with, so changing the form never rewrites what was already sent.
 * Answers arrive as the form posts them: "field" for a plain field, "section[2].field" for row 3 of a repeating
 * section. Numbers may use the Vietnamese decimal comma ("1,5") and thousands dots ("1.200"); they are exact decimals
 * within {@link ReportNumber}'s range. The scope is what the form's numbers count unless a field says otherwise
 * (none: each unit's own activity, as forms were before it could be said).
 */
@Serdeable
public record FormDefinition(String title, List<FormSection> sections, List<CrossFieldRule> rules, @Nullable FieldScope scope) {

    @Creator
    public FormDefinition {
    }

    public FormDefinition(String title, List<FormSection> sections, List<CrossFieldRule> rules) {
        this(title, sections, rules, null);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** Checks the answers; every problem is reported next to its field, in the unit's words. */
    public FieldErrors validate(Map<String, String> answers, int rowsPerSection) {
        return validate(answers, s -> rowsPerSection);
    }

    /** Checks the answers with as many rows in each repeating section as the answers hold. */
    public FieldErrors validate(Map<String, String> answers) {
        return validate(answers, s -> Answers.rows(s, answers));
    }

    private FieldErrors validate(Map<String, String> answers, java.util.function.ToIntFunction<FormSection> rowsOf) {
        FieldErrors errors = new FieldErrors();
        Map<String, BigDecimal> numbers = new HashMap<>();
        for (FormSection section : sections) {
            int rows = section.repeating() ? rowsOf.applyAsInt(section) : 1;
            for (int row = 0; row < rows; row++) {
                for (FormField field : section.fields()) {
                    String name = section.repeating() ? section.key() + "[" + row + "]." + field.key() : field.key();
                    String value = answers.getOrDefault(name, "").strip();
                    check(field, name, value, errors).ifPresent(n -> numbers.put(name, n));
                }
            }
        }
        for (CrossFieldRule rule : rules) {
            BigDecimal left = numbers.get(rule.left());
            BigDecimal right = numbers.get(rule.right());
            if (left != null && right != null && !rule.comparison().holds(left, right)) {
                errors.add(rule.left(), "report.rule.failed", label(rule.left()), rule.comparison().symbol(), label(rule.right()));
            }
        }
        return errors;
    }

    /** The fields whose numbers roll up: those of the single (not repeating) sections that have a roll-up rule. */
    public List<FormField> rolledUp() {
        return sections.stream().filter(s -> !s.repeating()).flatMap(s -> s.fields().stream()).filter(f -> f.rollUpOrNone() != RollUp.NONE).toList();
    }

    public FormField field(String key) {
        if (key == null || sections == null) {
            return null;
        }
        // Null-safe: a form sent as JSON is asked about its fields before it is known to be whole.
        return sections.stream().filter(s -> s != null && s.fields() != null).flatMap(s -> s.fields().stream())
                .filter(f -> f != null && key.equals(f.key())).findFirst().orElse(null);
    }

    private String label(String key) {
        FormField f = field(key);
        return f == null ? key : f.label();
    }

    private static Optional<BigDecimal> check(FormField field, String name, String value, FieldErrors errors) {
        if (value.isEmpty()) {
            if (field.required()) {
                errors.add(name, "report.field.required");
            }
            return Optional.empty();
        }
        switch (field.type()) {
            case NUMBER -> {
                ReportNumber.Parsed parsed = ReportNumber.parse(value);
                BigDecimal n = parsed.value();
                Double min = field.minOrDefault();
                if (n == null) {
                    errors.add(name, parsed.error(), ReportNumber.DECIMALS);
                } else if (ReportNumber.decimals(n) > field.decimalsOrMax()) {
                    if (field.decimalsOrMax() == 0) {
                        errors.add(name, "report.field.notWhole");
                    } else {
                        errors.add(name, "report.field.tooManyDecimals", field.decimalsOrMax());
                    }
                } else if (min != null && n.compareTo(BigDecimal.valueOf(min)) < 0) {
                    errors.add(name, "report.field.belowMin", format(min));
                } else if (field.max() != null && n.compareTo(BigDecimal.valueOf(field.max())) > 0) {
                    errors.add(name, "report.field.aboveMax", format(field.max()));
                } else {
                    return Optional.of(n);
                }
            }
            case TEXT -> {
                if (value.length() > 500) {
                    errors.add(name, "report.field.tooLong", 500);
                }
            }
            case LONG_TEXT -> {
                if (value.length() > 10_000) {
                    errors.add(name, "report.field.tooLong", 10_000);
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(value, DAY);
                } catch (DateTimeParseException e) {
                    errors.add(name, "report.field.notDate");
                }
            }
            case SINGLE_CHOICE -> {
                if (field.choices() == null || !field.choices().contains(value)) {
                    errors.add(name, "report.field.notChoice");
                }
            }
            case MULTI_CHOICE -> {
                boolean all = field.choices() != null && Arrays.stream(value.split("\\s*;\\s*")).allMatch(field.choices()::contains);
                if (!all) {
                    errors.add(name, "report.field.notChoice");
                }
            }
        }
        return Optional.empty();
    }

    /** "1.200" and "1200" are twelve hundred; "1,5" and "1.5" are one and a half; null for anything outside {@link ReportNumber}. */
    public static BigDecimal parseNumber(String text) {
        return ReportNumber.valueOf(text);
    }

    private static String format(double n) {
        return ReportNumber.typed(BigDecimal.valueOf(n));
    }
}
