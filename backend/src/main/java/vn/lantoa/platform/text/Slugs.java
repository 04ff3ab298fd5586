package vn.lantoa.platform.text;

import java.util.regex.Pattern;

/** URL slugs from Vietnamese names: "Trường THPT Lắk" becomes "thpt-lak". */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    private static final Pattern VALID = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static String slugify(String text) {
        if (text == null) {
            return "";
        }
        String ascii = VietnameseText.fold(text);
        String slug = NON_ALNUM.matcher(ascii).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = trimDashes(slug.substring(0, MAX_LENGTH));
        }
        return slug;
    }

    /**
     * Unit slugs drop the leading word "Trường": every school is one, and the slug is what people type
     * after the domain.
     */
    public static String forUnitName(String name) {
        String slug = slugify(name);
        return slug.startsWith("truong-") && slug.length() > "truong-".length() ? slug.substring("truong-".length()) : slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() >= 2 && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
