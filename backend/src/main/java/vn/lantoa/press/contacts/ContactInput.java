package vn.lantoa.press.contacts;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

/**
 * A journalist as typed on the page, sent by the API or read from a spreadsheet line, as text: checked field by field so
 * that each mistake is named next to its field. Text is kept as typed (and escaped wherever shown); which outlet it
 * names and whether the email is already someone else's are checked by {@link PressContacts} against the unit's data.
 */
public record ContactInput(@Nullable String outletId, @Nullable String fullName, @Nullable String beat, @Nullable String position,
                           @Nullable String phone, @Nullable String email, @Nullable String note, @Nullable String active,
                           @Nullable String version) {

    static final int NAME_MAX = 200;
    static final int NOTE_MAX = 2000;

    public record Draft(@Nullable Long outletId, String fullName, @Nullable String beat, @Nullable String position, @Nullable String phone,
                        @Nullable String email, @Nullable String note, boolean active) {
    }

    static ContactInput empty() {
        return new ContactInput("", "", "", "", "", "", "", "true", null);
    }

    static ContactInput of(Contact c) {
        return new ContactInput(c.outletId() == null ? "" : String.valueOf(c.outletId()), c.fullName(), b(c.beat()), b(c.position()), b(c.phone()),
                b(c.email()), b(c.note()), String.valueOf(c.active()), String.valueOf(c.version()));
    }

    ContactInput orBlank() {
        return new ContactInput(b(outletId), b(fullName), b(beat), b(position), b(phone), b(email), b(note), b(active), b(version));
    }

    public boolean isActive() {
        return active == null || active.isBlank() || "true".equalsIgnoreCase(active.strip()) || "on".equalsIgnoreCase(active.strip());
    }

    private static String b(String s) {
        return s == null ? "" : s;
    }

    /** The draft, or null with the errors added. */
    Draft validate(FieldErrors errors) {
        Long outlet = null;
        if (outletId != null && !outletId.isBlank()) {
            try {
                outlet = Long.parseLong(outletId.strip());
            } catch (NumberFormatException e) {
                errors.add("outletId", "contacts.outlet.unknown");
            }
        }
        String name = Fields.text(errors, "fullName", fullName, NAME_MAX, "contacts.fullName.required");
        String b = Fields.text(errors, "beat", beat, NAME_MAX, null);
        String p = Fields.text(errors, "position", position, NAME_MAX, null);
        String ph = Fields.phone(errors, "phone", phone);
        String em = Fields.email(errors, "email", email, null);
        String n = Fields.multiline(errors, "note", note, NOTE_MAX);
        if (active != null && !active.isBlank() && !active.strip().matches("(?i)true|false|on")) {
            errors.add("active", "error.invalidValue");
        }
        return errors.hasAny() ? null : new Draft(outlet, name, b, p, ph, em, n, isActive());
    }
}
