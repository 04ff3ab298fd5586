-- A membership gives one user one role in one unit; a person with two roles has two rows.
CREATE TABLE membership (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    unit_id    BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    role       VARCHAR(30) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    created_by BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_membership (unit_id, user_id, role),
    KEY ix_membership_user (user_id),
    CONSTRAINT fk_membership_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
