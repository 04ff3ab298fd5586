package vn.lantoa.apikey;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.security.SecretTokens;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Making and revoking a unit's keys, each recorded in the audit log with the change. */
@Singleton
class ApiKeys {

    /** What every key starts with: recognisable in a config file, a log or a secret scanner's rules. */
    static final String TOKEN_START = "lantoa_";
    /** 43 characters of 62: 256 bits from the system's secure random source. */
    private static final int SECRET_LENGTH = 43;
    /** Characters of the secret kept in clear after the "lantoa_", to recognise a key by in lists and the audit log. */
    private static final int PREFIX_LENGTH = 6;
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key just made, with its secret: the only moment the secret exists outside the caller's hands. */
    record Created(ApiKeyRow key, String secret) {
    }

    private final ApiKeyRepository keys;
    private final AuditLog audit;
    private final Clock clock;

    ApiKeys(ApiKeyRepository keys, AuditLog audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Created create(Actor actor, UnitRef unit, ApiKeyForm.Valid form) {
        String secret = newSecret();
        Instant now = clock.instant();
        // The key works through its last day, in Vietnam.
        Instant expiresAt = VietnamTime.startOf(form.lastDay().plusDays(1));
        ApiKey key = keys.save(new ApiKey(null, unit.id(), form.name(), secret.substring(0, TOKEN_START.length() + PREFIX_LENGTH),
                SecretTokens.sha256(secret), form.role(), form.readOnly(), expiresAt, actor.userId(), now, null, null, null));
        audit.record(actor, unit.id(), "apiKey.create", "api_key", key.id(), "Tạo khoá API \"" + key.name() + "\" (" + key.tokenPrefix() + "…)",
                null, describe(key));
        return new Created(keys.findRow(unit.id(), key.id()).orElseThrow(), secret);
    }

    /** Revokes a key of this unit (404 for any other); revoking it again changes nothing. */
    @Transactional
    void revoke(Actor actor, UnitRef unit, long keyId) {
        ApiKeyRow key = keys.findRow(unit.id(), keyId).orElseThrow(() -> new NotFoundException("api key " + keyId));
        if (keys.revoke(unit.id(), keyId, actor.userId(), clock.instant()) == 1) {
            audit.record(actor, unit.id(), "apiKey.revoke", "api_key", keyId, "Thu hồi khoá API \"" + key.name() + "\" (" + key.tokenPrefix() + "…)",
                    Map.of("revoked", false), Map.of("revoked", true));
        }
    }

    static String newSecret() {
        StringBuilder secret = new StringBuilder(TOKEN_START);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }

    private static Map<String, Object> describe(ApiKey key) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", key.name());
        after.put("prefix", key.tokenPrefix());
        after.put("role", key.role().name());
        after.put("readOnly", key.readOnly());
        after.put("expiresAt", key.expiresAt().toString());
        return after;
    }
}
