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
}
