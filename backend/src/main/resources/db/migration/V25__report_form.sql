-- A report form (biểu mẫu) a unit defines for the units below. Its definition lives in numbered versions: a report
-- keeps the version it was made with, so editing the form never rewrites what was already sent.
CREATE TABLE report_form (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id         BIGINT       NOT NULL,
    title           VARCHAR(300) NOT NULL,
    current_version INT          NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    created_by      BIGINT       NULL,
    updated_by      BIGINT       NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_report_form_unit (unit_id, title),
    CONSTRAINT fk_report_form_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_form_version (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT      NOT NULL,
    form_id     BIGINT      NOT NULL,
    number      INT         NOT NULL,
    definition  MEDIUMTEXT  NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    created_by  BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_report_form_version (unit_id, form_id, number),
    CONSTRAINT fk_report_form_version_form FOREIGN KEY (form_id) REFERENCES report_form (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
