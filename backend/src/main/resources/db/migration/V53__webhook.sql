-- A unit's webhook: an integration's address that Lantoa POSTs chosen events to, about the unit and the units below it.
-- The secret signs every delivery (HMAC-SHA256), so Lantoa must be able to read it again: it is kept as is (Lantoa has
-- no key to encrypt secrets with); secret_prefix lets an admin recognise it. event_types is a comma-separated list.
CREATE TABLE webhook_subscription (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT        NOT NULL,
    url           VARCHAR(2000) NOT NULL,
    description   VARCHAR(200)  NOT NULL,
    event_types   VARCHAR(500)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    secret        VARCHAR(100)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    secret_prefix VARCHAR(20)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    active        BOOLEAN       NOT NULL,
    created_by    BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_by    BIGINT        NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_webhook_subscription_unit (unit_id, created_at),
    CONSTRAINT fk_webhook_subscription_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_webhook_subscription_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_webhook_subscription_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outbox: an event is written in the transaction of the change it tells about (a report sent, an article
-- published...), and handed out to the subscriptions that may see it afterwards (fanned_out), so a rolled-back change
-- tells nobody and a slow integration slows no send. resource_key names the thing the event is about: events of one
-- resource reach a subscription in the order of their ids. dedupe_key, when set, makes an event happen once (a report
-- overdue: once per unit and period). data is the event's JSON, without the envelope (id, type, time, unit).
CREATE TABLE webhook_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id      BIGINT       NOT NULL,
    unit_name    VARCHAR(300) NOT NULL,
    type         VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    resource_key VARCHAR(150) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    dedupe_key   VARCHAR(190) CHARACTER SET ascii COLLATE ascii_bin NULL,
    data         MEDIUMTEXT   NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    fanned_out   BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_webhook_event_dedupe (dedupe_key),
    -- The dispatcher's read across units: the events not yet handed out, oldest first.
    KEY ix_webhook_event_fan_out (fanned_out, id),
    KEY ix_webhook_event_unit (unit_id, occurred_at),
    CONSTRAINT fk_webhook_event_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One event for one subscription (unit_id is the subscriber's unit): PENDING until a 2xx answer (DELIVERED) or until
-- the retries run out (FAILED). last_* repeat the latest attempt, for lists.
CREATE TABLE webhook_delivery (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id          BIGINT        NOT NULL,
    subscription_id  BIGINT        NOT NULL,
    event_id         BIGINT        NOT NULL,
    resource_key     VARCHAR(150)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    status           VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  DATETIME(6)   NULL,
    last_attempt_at  DATETIME(6)   NULL,
    last_status_code INT           NULL,
    last_duration_ms INT           NULL,
    last_error       VARCHAR(500)  NULL,
    delivered_at     DATETIME(6)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_webhook_delivery_event (subscription_id, event_id),
    KEY ix_webhook_delivery_unit (unit_id, subscription_id, id),
    -- The dispatcher's read across units: what is due now.
    KEY ix_webhook_delivery_due (status, next_attempt_at),
    -- In order per resource: an earlier pending delivery of the same resource holds the later ones back.
    KEY ix_webhook_delivery_order (subscription_id, resource_key, status, event_id),
    CONSTRAINT fk_webhook_delivery_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    CONSTRAINT fk_webhook_delivery_event FOREIGN KEY (event_id) REFERENCES webhook_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The delivery log: every attempt, with the answer's status (NULL when none came), how long it took, and the error or
-- the first characters of the answer.
CREATE TABLE webhook_attempt (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id      BIGINT        NOT NULL,
    delivery_id  BIGINT        NOT NULL,
    number       INT           NOT NULL,
    attempted_at DATETIME(6)   NOT NULL,
    status_code  INT           NULL,
    duration_ms  INT           NOT NULL,
    error        VARCHAR(500)  NULL,
    response     VARCHAR(1000) NULL,
    manual       BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_webhook_attempt_unit (unit_id, attempted_at),
    KEY ix_webhook_attempt_delivery (delivery_id, number),
    CONSTRAINT fk_webhook_attempt_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
