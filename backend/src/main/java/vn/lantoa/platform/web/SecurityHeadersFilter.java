package vn.lantoa.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every page gets: no framing by other sites, no MIME sniffing, and no full URLs (which carry form
 * tokens) in the Referer sent to other sites.
 */
@ServerFilter("/**")
class SecurityHeadersFilter {

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        // A response may have set its own (public files allow framing by the site's own pages).
        setIfAbsent(response, "Referrer-Policy", "same-origin");
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
    }

    private static void setIfAbsent(MutableHttpResponse<?> response, String name, String value) {
        if (!response.getHeaders().contains(name)) {
            response.getHeaders().set(name, value);
        }
    }
}
