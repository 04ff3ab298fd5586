package vn.lantoa.platform.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** The address rules Lantoa checks before it stores or sends to an email address. */
public final class Emails {

    // Deliberately plain (RFC 5322 allows far more): what Vietnamese official and school mail systems issue.
    private static final Pattern ADDRESS = Pattern.compile(
            "^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private Emails() {
    }

    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= 254 && ADDRESS.matcher(email.strip()).matches()
                && !email.contains("..");
    }

    public static String domainOf(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** True when the address is in one of the domains or one of their subdomains. */
    public static boolean isInDomains(String email, java.util.Collection<String> domains) {
        String domain = domainOf(email);
        return domains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }
}
