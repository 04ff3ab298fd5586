-- An import of press contacts waits here between its preview and its confirmation: the rows as read from the file
-- (JSON), so that confirming writes exactly what was shown. Kept by the unit that uploaded it; applied at most once.
CREATE TABLE press_contact_import (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT        NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    row_count   INT           NOT NULL,
    rows_json   MEDIUMTEXT    NOT NULL,
    applied_at  DATETIME(6)   NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_press_contact_import_unit (unit_id, created_at),
    CONSTRAINT fk_press_contact_import_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
