package vn.lantoa.press.contacts;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

/** A list as typed: its name, what it is for, and whether the units below may use it. */
public record ListInput(@Nullable String name, @Nullable String description, @Nullable String sharedDown, @Nullable String version) {

    public record Draft(String name, @Nullable String description, boolean sharedDown) {
    }

    static ListInput empty() {
        return new ListInput("", "", "", null);
    }

    static ListInput of(PressList l) {
        return new ListInput(l.name(), l.description() == null ? "" : l.description(), l.sharedDown() ? "true" : "", String.valueOf(l.version()));
    }

    ListInput orBlank() {
        return new ListInput(name == null ? "" : name, description == null ? "" : description, sharedDown == null ? "" : sharedDown,
                version == null ? "" : version);
    }

    public boolean shared() {
        return sharedDown != null && sharedDown.strip().matches("(?i)true|on");
    }

    Draft validate(FieldErrors errors, boolean hasBelow) {
        String n = Fields.text(errors, "name", name, ContactInput.NAME_MAX, "contacts.list.name.required");
        String d = Fields.text(errors, "description", description, 500, null);
        if (shared() && !hasBelow) {
            errors.add("sharedDown", "contacts.list.sharedDown.noBelow");
        }
        return errors.hasAny() ? null : new Draft(n, d, shared());
    }
}
