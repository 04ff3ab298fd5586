package vn.lantoa.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.text.Phones;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;

/** A person's own contact details. */
@Serdeable
public record ProfileForm(@Nullable String fullName, @Nullable String phone, @Nullable String jobTitle) {

    static ProfileForm from(User user) {
        return new ProfileForm(user.fullName(), user.phone() == null ? "" : user.phone(), user.jobTitle() == null ? "" : user.jobTitle());
    }

    ProfileForm clean(FieldErrors errors) {
        String name = VietnameseText.blankToNull(fullName);
        if (name == null) {
            errors.add("fullName", "people.fullName.required");
        } else if (name.length() > 150) {
            errors.add("fullName", "field.tooLong", 150);
        }
        String cleanPhone = VietnameseText.blankToNull(phone);
        if (cleanPhone != null && !Phones.isValid(cleanPhone)) {
            errors.add("phone", "field.phone.invalid");
        }
        String title = VietnameseText.blankToNull(jobTitle);
        if (title != null && title.length() > 150) {
            errors.add("jobTitle", "field.tooLong", 150);
        }
        return new ProfileForm(name, cleanPhone, title);
    }
}
