package vn.lantoa.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The public addresses of a site, under /{slug}/ or at the root of the unit's own host. */
final class SiteRoutes {

    /** First path segments that belong to Lantoa itself, never to a site, even on a unit's own host. */
    private static final Set<String> LANTOA_PATHS = Set.of("admin", "api", "static", "vendor", "login", "logout", "health", "account",
            "lang", "password", "invitation", "anh", "tep", "favicon.ico");

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

    /** Headers of every public page, whether rendered now or answered from the cache. */
    static Map<String, String> publicHeaders() {
        return HEADERS;
    }
}
