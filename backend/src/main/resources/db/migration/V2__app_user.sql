CREATE TABLE app_user (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    email                VARCHAR(254) NOT NULL,
    full_name            VARCHAR(150) NOT NULL,
    phone                VARCHAR(30)  NULL,
    job_title            VARCHAR(150) NULL,
    password_hash        VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NULL,
    status               VARCHAR(20)  NOT NULL,
    platform_admin       BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_login_count   INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(6)  NULL,
    last_login_at        DATETIME(6)  NULL,
    sessions_valid_after DATETIME(6)  NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_app_user_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
