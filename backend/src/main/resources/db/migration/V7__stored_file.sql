CREATE TABLE stored_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT       NOT NULL,
    object_key    VARCHAR(300) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    content_type  VARCHAR(120) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_stored_file_key (object_key),
    KEY ix_stored_file_unit (unit_id, created_at),
    CONSTRAINT fk_stored_file_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
