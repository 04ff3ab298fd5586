-- Files a unit attaches to its report (minutes, photos, scanned signed copies); the file stays the unit's own.
CREATE TABLE report_attachment (
    report_id   BIGINT      NOT NULL,
    unit_id     BIGINT      NOT NULL,
    file_id     BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    created_by  BIGINT      NULL,
    PRIMARY KEY (report_id, file_id),
    KEY ix_report_attachment_unit (unit_id, report_id),
    CONSTRAINT fk_report_attachment_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_report_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
