-- What the units below an issuer must report, to whom and by when. The audience is a list of selectors
-- ("TYPE:DISTRICT_OFFICE,LEVEL:THPT"); the due rule a short code ("DAY_OF_PERIOD_MONTH:25").
CREATE TABLE obligation (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id              BIGINT       NOT NULL,
    form_id              BIGINT       NOT NULL,
    title                VARCHAR(300) NOT NULL,
    audience             VARCHAR(300) NOT NULL,
    recipient            VARCHAR(10)  NOT NULL,
    period_type          VARCHAR(20)  NOT NULL,
    due_rule             VARCHAR(40)  NOT NULL,
    move_off_days_off    BOOLEAN      NOT NULL DEFAULT FALSE,
    opens_days_before    INT          NULL,
    reminder_days        VARCHAR(50)  NOT NULL,
    lock_days            INT          NULL,
    escalate_days        INT          NULL,
    requires_signoff     BOOLEAN      NOT NULL DEFAULT FALSE,
    starts_on            DATE         NOT NULL,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    created_by           BIGINT       NULL,
    updated_by           BIGINT       NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_obligation_unit (unit_id, active),
    CONSTRAINT fk_obligation_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_obligation_form FOREIGN KEY (form_id) REFERENCES report_form (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A recipient's permission for one unit to submit a period after it locked.
CREATE TABLE report_lock_exception (
    unit_id        BIGINT      NOT NULL,
    obligation_id  BIGINT      NOT NULL,
    period_code    VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    until_at       DATETIME(6) NOT NULL,
    granted_at     DATETIME(6) NOT NULL,
    granted_by     BIGINT      NULL,
    PRIMARY KEY (unit_id, obligation_id, period_code),
    CONSTRAINT fk_lock_exception_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_lock_exception_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
