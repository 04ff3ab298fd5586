CREATE TABLE import_job (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT       NOT NULL,
    created_by    BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    rows_total    INT          NOT NULL DEFAULT 0,
    rows_done     INT          NOT NULL DEFAULT 0,
    rows_invalid  INT          NOT NULL DEFAULT 0,
    payload       LONGTEXT     NOT NULL,
    failure       VARCHAR(1000) NULL,
    created_at    DATETIME(6)  NOT NULL,
    finished_at   DATETIME(6)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_import_job_unit (unit_id, created_at),
    CONSTRAINT fk_import_job_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
