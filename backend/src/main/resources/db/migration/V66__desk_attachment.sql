-- Files a citizen attached to a case on the public form (issue 12): up to three images or PDFs, checked by their bytes.
-- They live under the desk/ prefix of the bucket, not under units/: they are not the unit's media library (no
-- stored_file row), and the files orphan sweeper leaves them alone. Read by the handling unit's desk roles only.
CREATE TABLE desk_case_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    case_id       BIGINT        NOT NULL,
    unit_id       BIGINT        NOT NULL,
    object_key    VARCHAR(300)  NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_desk_case_attachment_key (object_key),
    KEY ix_desk_case_attachment_case (unit_id, case_id),
    CONSTRAINT fk_desk_case_attachment_case FOREIGN KEY (case_id) REFERENCES desk_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_desk_case_attachment_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
