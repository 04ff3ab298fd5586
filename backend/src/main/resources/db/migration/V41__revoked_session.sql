-- Sessions ended before they expire (signing out): a token whose id is here is refused on every instance
-- until its own expiry, after which the row is no longer needed and is deleted.
CREATE TABLE revoked_session (
    jti        VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_id    BIGINT      NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NOT NULL,
    PRIMARY KEY (jti),
    KEY ix_revoked_session_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
