package vn.lantoa.press.contacts;

import jakarta.inject.Singleton;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.press.contacts.ContactSheet.Column;
import vn.lantoa.press.contacts.ContactSheet.Line;
import vn.lantoa.tenancy.UnitRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What is wrong with each line of an import, named by its column: the checks of the contact form, plus what only a
 * file can get wrong (a new outlet without its kind, an email twice in the file, a formula).
 */
@Singleton
public class ImportCheck {

    /** A problem of a line: the column's heading, a message key and its arguments. */
    public record Problem(String column, String key, List<Object> args) {
    }

    /** A line with its problems and, when it has none, what it will write. */
    public record Checked(Line line, List<Problem> problems, ContactInput.Draft draft, String outlet, OutletKind kind, OutletScope scope,
                          List<String> lists) {

        public String cell(String column) {
            return line.get(Column.valueOf(column));
        }
    }

    private static final Map<String, Column> FIELDS = Map.of("fullName", Column.NAME, "beat", Column.BEAT, "position", Column.POSITION,
            "phone", Column.PHONE, "email", Column.EMAIL);

    private final OutletRepository outlets;
    private final ContactRepository contacts;

    ImportCheck(OutletRepository outlets, ContactRepository contacts) {
        this.outlets = outlets;
        this.contacts = contacts;
    }

    static String key(String name) {
        return VietnameseText.fold(VietnameseText.squish(name)).toLowerCase(Locale.ROOT);
    }

    List<Checked> check(UnitRef unit, List<Line> lines) {
        Set<String> known = new java.util.HashSet<>();
        outlets.findByUnitIdOrderByName(unit.id()).forEach(o -> known.add(key(o.name())));
        Map<String, String> emails = new HashMap<>();
        contacts.findByUnitIdOrderByFullName(unit.id()).stream().filter(c -> c.email() != null).forEach(c -> emails.put(c.email(), c.fullName()));
        Map<String, Integer> seenEmails = new HashMap<>();
        List<Checked> out = new ArrayList<>();
        for (Line line : lines) {
            List<Problem> problems = new ArrayList<>();
            for (Column c : Column.values()) {
                if (line.get(c).startsWith("=")) {
                    problems.add(new Problem(c.heading, "contacts.import.formula", List.of()));
                }
            }
            FieldErrors errors = new FieldErrors();
            ContactInput.Draft draft = new ContactInput(null, line.get(Column.NAME), line.get(Column.BEAT), line.get(Column.POSITION),
                    line.get(Column.PHONE), line.get(Column.EMAIL), null, "true", null).validate(errors);
            errors.all().forEach(e -> problems.add(new Problem(FIELDS.get(e.field()).heading, e.key(), e.args())));
            String outlet = VietnameseText.blankToNull(line.get(Column.OUTLET));
            OutletKind kind = OutletKind.parse(line.get(Column.KIND));
            OutletScope scope = OutletScope.parse(line.get(Column.SCOPE));
            if (!line.get(Column.KIND).isBlank() && kind == null) {
                problems.add(new Problem(Column.KIND.heading, "contacts.import.kind.invalid", List.of(line.get(Column.KIND))));
            }
            if (!line.get(Column.SCOPE).isBlank() && scope == null) {
                problems.add(new Problem(Column.SCOPE.heading, "contacts.import.scope.invalid", List.of(line.get(Column.SCOPE))));
            }
            if (outlet != null && outlet.length() > ContactInput.NAME_MAX) {
                problems.add(new Problem(Column.OUTLET.heading, "field.tooLong", List.of(ContactInput.NAME_MAX)));
            } else if (outlet != null && !known.contains(key(outlet))) {
                if (line.get(Column.KIND).isBlank()) {
                    problems.add(new Problem(Column.KIND.heading, "contacts.import.kind.required", List.of(outlet)));
                }
                if (line.get(Column.SCOPE).isBlank()) {
                    problems.add(new Problem(Column.SCOPE.heading, "contacts.import.scope.required", List.of(outlet)));
                }
                if (kind != null && scope != null) {
                    known.add(key(outlet));
                }
            }
            // Checked even when another column is wrong, so that one upload names every problem of the line.
            String email = Fields.email(new FieldErrors(), "email", line.get(Column.EMAIL), null);
            if (email != null && !errors.has("email")) {
                if (emails.containsKey(email)) {
                    problems.add(new Problem(Column.EMAIL.heading, "contacts.email.duplicate", List.of(emails.get(email))));
                } else if (seenEmails.containsKey(email)) {
                    problems.add(new Problem(Column.EMAIL.heading, "contacts.import.email.repeated", List.of(seenEmails.get(email))));
                } else {
                    seenEmails.put(email, line.number());
                }
            }
            List<String> lists = new ArrayList<>(new LinkedHashSet<>(names(line.get(Column.LISTS))));
            lists.stream().filter(n -> n.length() > ContactInput.NAME_MAX).findFirst()
                    .ifPresent(n -> problems.add(new Problem(Column.LISTS.heading, "field.tooLong", List.of(ContactInput.NAME_MAX))));
            out.add(new Checked(line, List.copyOf(problems), problems.isEmpty() ? draft : null, outlet, kind, scope, lists));
        }
        return out;
    }

    private static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        for (String part : cell.split("[;\\n]")) {
            String n = VietnameseText.blankToNull(VietnameseText.squish(part));
            if (n != null) {
                names.add(n);
            }
        }
        return names;
    }
}
