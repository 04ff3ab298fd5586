package vn.lantoa.reporting.form;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import vn.lantoa.platform.web.FieldErrors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's answers as stored (a JSON object of field name to text) and as posted by the form. Rows of a repeating
 * section left entirely empty are dropped and the rest renumbered, so "add a row" never makes a report invalid.
 */
@Singleton
public class Answers {

    private static final Pattern ROW = Pattern.compile("^([a-z][a-z0-9_]*)\\[(\\d{1,3})]\\.([a-z][a-z0-9_]*)$");
    private final JsonMapper json;
    // Versions never change once saved, so a version's parsed definition is kept: every send and page needs it.
    private final com.github.benmanes.caffeine.cache.Cache<Long, FormDefinition> forms =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(2_000).build();

    Answers(JsonMapper json) {
        this.json = json;
    }

    public String write(Map<String, String> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, String> read(String text) {
        if (text == null || text.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            Map<String, String> map = json.readValue(text, Argument.mapOf(String.class, String.class));
            return map == null ? new LinkedHashMap<>() : new LinkedHashMap<>(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FormDefinition form(ReportFormVersion version) {
        if (version.id() != null) {
            return forms.get(version.id(), id -> parse(version));
        }
        return parse(version);
    }

    private FormDefinition parse(ReportFormVersion version) {
        try {
            return json.readValue(version.definition(), FormDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String write(FormDefinition form) {
        try {
            return json.writeValueAsString(form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the form's own fields, trimmed, with empty repeating rows dropped. */
    public static Map<String, String> clean(FormDefinition form, Map<String, String> posted) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (FormSection section : form.sections()) {
            if (!section.repeating()) {
                for (FormField field : section.fields()) {
                    String value = posted.get(field.key());
                    if (value != null && !value.isBlank()) {
                        answers.put(field.key(), value.strip());
                    }
                }
                continue;
            }
            Map<Integer, Map<String, String>> rows = new TreeMap<>();
            for (Map.Entry<String, String> e : posted.entrySet()) {
                Matcher m = ROW.matcher(e.getKey());
                if (m.matches() && m.group(1).equals(section.key()) && form.field(m.group(3)) != null && e.getValue() != null
                        && !e.getValue().isBlank()) {
                    rows.computeIfAbsent(Integer.parseInt(m.group(2)), i -> new LinkedHashMap<>()).put(m.group(3), e.getValue().strip());
                }
            }
            int index = 0;
            for (Map<String, String> row : rows.values()) {
                for (FormField field : section.fields()) {
                    String value = row.get(field.key());
                    if (value != null) {
                        answers.put(section.key() + "[" + index + "]." + field.key(), value);
                    }
                }
                index++;
            }
        }
        return answers;
    }

    /** Names a page posts beside the answers: the send's token, and the CSRF token when it comes in the body. */
    private static final Set<String> NOT_ANSWERS = Set.of("token", "csrfToken");

    /**
     * Names that are no field of this form: a plain field's key, or "section[row].field" for a field of that repeating
     * section. A send refuses them rather than dropping them silently (a program with an old field list, a typo).
     */
    public static FieldErrors unknown(FormDefinition form, Map<String, String> posted) {
        FieldErrors errors = new FieldErrors();
        int listed = 0;
        for (String name : posted.keySet()) {
            if (NOT_ANSWERS.contains(name) || known(form, name)) {
                continue;
            }
            // A few are enough to see the mistake; a hostile body of 10,000 names gets no 10,000 messages.
            if (listed++ < 10) {
                String shown = name.length() > 60 ? name.substring(0, 60) + "…" : name;
                errors.add(name.length() > 100 ? "answers" : name, "report.unknownField", shown);
            }
        }
        return errors;
    }

    private static boolean known(FormDefinition form, String name) {
        Matcher m = ROW.matcher(name);
        for (FormSection section : form.sections()) {
            if (!section.repeating() && section.fields().stream().anyMatch(f -> f.key().equals(name))) {
                return true;
            }
            if (section.repeating() && m.matches() && m.group(1).equals(section.key())
                    && section.fields().stream().anyMatch(f -> f.key().equals(m.group(3)))) {
                return true;
            }
        }
        return false;
    }

    /** How many rows each repeating section has in these answers. */
    public static int rows(FormSection section, Map<String, String> answers) {
        int rows = 0;
        for (String key : answers.keySet()) {
            Matcher m = ROW.matcher(key);
            if (m.matches() && m.group(1).equals(section.key())) {
                rows = Math.max(rows, Integer.parseInt(m.group(2)) + 1);
            }
        }
        return rows;
    }

    public static int totalRows(FormDefinition form, Map<String, String> answers) {
        return form.sections().stream().filter(FormSection::repeating).mapToInt(s -> rows(s, answers)).sum();
    }

    /** What changed between two sets of answers, in the form's order: one line per field that differs. */
    public static List<AnswerChange> diff(FormDefinition form, Map<String, String> before, Map<String, String> after) {
        List<AnswerChange> changes = new ArrayList<>();
        for (FormSection section : form.sections()) {
            int rows = section.repeating() ? Math.max(rows(section, before), rows(section, after)) : 1;
            for (int row = 0; row < rows; row++) {
                for (FormField field : section.fields()) {
                    String key = section.repeating() ? section.key() + "[" + row + "]." + field.key() : field.key();
                    String a = before.getOrDefault(key, "");
                    String b = after.getOrDefault(key, "");
                    if (!a.equals(b)) {
                        String label = section.repeating() ? section.title() + " " + (row + 1) + ": " + field.label() : field.label();
                        changes.add(new AnswerChange(key, label, a, b));
                    }
                }
            }
        }
        return changes;
    }
}
