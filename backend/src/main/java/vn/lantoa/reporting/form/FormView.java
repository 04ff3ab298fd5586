package vn.lantoa.reporting.form;

import vn.lantoa.platform.web.FieldErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form laid out for a page: each input with its name, current value, first (prefilled) value and error. A repeating
 * section shows its rows and, when it may still be edited, two empty rows to add to.
 */
public record FormView(List<SectionView> sections) {

    public record Input(String name, FormField field, String value, String prefilled, FieldErrors.FieldError error) {

        public boolean changedFromPrefill() {
            return prefilled != null && !prefilled.equals(value);
        }

        public boolean hasChoice(String choice) {
            return Set.of(value.split("\\s*;\\s*")).contains(choice);
        }
    }

    public record SectionView(FormSection section, List<Input> inputs, List<List<Input>> rows) {
    }

    public static FormView of(FormDefinition form, Map<String, String> answers, Map<String, String> prefilled, FieldErrors errors, boolean editable) {
        List<SectionView> sections = new ArrayList<>();
        for (FormSection section : form.sections()) {
            if (!section.repeating()) {
                List<Input> inputs = section.fields().stream().map(f -> input(f.key(), f, answers, prefilled, errors)).toList();
                sections.add(new SectionView(section, inputs, List.of()));
                continue;
            }
            int rows = Answers.rows(section, answers) + (editable ? 2 : 0);
            List<List<Input>> table = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                List<Input> inputs = new ArrayList<>();
                for (FormField f : section.fields()) {
                    inputs.add(input(section.key() + "[" + row + "]." + f.key(), f, answers, Map.of(), errors));
                }
                table.add(inputs);
            }
            sections.add(new SectionView(section, List.of(), table));
        }
        return new FormView(sections);
    }

    private static Input input(String name, FormField field, Map<String, String> answers, Map<String, String> prefilled, FieldErrors errors) {
        return new Input(name, field, answers.getOrDefault(name, ""), prefilled.get(name), errors.first(name));
    }
}
