-- An API key of a unit, for an integration that calls /api/v1 without a person's password. Only the SHA-256 of the
-- secret is kept (the secret is shown once, when the key is made); token_prefix, its first characters, lets an admin
-- recognise a key in lists and logs. The key acts in its unit with one role (REPORTER or EDITOR), read-only or not,
-- until it expires or is revoked, and only while the admin who made it still administers the unit.
CREATE TABLE api_key (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id      BIGINT       NOT NULL,
    name         VARCHAR(150) NOT NULL,
    token_prefix VARCHAR(20)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    token_hash   CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    role         VARCHAR(30)  NOT NULL,
    read_only    BOOLEAN      NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    created_by   BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    revoked_by   BIGINT       NULL,
    PRIMARY KEY (id),
    -- The one lookup that crosses units: a request's key, found by its hash before anyone knows its unit.
    UNIQUE KEY uk_api_key_hash (token_hash),
    KEY ix_api_key_unit (unit_id, created_at),
    CONSTRAINT fk_api_key_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_api_key_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_api_key_revoked_by FOREIGN KEY (revoked_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
