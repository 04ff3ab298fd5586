package vn.lantoa.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The public addresses of a site, under /{slug}/ or at the root of the unit's own host. */
final class SiteRoutes {

    /** First path segments that belong to Lantoa itself, never to a site, even on a unit's own host. */
    private static final Set<String> LANTOA_PATHS = Set.of("admin", "api", "static", "vendor", "login", "logout", "health", "account",
            "lang", "password", "invitation", "anh", "tep", "favicon.ico", "bieu-tuong");

    private static final String WHOLE_WORD = "(?![a-z0-9.-])";

    /**
     * The {site} variable of every public route: a slug, and none of the first segments above. Without the exclusion,
     * "GET /login" asking for any type (curl's default Accept, and many probes') matched the site home "/{site}" too,
     * and Micronaut prefers the route that declares it produces any type: the sign-in page, the admin and /health
     * answered the public site's 404. Any other character (an accent, an emoji, a %-escape) is no site either.
     * Written without ':' ',' '{' '}', which Micronaut's URI template parser reads as its own.
     */
    static final String SITE = "/{site:(?!admin" + WHOLE_WORD + "|api" + WHOLE_WORD + "|static" + WHOLE_WORD + "|vendor" + WHOLE_WORD
            + "|login" + WHOLE_WORD + "|logout" + WHOLE_WORD + "|health" + WHOLE_WORD + "|account" + WHOLE_WORD + "|lang" + WHOLE_WORD
            + "|password" + WHOLE_WORD + "|invitation" + WHOLE_WORD + "|anh" + WHOLE_WORD + "|tep" + WHOLE_WORD + "|bieu-tuong" + WHOLE_WORD + ")[a-z0-9][a-z0-9-]*}";

    /** What a stored slug can look like; anything else is no article, category or tag, and never reaches the database. */
    private static final java.util.regex.Pattern SLUG_SHAPED = java.util.regex.Pattern.compile("[a-z0-9-]{1,200}");

    /**
     * Content-Security-Policy of public pages: scripts only from Lantoa, frames only from the video sites the
     * sanitizer lets through, no plugins at all (a document's PDF is shown in a frame). Even if a hostile script
     * slipped into content, the browser would not run it.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-src 'self' https://www.youtube.com https://www.youtube-nocookie.com; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final Map<String, String> HEADERS;

    static {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Cache-Control", "public, no-cache");
        // A page goes out compressed or not by the request's Accept-Encoding: shared caches must keep the two apart.
        h.put("Vary", "Accept-Encoding");
        h.put("Content-Security-Policy", CSP);
        h.put("Referrer-Policy", "same-origin");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        HEADERS = Map.copyOf(h);
    }

    private SiteRoutes() {
    }

    static boolean isLantoaPath(String firstSegment) {
        return LANTOA_PATHS.contains(firstSegment);
    }

    /**
     * Slug columns are ASCII: comparing one with "ữ" or an emoji is an error in MariaDB, not a miss. A value of any
     * other shape cannot name a stored slug, so it is answered as not found without a query.
     */
    static boolean isSlugShaped(String value) {
        return value != null && SLUG_SHAPED.matcher(value).matches();
    }

    /** Headers of every public page, whether rendered now or answered from the cache. */
    static Map<String, String> publicHeaders() {
        return HEADERS;
    }
}
