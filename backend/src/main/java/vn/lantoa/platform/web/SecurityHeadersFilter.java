package vn.lantoa.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every page gets: no framing by other sites, no MIME sniffing, no full URLs (which carry form tokens) in
 * the Referer sent to other sites, HSTS when the visitor came over HTTPS, and a Content-Security-Policy on every HTML
 * page that does not bring its own (the public sites do, see site/SiteRoutes).
 */
@ServerFilter("/**")
public class SecurityHeadersFilter {

    /**
     * The admin, sign-in, password and account pages: scripts only from Lantoa's own files (no inline script, no
     * eval; the editor, TinyMCE 6, loads its plugins and skin from /vendor). Inline styles stay allowed: TinyMCE styles
     * its toolbar and editing frame inline, and a style cannot run code. Images may be data: and blob: URLs, which
     * TinyMCE uses for pasted pictures before they are uploaded; frames only from YouTube, the one embed the
     * sanitizer keeps.
     */
    static final String PAGES_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + "frame-src 'self' https://www.youtube.com https://www.youtube-nocookie.com; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** A year; without includeSubDomains, since units' own host names may live under a domain Lantoa does not run. */
    public static final String HSTS = "max-age=31536000";

    private final ClientAddress clients;

    SecurityHeadersFilter(ClientAddress clients) {
        this.clients = clients;
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        // A response may have set its own (public files allow framing by the site's own pages).
        setIfAbsent(response, "Referrer-Policy", "same-origin");
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        if (response.getContentType().map(t -> t.matches(MediaType.TEXT_HTML_TYPE)).orElse(false)) {
            setIfAbsent(response, "Content-Security-Policy", PAGES_CSP);
        }
        if (clients.isHttps(request)) {
            setIfAbsent(response, "Strict-Transport-Security", HSTS);
        }
    }

    private static void setIfAbsent(MutableHttpResponse<?> response, String name, String value) {
        if (!response.getHeaders().contains(name)) {
            response.getHeaders().set(name, value);
        }
    }
}
