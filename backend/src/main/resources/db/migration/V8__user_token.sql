-- Invitation and password-reset links. Only a SHA-256 of the token is stored: a database leak gives no
-- working link.
CREATE TABLE user_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    user_id    BIGINT      NOT NULL,
    purpose    VARCHAR(20) NOT NULL,
    token_hash CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    unit_id    BIGINT      NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL,
    created_by BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_user_token_hash (token_hash),
    KEY ix_user_token_user (user_id, purpose),
    CONSTRAINT fk_user_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
