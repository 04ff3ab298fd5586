package vn.lantoa.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

/** A person's own contact details. */
@Serdeable
public record ProfileForm(@Nullable String fullName, @Nullable String phone, @Nullable String jobTitle) {

    static ProfileForm from(User user) {
        return new ProfileForm(user.fullName(), user.phone() == null ? "" : user.phone(), user.jobTitle() == null ? "" : user.jobTitle());
    }

    ProfileForm clean(FieldErrors errors) {
        return new ProfileForm(Fields.text(errors, "fullName", fullName, 150, "people.fullName.required"),
                Fields.phone(errors, "phone", phone), Fields.text(errors, "jobTitle", jobTitle, 150, null));
    }
}
