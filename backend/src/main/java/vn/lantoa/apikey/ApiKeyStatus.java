package vn.lantoa.apikey;

import java.time.Instant;

/** Whether a key still opens the API, and if not why: the one rule the sign-in of a key and the key lists share. */
public enum ApiKeyStatus {
    ACTIVE,
    REVOKED,
    EXPIRED,
    /** The unit was closed (merged or dissolved): its integrations stop with it. */
    UNIT_CLOSED,
    /** The admin who made the key no longer administers the unit (or left): the key never does more than they could. */
    CREATOR_GONE;

    static ApiKeyStatus of(Instant revokedAt, Instant expiresAt, boolean unitClosed, boolean creatorStillAdmin, Instant now) {
        if (revokedAt != null) {
            return REVOKED;
        }
        if (!expiresAt.isAfter(now)) {
            return EXPIRED;
        }
        if (unitClosed) {
            return UNIT_CLOSED;
        }
        return creatorStillAdmin ? ACTIVE : CREATOR_GONE;
    }

    public String labelKey() {
        return "apiKey.status." + name();
    }
}
