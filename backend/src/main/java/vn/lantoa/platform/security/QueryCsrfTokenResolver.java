package vn.lantoa.platform.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.security.csrf.resolver.CsrfTokenResolver;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Micronaut reads the CSRF field from url-encoded forms only; file-upload forms are multipart, so they
 * carry the token in the action URL's query instead. The token is still checked against the cookie.
 */
@Singleton
class QueryCsrfTokenResolver implements CsrfTokenResolver<HttpRequest<?>> {

    @Override
    public Optional<String> resolveToken(HttpRequest<?> request) {
        boolean multipart = request.getContentType().map(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
        return multipart ? request.getParameters().getFirst(CsrfTokens.FIELD) : Optional.empty();
    }
}
