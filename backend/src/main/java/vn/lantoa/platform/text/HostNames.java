package vn.lantoa.platform.text;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Domain names (a unit's own host name, official email domains) and website addresses. */
public final class HostNames {

    private static final Pattern DOMAIN = Pattern.compile(
            "^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    private HostNames() {
    }

    public static boolean isValidDomain(String domain) {
        return domain != null && DOMAIN.matcher(domain).matches();
    }

    public static String normalize(String domain) {
        return domain == null ? null : domain.strip().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    }

    /** "daklak.edu.vn, @moet.gov.vn  x.vn" -> [daklak.edu.vn, moet.gov.vn, x.vn]. */
    public static List<String> parseList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+"))
                .map(s -> normalize(s.startsWith("@") ? s.substring(1) : s))
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    /** An http(s) address with a valid host; "truong.edu.vn" alone is accepted and read as https. */
    public static String normalizeWebsite(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String candidate = text.strip();
        if (!candidate.matches("(?i)^https?://.*")) {
            candidate = "https://" + candidate;
        }
        try {
            URI uri = URI.create(candidate);
            String host = uri.getHost();
            if (host == null || !isValidDomain(host.toLowerCase(Locale.ROOT)) || candidate.length() > 255) {
                return null;
            }
            return candidate;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
