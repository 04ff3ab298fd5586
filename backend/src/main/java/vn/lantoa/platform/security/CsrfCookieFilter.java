package vn.lantoa.platform.security;

import io.micronaut.web.router.RouteAttributes;
import vn.lantoa.platform.web.PublicPage;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;

/**
 * Hands every page a CSRF token for its forms. Micronaut's CSRF filter then checks each form POST
 * (double-submit cookie, HMAC-signed and bound to the session's JWT id). When the session changes, at
 * sign-in or sign-out, the old token no longer validates and a fresh one is issued here.
 */
@ServerFilter("/**")
class CsrfCookieFilter implements Ordered {

    static final String ATTRIBUTE = "lantoa.csrf";

    private final CsrfTokenGenerator<HttpRequest<?>> generator;
    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final CsrfConfiguration configuration;
    private final SessionCookies sessionCookies;

    CsrfCookieFilter(CsrfTokenGenerator<HttpRequest<?>> generator, CsrfTokenValidator<HttpRequest<?>> validator,
                     CsrfConfiguration configuration, SessionCookies sessionCookies) {
        this.generator = generator;
        this.validator = validator;
        this.configuration = configuration;
        this.sessionCookies = sessionCookies;
    }

    @Override
    public int getOrder() {
        // After the security filter, which puts the session's JWT on the request.
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    void attachToken(HttpRequest<?> request) {
        if (request.getPath().startsWith("/static/") || request.getPath().startsWith("/api/") || isPublicPage(request)) {
            return;
        }
        String current = request.getCookies().findCookie(configuration.getCookieName()).map(Cookie::getValue).orElse(null);
        if (current != null && validator.validateCsrfToken(request, current)) {
            // Also on POST: a form shown again with its errors needs the token for the next try.
            request.setAttribute(ATTRIBUTE, current);
        } else if (request.getMethod() == HttpMethod.GET) {
            request.setAttribute(ATTRIBUTE, generator.generateCsrfToken(request));
            request.setAttribute(ATTRIBUTE + ".new", Boolean.TRUE);
        }
    }

    private static boolean isPublicPage(HttpRequest<?> request) {
        java.util.Optional<io.micronaut.web.router.RouteInfo<?>> route = RouteAttributes.getRouteInfo(request);
        return route.isPresent() && route.get().getAnnotationMetadata().hasAnnotation(PublicPage.class);
    }

    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(ATTRIBUTE + ".new").isEmpty()) {
            return;
        }
        // Only a page can hold a form. Files, JSON, redirects and probes get no cookie: caches keep them, and a
        // Set-Cookie would make a shared cache either refuse them or hand one visitor's token to the next.
        if (!response.getContentType().map(t -> t.matches(MediaType.TEXT_HTML_TYPE)).orElse(false)) {
            return;
        }
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(token -> response.cookie(
                Cookie.of(configuration.getCookieName(), token)
                        .path("/")
                        .httpOnly(true)
                        .sameSite(SameSite.Lax)
                        .secure(sessionCookies.isSecure(request))));
    }
}
