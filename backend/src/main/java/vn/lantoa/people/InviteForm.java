package vn.lantoa.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.tenancy.Role;

/** Inviting a person into a unit with one role (from the admin form, the API or an import row). */
@Serdeable
public record InviteForm(@Nullable String email, @Nullable String fullName, @Nullable String jobTitle, @Nullable String role) {

    public static InviteForm empty() {
        return new InviteForm("", "", "", Role.EDITOR.name());
    }

    public Invite validate(FieldErrors errors) {
        String cleanEmail = Fields.email(errors, "email", email, "field.email.required");
        String name = Fields.text(errors, "fullName", fullName, 150, "people.fullName.required");
        String title = Fields.text(errors, "jobTitle", jobTitle, 150, null);
        Role parsed = Role.parse(role);
        if (parsed == null) {
            errors.add("role", "people.role.required");
        }
        return new Invite(cleanEmail, name, title, parsed);
    }

    /** A validated invitation. */
    public record Invite(String email, String fullName, String jobTitle, Role role) {
    }
}
