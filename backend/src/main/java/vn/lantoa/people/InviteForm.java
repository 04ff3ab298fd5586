package vn.lantoa.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.text.Emails;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.tenancy.Role;

/** Inviting a person into a unit with one role (from the admin form, the API or an import row). */
@Serdeable
public record InviteForm(@Nullable String email, @Nullable String fullName, @Nullable String jobTitle, @Nullable String role) {

    public static InviteForm empty() {
        return new InviteForm("", "", "", Role.EDITOR.name());
    }

    public Invite validate(FieldErrors errors) {
        String cleanEmail = Emails.normalize(VietnameseText.blankToNull(email));
        if (cleanEmail == null) {
            errors.add("email", "field.email.required");
        } else if (!Emails.isValid(cleanEmail)) {
            errors.add("email", "field.email.invalid");
        }
        String name = VietnameseText.blankToNull(fullName);
        if (name == null) {
            errors.add("fullName", "people.fullName.required");
        } else if (name.length() > 150) {
            errors.add("fullName", "field.tooLong", 150);
        }
        String title = VietnameseText.blankToNull(jobTitle);
        if (title != null && title.length() > 150) {
            errors.add("jobTitle", "field.tooLong", 150);
        }
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
