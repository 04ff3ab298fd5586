-- An article or document a unit shares down its tree. The recipients are fixed when it is shared: units added
-- later do not receive old directives, and a unit moved away keeps what it received.
CREATE TABLE share (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id         BIGINT       NOT NULL,
    item_type       VARCHAR(20)  NOT NULL,
    item_id         BIGINT       NOT NULL,
    audience        VARCHAR(300) NOT NULL,
    requires_ack    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)  NOT NULL,
    created_by      BIGINT       NULL,
    PRIMARY KEY (id),
    KEY ix_share_item (unit_id, item_type, item_id),
    CONSTRAINT fk_share_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE share_target (
    share_id         BIGINT      NOT NULL,
    unit_id          BIGINT      NOT NULL,
    acknowledged_at  DATETIME(6) NULL,
    acknowledged_by  BIGINT      NULL,
    PRIMARY KEY (share_id, unit_id),
    KEY ix_share_target_unit (unit_id, share_id),
    CONSTRAINT fk_share_target_share FOREIGN KEY (share_id) REFERENCES share (id) ON DELETE CASCADE,
    CONSTRAINT fk_share_target_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
