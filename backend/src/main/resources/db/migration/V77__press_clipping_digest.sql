-- Media monitoring (issue 13 item 5). A negative clipping opens at most one public-opinion issue in one click: the
-- clipping keeps which, so a second click opens it rather than a twin. The digest of a period is mailed once: the
-- unit's row for that period, written with the queued mails, makes another run (or another instance) send nothing.
ALTER TABLE press_clipping ADD COLUMN opinion_issue_id BIGINT NULL;

CREATE TABLE press_clipping_digest (
    unit_id       BIGINT       NOT NULL,
    frequency     VARCHAR(10)  NOT NULL,
    period_start  DATE         NOT NULL,
    period_end    DATE         NOT NULL,
    clippings     INT          NOT NULL,
    recipients    INT          NOT NULL,
    sent_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (unit_id, frequency, period_start),
    CONSTRAINT fk_press_clipping_digest_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
