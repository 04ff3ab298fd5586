package vn.lantoa.committee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

/** A committee member as filled in. spokesperson is "true"/"on" when ticked. */
@Serdeable
public record MemberForm(@Nullable String fullName, @Nullable String jobTitle, @Nullable String committeeRole,
                         @Nullable String duties, @Nullable String phone, @Nullable String email, @Nullable String userId,
                         @Nullable String spokesperson, @Nullable String sortOrder, @Nullable String version) {

    /** The same form, made from the given version (the API's If-Match wins over the body's version). */
    public MemberForm withVersion(String v) {
        return new MemberForm(fullName, jobTitle, committeeRole, duties, phone, email, userId, spokesperson, sortOrder, v);
    }

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
        String name = Fields.text(errors, "fullName", fullName, 150, "people.fullName.required");
        String title = Fields.text(errors, "jobTitle", jobTitle, 150, null);
        CommitteeRole role = CommitteeRole.parse(committeeRole);
        if (role == null) {
            errors.add("committeeRole", "committee.role.required");
        }
        String cleanDuties = Fields.multiline(errors, "duties", duties, 2000);
        String cleanPhone = Fields.phone(errors, "phone", phone);
        String cleanEmail = Fields.email(errors, "email", email, null);
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
        return new Draft(name, title, role, cleanDuties, cleanPhone, cleanEmail, linkedUser, speaks, order, Fields.version(errors, version));
    }

    record Draft(String fullName, String jobTitle, CommitteeRole role, String duties, String phone, String email, Long userId,
                 boolean spokesperson, int sortOrder, Long version) {
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
