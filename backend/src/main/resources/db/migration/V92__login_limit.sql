-- The sign-in limit per client address, shared by every instance (bucket4j's MySQL back end: one row per address and
-- limit, its token bucket serialized in state, locked with SELECT ... FOR UPDATE while a try is counted). expires_at
-- (milliseconds since 1970) is when the bucket would be full again; a job deletes the rows past it.
CREATE TABLE login_limit (
    id         VARCHAR(120) NOT NULL,
    state      BLOB         NULL,
    expires_at BIGINT       NULL,
    PRIMARY KEY (id),
    KEY ix_login_limit_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
