package vn.lantoa.desk.tree;

/**
 * A citizen's personal data as a unit above sees it when the case is not its to handle (Nghị định 13/2023: only the
 * handling unit's desk reads it): enough to tell two callers apart, not to reach them. "Nguyễn Thị Hoa" → "N***",
 * "0912 345 678" → "09******78", "hoa@example.vn" → "h***@example.vn".
 */
public final class Masks {

    private Masks() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String s = name.strip();
        return new String(Character.toChars(s.codePointAt(0))) + "***";
    }

    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() < 6) {
            return "*".repeat(Math.max(3, digits.length()));
        }
        return digits.substring(0, 2) + "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 2);
    }

    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
