package vn.lantoa.platform.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import jakarta.inject.Singleton;
import vn.lantoa.platform.web.ClientAddress;

import java.time.Duration;

/** The browser session: a signed JWT in an HttpOnly, SameSite=Lax cookie, Secure under HTTPS. */
@Singleton
public class SessionCookies {

    private final AccessTokenCookieConfiguration cookieConfiguration;
    private final SecuritySettings settings;
    private final ClientAddress clients;

    SessionCookies(AccessTokenCookieConfiguration cookieConfiguration, SecuritySettings settings, ClientAddress clients) {
        this.cookieConfiguration = cookieConfiguration;
        this.settings = settings;
        this.clients = clients;
    }

    public Cookie session(HttpRequest<?> request, String jwt, Duration maxAge) {
        return Cookie.of(cookieConfiguration.getCookieName(), jwt)
                .path("/")
                .httpOnly(true)
                .sameSite(SameSite.Lax)
                .secure(isSecure(request))
                .maxAge(maxAge);
    }

    public String cookieName() {
        return cookieConfiguration.getCookieName();
    }

    public Cookie clearedSession(HttpRequest<?> request) {
        return Cookie.of(cookieConfiguration.getCookieName(), "")
                .path("/")
                .httpOnly(true)
                .sameSite(SameSite.Lax)
                .secure(isSecure(request))
                .maxAge(0);
    }

    public boolean isSecure(HttpRequest<?> request) {
        String configured = settings.getSecureCookies();
        if (!configured.isEmpty()) {
            return Boolean.parseBoolean(configured);
        }
        return clients.isHttps(request);
    }
}
