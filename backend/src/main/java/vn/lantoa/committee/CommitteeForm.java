package vn.lantoa.committee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

import java.time.LocalDate;

/** The committee's own fields: decision and hotline. */
@Serdeable
public record CommitteeForm(@Nullable String decisionNumber, @Nullable String decisionDate, @Nullable String hotlinePhone,
                            @Nullable String hotlineEmail, @Nullable String note, @Nullable String version) {

    static CommitteeForm from(Committee c) {
        if (c == null) {
            return new CommitteeForm("", "", "", "", "", "");
        }
        return new CommitteeForm(nz(c.decisionNumber()), c.decisionDate() == null ? "" : c.decisionDate().toString(),
                nz(c.hotlinePhone()), nz(c.hotlineEmail()), nz(c.note()), String.valueOf(c.version()));
    }

    CommitteeForm withVersion(String v) {
        return new CommitteeForm(decisionNumber, decisionDate, hotlinePhone, hotlineEmail, note, v);
    }

    Draft validate(FieldErrors errors) {
        String number = Fields.text(errors, "decisionNumber", decisionNumber, 60, null);
        // A committee is founded by a decision (Quyết định, "45/QĐ-THPTL"), not by a plan or a letter ("19/KH-SGDĐT").
        if (number != null && !vn.lantoa.platform.text.VietnameseText.fold(number).contains("qd")) {
            errors.add("decisionNumber", "committee.decisionNumber.notDecision");
        }
        return new Draft(number,
                Fields.date(errors, "decisionDate", decisionDate),
                Fields.phone(errors, "hotlinePhone", hotlinePhone),
                Fields.email(errors, "hotlineEmail", hotlineEmail, null),
                Fields.multiline(errors, "note", note, 2000),
                Fields.version(errors, version));
    }

    record Draft(String decisionNumber, LocalDate decisionDate, String hotlinePhone, String hotlineEmail, String note, Long version) {

        /** The same details, made from that stored version (-1: from before the committee was first saved). */
        Draft madeFrom(long storedVersion) {
            return new Draft(decisionNumber, decisionDate, hotlinePhone, hotlineEmail, note, storedVersion);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
