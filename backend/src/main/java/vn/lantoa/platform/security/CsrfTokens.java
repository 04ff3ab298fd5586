package vn.lantoa.platform.security;

import io.micronaut.http.HttpRequest;

/** The CSRF token of the current page, for its forms' hidden field. */
public final class CsrfTokens {

    public static final String FIELD = "csrfToken";

    private CsrfTokens() {
    }

    public static String of(HttpRequest<?> request) {
        return request.getAttribute(CsrfCookieFilter.ATTRIBUTE, String.class).orElse("");
    }
}
