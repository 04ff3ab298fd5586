package vn.lantoa.platform.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.csrf.resolver.CsrfTokenResolver;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Forms carry their CSRF token in the action URL's query, not in a hidden field: Micronaut Security's
 * field resolver reads the body asynchronously, which in 4.15 makes the filter chain fail with a
 * NullPointerException (micronaut-security#1984). Read from the query, the check is synchronous; the token
 * is still compared with the HMAC-signed cookie and bound to the session, and pages send
 * Referrer-Policy: same-origin so the URL does not travel to other sites.
 */
@Singleton
class QueryCsrfTokenResolver implements CsrfTokenResolver<HttpRequest<?>> {

    @Override
    public Optional<String> resolveToken(HttpRequest<?> request) {
        return request.getParameters().getFirst(CsrfTokens.FIELD);
    }
}
