-- One unit's report for one obligation and period: the draft being filled in and, once sent, what was sent.
-- first_submitted_at decides timeliness (as DHIS2 does); every send, return and acceptance is a report_version.
CREATE TABLE report (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id            BIGINT       NOT NULL,
    obligation_id      BIGINT       NOT NULL,
    period_code        VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    recipient_unit_id  BIGINT       NOT NULL,
    form_version_id    BIGINT       NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    answers            MEDIUMTEXT   NOT NULL,
    prefilled          TEXT         NOT NULL,
    row_count          INT          NOT NULL DEFAULT 0,
    first_submitted_at DATETIME(6)  NULL,
    submitted_at       DATETIME(6)  NULL,
    submitted_by       BIGINT       NULL,
    signed_by          BIGINT       NULL,
    decided_at         DATETIME(6)  NULL,
    decided_by         BIGINT       NULL,
    return_reason      VARCHAR(1000) NULL,
    revision           INT          NOT NULL DEFAULT 0,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    created_by         BIGINT       NULL,
    updated_by         BIGINT       NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_report_period (unit_id, obligation_id, period_code),
    KEY ix_report_recipient (recipient_unit_id, obligation_id, period_code),
    KEY ix_report_obligation (obligation_id, period_code, status),
    CONSTRAINT fk_report_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_report_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id),
    CONSTRAINT fk_report_recipient FOREIGN KEY (recipient_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_report_form_version FOREIGN KEY (form_version_id) REFERENCES report_form_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The token of a send is unique per report: a double click or a retry after a timeout records one submission.
CREATE TABLE report_version (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id      BIGINT        NOT NULL,
    report_id    BIGINT        NOT NULL,
    number       INT           NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    answers      MEDIUMTEXT    NULL,
    note         VARCHAR(1000) NULL,
    token        VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   BIGINT        NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_report_version_number (unit_id, report_id, number),
    UNIQUE KEY uk_report_version_token (report_id, token),
    CONSTRAINT fk_report_version_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
