package vn.lantoa.people;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.platform.security.SecretTokens;
import vn.lantoa.platform.security.SecuritySettings;
import vn.lantoa.platform.security.SessionCookies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issues what a signed-in person carries: a session cookie for the browser, or for API clients a short
 * bearer token with a refresh token. Refresh tokens rotate on every use; a replayed one revokes them all.
 */
@Singleton
public class SessionTokens {

    @Serdeable
    public record ApiTokens(String accessToken, String refreshToken, String tokenType, int expiresIn) {
    }

    private final JwtTokenGenerator jwt;
    private final AccessTokenConfiguration accessTokenConfiguration;
    private final SessionCookies cookies;
    private final RefreshTokenRepository refreshTokens;
    private final UserRepository users;
    private final RevokedSessionRepository revoked;
    private final SecuritySettings settings;
    private final Clock clock;

    SessionTokens(JwtTokenGenerator jwt, AccessTokenConfiguration accessTokenConfiguration, SessionCookies cookies,
                  RefreshTokenRepository refreshTokens, UserRepository users, RevokedSessionRepository revoked, SecuritySettings settings,
                  Clock clock) {
        this.jwt = jwt;
        this.revoked = revoked;
        this.accessTokenConfiguration = accessTokenConfiguration;
        this.cookies = cookies;
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    public Cookie browserSession(HttpRequest<?> request, User user) {
        int seconds = accessTokenConfiguration.getExpiration();
        return cookies.session(request, token(user, seconds), Duration.ofSeconds(seconds));
    }

    @Transactional
    public ApiTokens issueApiTokens(User user) {
        String refresh = SecretTokens.newToken();
        Instant now = clock.instant();
        refreshTokens.save(new RefreshToken(null, user.id(), SecretTokens.sha256(refresh),
                now.plus(Duration.ofDays(settings.getRefreshTokenDays())), null, now));
        return new ApiTokens(token(user, settings.getApiTokenSeconds()), refresh, "Bearer", settings.getApiTokenSeconds());
    }

    /** A new pair for a live refresh token; empty when it is unknown, expired, revoked or its owner may no longer sign in. */
    @Transactional
    public Optional<ApiTokens> refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Optional.empty();
        }
        Optional<RefreshToken> found = refreshTokens.findByTokenHash(SecretTokens.sha256(refreshToken.strip()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken token = found.get();
        Instant now = clock.instant();
        if (token.revokedAt() != null) {
            // Someone is using a token that was already exchanged: assume it was stolen.
            refreshTokens.revokeAllOf(token.userId(), now);
            return Optional.empty();
        }
        if (!token.expiresAt().isAfter(now) || refreshTokens.revoke(token.id(), now) != 1) {
            return Optional.empty();
        }
        return users.findById(token.userId())
                .filter(u -> u.status() == UserStatus.ACTIVE)
                .filter(u -> !token.createdAt().isBefore(u.sessionsValidAfter().minusSeconds(1)))
                .map(this::issueApiTokens);
    }

    public void revoke(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return;
        }
        refreshTokens.findByTokenHash(SecretTokens.sha256(refreshToken.strip()))
                .ifPresent(t -> refreshTokens.revoke(t.id(), clock.instant()));
    }

    public void revokeAllOf(long userId) {
        refreshTokens.revokeAllOf(userId, clock.instant());
    }

    /**
     * Ends one session (a browser cookie or an API access token) on the server: its token id is recorded and every
     * instance refuses it from the next request on, though its signature stays valid until it expires. The table
     * holds only tokens not yet expired; each sign-out clears those that have.
     */
    @Transactional
    public void endSession(Authentication authentication) {
        Object jti = authentication.getAttributes().get("jti");
        long userId;
        try {
            userId = Long.parseLong(authentication.getName());
        } catch (NumberFormatException e) {
            return;
        }
        if (!(jti instanceof String id) || id.isBlank() || id.length() > 64) {
            return;
        }
        Instant now = clock.instant();
        Instant expires = instantClaim(authentication.getAttributes().get("exp"));
        revoked.forgetExpired(now);
        revoked.revoke(id, userId, expires == null ? now.plusSeconds(accessTokenConfiguration.getExpiration()) : expires, now);
    }

    private static Instant instantClaim(Object claim) {
        if (claim instanceof java.util.Date date) {
            return date.toInstant();
        }
        if (claim instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }

    private String token(User user, int seconds) {
        Authentication authentication = Authentication.build(String.valueOf(user.id()), List.of(), Map.of("email", user.email()));
        return jwt.generateToken(authentication, seconds)
                .orElseThrow(() -> new IllegalStateException("JWT generation failed: check LANTOA_JWT_SECRET"));
    }
}
