-- Emergency notices (issue 14 item 5): a Sở or Phòng tells units below about a storm, a school closure or an exam
-- change. status: ACTIVE, WITHDRAWN, EXPIRED (set by the expiry job; an ACTIVE row past expires_at is shown nowhere).
-- audience: the choice in words, as the sender made it (the tree may change later); target_count: units reached.
CREATE TABLE notice (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id          BIGINT         NOT NULL,
    kind             VARCHAR(20)    NOT NULL,
    severity         VARCHAR(20)    NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    body             VARCHAR(1000)  NOT NULL,
    audience         VARCHAR(300)   NOT NULL,
    status           VARCHAR(12)    NOT NULL,
    expires_at       DATETIME(6)    NOT NULL,
    target_count     INT            NOT NULL DEFAULT 0,
    mailed_count     INT            NOT NULL DEFAULT 0,
    sent_at          DATETIME(6)    NOT NULL,
    sent_by          BIGINT         NULL,
    withdrawn_at     DATETIME(6)    NULL,
    withdrawn_by     BIGINT         NULL,
    reminded_at      DATETIME(6)    NULL,
    PRIMARY KEY (id),
    KEY ix_notice_unit (unit_id, sent_at),
    KEY ix_notice_due (status, expires_at),
    CONSTRAINT fk_notice_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The units a notice reached, fixed when it was sent, and who acknowledged it there and when.
CREATE TABLE notice_target (
    unit_id          BIGINT         NOT NULL,
    notice_id        BIGINT         NOT NULL,
    acknowledged_at  DATETIME(6)    NULL,
    acknowledged_by  BIGINT         NULL,
    PRIMARY KEY (unit_id, notice_id),
    KEY ix_notice_target_notice (notice_id, acknowledged_at),
    CONSTRAINT fk_notice_target_notice FOREIGN KEY (notice_id) REFERENCES notice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
