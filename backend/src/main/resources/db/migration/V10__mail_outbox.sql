-- Mail is queued in the transaction that decides to send it and delivered afterwards, so a rolled-back
-- change sends nothing and a mail server outage loses nothing.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    to_address      VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body_text       LONGTEXT      NOT NULL,
    body_html       LONGTEXT      NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000) NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY ix_mail_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
