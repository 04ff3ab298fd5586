package vn.lantoa.platform.security;

import vn.lantoa.platform.web.FieldErrors;

/**
 * At least 10 characters with letters and digits, and not the email itself. Long passphrases are
 * welcome; bcrypt reads the first 72 bytes, so longer ones are refused rather than silently cut.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    public static void check(String field, String password, String email, FieldErrors errors) {
        if (password == null || password.isEmpty()) {
            errors.add(field, "password.required");
            return;
        }
        if (password.length() < MIN_LENGTH) {
            errors.add(field, "password.tooShort", MIN_LENGTH);
            return;
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.add(field, "password.tooLong", MAX_BYTES);
            return;
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            errors.add(field, "password.needsLettersAndDigits");
            return;
        }
        if (email != null && password.equalsIgnoreCase(email)) {
            errors.add(field, "password.sameAsEmail");
        }
    }
}
