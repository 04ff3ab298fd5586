package vn.lantoa.platform.web;

import vn.lantoa.platform.text.Emails;
import vn.lantoa.platform.text.Phones;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;

import java.time.LocalDate;

/**
 * The checks every form repeats, each returning the cleaned value (null when empty) and adding its error
 * under the field's name: forms then read as a list of their fields.
 */
public final class Fields {

    private Fields() {
    }

    /** One line of text: spaces squeezed, control characters dropped; requiredKey null means optional. */
    public static String text(FieldErrors errors, String field, String value, int maxLength, String requiredKey) {
        String clean = VietnameseText.blankToNull(value);
        if (clean == null) {
            if (requiredKey != null) {
                errors.add(field, requiredKey);
            }
            return null;
        }
        if (clean.length() > maxLength) {
            errors.add(field, "field.tooLong", maxLength);
        }
        return clean;
    }

    /** Several lines of text, line breaks kept. */
    public static String multiline(FieldErrors errors, String field, String value, int maxLength) {
        String clean = VietnameseText.multiline(value);
        if (clean != null && clean.length() > maxLength) {
            errors.add(field, "field.tooLong", maxLength);
        }
        return clean;
    }

    public static String phone(FieldErrors errors, String field, String value) {
        String clean = VietnameseText.blankToNull(value);
        if (clean != null && !Phones.isValid(clean)) {
            errors.add(field, "field.phone.invalid");
        }
        return clean;
    }

    /** An email address, lower-cased; requiredKey null means optional. */
    public static String email(FieldErrors errors, String field, String value, String requiredKey) {
        String clean = Emails.normalize(VietnameseText.blankToNull(value));
        if (clean == null) {
            if (requiredKey != null) {
                errors.add(field, requiredKey);
            }
            return null;
        }
        if (!Emails.isValid(clean)) {
            errors.add(field, "field.email.invalid");
        }
        return clean;
    }

    /** dd/MM/yyyy or yyyy-MM-dd. */
    public static LocalDate date(FieldErrors errors, String field, String value) {
        if (VietnameseText.blankToNull(value) == null) {
            return null;
        }
        LocalDate date = VietnamTime.parseDate(value);
        if (date == null) {
            errors.add(field, "field.date.invalid");
        }
        return date;
    }

    /** The version a form was loaded at, for optimistic locking; empty on create. */
    public static Long version(FieldErrors errors, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.add("version", "error.invalidValue");
            return null;
        }
    }
}
