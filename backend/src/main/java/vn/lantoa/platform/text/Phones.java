package vn.lantoa.platform.text;

import java.util.regex.Pattern;

/** Vietnamese phone numbers as people write them: "0262 3852 156", "(024) 3864 1234", "+84 912 345 678". */
public final class Phones {

    private static final Pattern ALLOWED = Pattern.compile("^[+]?[0-9 ().-]{8,20}$");

    private Phones() {
    }

    public static boolean isValid(String phone) {
        if (phone == null || !ALLOWED.matcher(phone.strip()).matches()) {
            return false;
        }
        long digits = phone.chars().filter(Character::isDigit).count();
        return digits >= 8 && digits <= 15;
    }

    /**
     * A phone number as a {@code tel:} link needs it (RFC 3966, global form): "0262 3852 156" becomes
     * "tel:+842623852156"; spaces, dots and brackets are for people only and make the link invalid.
     */
    public static String telUri(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        if (phone != null && phone.strip().startsWith("+")) {
            return "tel:+" + digits;
        }
        if (digits.startsWith("0") && digits.length() > 1) {
            return "tel:+84" + digits.substring(1);
        }
        return "tel:" + digits;
    }
}
