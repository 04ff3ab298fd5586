-- The desk's daily digest to a unit's committee heads: one row per unit and Vietnam day, written in the transaction
-- that queues the mails, so a second instance or a second run that day sends nothing again.
CREATE TABLE desk_digest_sent (
    unit_id  BIGINT      NOT NULL,
    day      DATE        NOT NULL,
    sent_at  DATETIME(6) NOT NULL,
    cases    INT         NOT NULL,
    PRIMARY KEY (unit_id, day),
    CONSTRAINT fk_desk_digest_sent_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The retention job looks for cases closed before a cutoff that still hold personal data.
CREATE INDEX ix_desk_case_closed ON desk_case (closed_at);
