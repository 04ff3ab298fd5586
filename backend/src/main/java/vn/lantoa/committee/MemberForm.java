package vn.lantoa.committee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.text.Emails;
import vn.lantoa.platform.text.Phones;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;

/** A committee member as filled in. spokesperson is "true"/"on" when ticked. */
@Serdeable
public record MemberForm(@Nullable String fullName, @Nullable String jobTitle, @Nullable String committeeRole,
                         @Nullable String duties, @Nullable String phone, @Nullable String email, @Nullable String userId,
                         @Nullable String spokesperson, @Nullable String sortOrder, @Nullable String version) {

    static MemberForm empty() {
        return new MemberForm("", "", CommitteeRole.MEMBER.name(), "", "", "", "", "", "0", "");
    }

    static MemberForm from(CommitteeMember m) {
        return new MemberForm(m.fullName(), nz(m.jobTitle()), m.committeeRole().name(), nz(m.duties()), nz(m.phone()), nz(m.email()),
                m.userId() == null ? "" : String.valueOf(m.userId()), m.spokesperson() ? "true" : "", String.valueOf(m.sortOrder()),
                String.valueOf(m.version()));
    }

    public boolean isSpokesperson() {
        return "true".equalsIgnoreCase(spokesperson) || "on".equalsIgnoreCase(spokesperson);
    }

    Draft validate(FieldErrors errors) {
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
        CommitteeRole role = CommitteeRole.parse(committeeRole);
        if (role == null) {
            errors.add("committeeRole", "committee.role.required");
        }
        String cleanDuties = VietnameseText.multiline(duties);
        if (cleanDuties != null && cleanDuties.length() > 2000) {
            errors.add("duties", "field.tooLong", 2000);
        }
        String cleanPhone = VietnameseText.blankToNull(phone);
        if (cleanPhone != null && !Phones.isValid(cleanPhone)) {
            errors.add("phone", "field.phone.invalid");
        }
        String cleanEmail = Emails.normalize(VietnameseText.blankToNull(email));
        if (cleanEmail != null && !Emails.isValid(cleanEmail)) {
            errors.add("email", "field.email.invalid");
        }
        Long linkedUser = null;
        if (VietnameseText.blankToNull(userId) != null) {
            try {
                linkedUser = Long.parseLong(userId.strip());
            } catch (NumberFormatException e) {
                errors.add("userId", "error.invalidValue");
            }
        }
        int order = 0;
        if (VietnameseText.blankToNull(sortOrder) != null) {
            try {
                order = Integer.parseInt(sortOrder.strip());
                if (order < 0 || order > 999) {
                    errors.add("sortOrder", "committee.sortOrder.range");
                }
            } catch (NumberFormatException e) {
                errors.add("sortOrder", "committee.sortOrder.range");
            }
        }
        boolean speaks = isSpokesperson();
        if (speaks && (cleanPhone == null || cleanEmail == null)) {
            // Nghị định 09/2017: the spokesperson's phone and email are published.
            errors.add(cleanPhone == null ? "phone" : "email", "committee.spokesperson.needsContacts");
        }
        Long v = null;
        if (version != null && !version.isBlank()) {
            try {
                v = Long.parseLong(version.strip());
            } catch (NumberFormatException e) {
                errors.add("version", "error.invalidValue");
            }
        }
        return new Draft(name, title, role, cleanDuties, cleanPhone, cleanEmail, linkedUser, speaks, order, v);
    }

    record Draft(String fullName, String jobTitle, CommitteeRole role, String duties, String phone, String email, Long userId,
                 boolean spokesperson, int sortOrder, Long version) {
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
