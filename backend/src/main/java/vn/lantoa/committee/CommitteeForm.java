package vn.lantoa.committee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.text.Emails;
import vn.lantoa.platform.text.Phones;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;

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

    Draft validate(FieldErrors errors) {
        String number = VietnameseText.blankToNull(decisionNumber);
        if (number != null && number.length() > 60) {
            errors.add("decisionNumber", "field.tooLong", 60);
        }
        LocalDate date = null;
        if (VietnameseText.blankToNull(decisionDate) != null) {
            date = VietnamTime.parseDate(decisionDate);
            if (date == null) {
                errors.add("decisionDate", "field.date.invalid");
            }
        }
        String phone = VietnameseText.blankToNull(hotlinePhone);
        if (phone != null && !Phones.isValid(phone)) {
            errors.add("hotlinePhone", "field.phone.invalid");
        }
        String email = Emails.normalize(VietnameseText.blankToNull(hotlineEmail));
        if (email != null && !Emails.isValid(email)) {
            errors.add("hotlineEmail", "field.email.invalid");
        }
        String cleanNote = VietnameseText.multiline(note);
        if (cleanNote != null && cleanNote.length() > 2000) {
            errors.add("note", "field.tooLong", 2000);
        }
        Long v = null;
        if (version != null && !version.isBlank()) {
            try {
                v = Long.parseLong(version.strip());
            } catch (NumberFormatException e) {
                errors.add("version", "error.invalidValue");
            }
        }
        return new Draft(number, date, phone, email, cleanNote, v);
    }

    record Draft(String decisionNumber, LocalDate decisionDate, String hotlinePhone, String hotlineEmail, String note, Long version) {
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
