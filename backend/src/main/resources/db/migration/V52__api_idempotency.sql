-- What a create answered, per caller and Idempotency-Key, for a day: a retried request gets the same answer instead of a
-- second row. status is NULL while the first request is still running.
CREATE TABLE api_idempotency (
    caller        VARCHAR(64)  NOT NULL,
    idem_key      VARCHAR(255) NOT NULL,
    fingerprint   CHAR(64)     NOT NULL,
    status        SMALLINT     NULL,
    location      VARCHAR(1000) NULL,
    response_body MEDIUMBLOB   NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (caller, idem_key),
    KEY api_idempotency_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
