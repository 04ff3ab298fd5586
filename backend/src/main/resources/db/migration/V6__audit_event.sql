-- Written in the same transaction as the change it describes. unit_id is NULL only for account-level
-- events (a user changing their own password), which belong to no unit.
CREATE TABLE audit_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT       NULL,
    occurred_at   DATETIME(6)  NOT NULL,
    actor_user_id BIGINT       NULL,
    actor_email   VARCHAR(254) NULL,
    action        VARCHAR(60)  NOT NULL,
    entity_type   VARCHAR(40)  NOT NULL,
    entity_id     VARCHAR(64)  NULL,
    summary       VARCHAR(500) NOT NULL,
    before_json   LONGTEXT     NULL,
    after_json    LONGTEXT     NULL,
    PRIMARY KEY (id),
    KEY ix_audit_unit_time (unit_id, occurred_at),
    KEY ix_audit_actor_time (actor_user_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
