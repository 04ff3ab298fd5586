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
        response.getHeaders().add("Referrer-Policy", "same-origin");
        response.getHeaders().add("X-Content-Type-Options", "nosniff");
        response.getHeaders().add("X-Frame-Options", "DENY");
    }
}
