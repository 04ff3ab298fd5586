package vn.lantoa.platform.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import vn.lantoa.platform.web.ErrorResponses;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Redirects;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a rejected request gets: the API a JSON error with a stable code; a browser without a session the
 * sign-in page (coming back afterwards); a signed-in browser a Vietnamese 403 page. A form whose CSRF
 * token expired is also rejected here.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AuthorizationRejections implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final ErrorResponses errors;
    private final SessionCookies cookies;

    AuthorizationRejections(ErrorResponses errors, SessionCookies cookies) {
        this.errors = errors;
        this.cookies = cookies;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        boolean signedIn = exception.getAuthentication() != null;
        if (ErrorResponses.wantsJson(request)) {
            return signedIn
                    ? errors.respond(request, HttpStatus.FORBIDDEN, "FORBIDDEN", "error.forbidden")
                    : errors.respond(request, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "error.unauthenticated");
        }
        if (!signedIn) {
            MutableHttpResponse<?> toLogin = request.getMethod() == HttpMethod.GET
                    ? Redirects.seeOther("/login?next=" + URLEncoder.encode(request.getUri().toString(), StandardCharsets.UTF_8))
                    : Redirects.seeOther("/login", Flash.error("error.formExpired"));
            if (request.getCookies().contains(cookies.cookieName())) {
                // A cookie whose session ended (signed out, everywhere, or the account disabled): drop it, or the sign-in
                // page, seeing a well-signed token, would send the browser straight back here.
                toLogin.cookie(cookies.clearedSession(request));
            }
            return toLogin;
        }
        if (request.getMethod() != HttpMethod.GET) {
            return errors.respond(request, HttpStatus.FORBIDDEN, "FORBIDDEN", "error.formExpired");
        }
        return errors.respond(request, HttpStatus.FORBIDDEN, "FORBIDDEN", "error.forbidden");
    }
}
