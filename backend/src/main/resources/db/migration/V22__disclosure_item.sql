-- Public disclosure (công khai, Thông tư 09/2024/TT-BGDĐT): what a school published for which requirement and
-- period. Rows are never deleted: a replaced item stays in the archive for at least five years.
CREATE TABLE disclosure_item (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id        BIGINT        NOT NULL,
    requirement    VARCHAR(40)   NOT NULL,
    period         VARCHAR(20)   NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    body           VARCHAR(4000) NULL,
    file_id        BIGINT        NULL,
    published_at   DATETIME(6)   NOT NULL,
    replaced_by    BIGINT        NULL,
    created_by     BIGINT        NULL,
    PRIMARY KEY (id),
    KEY ix_disclosure_unit (unit_id, requirement, period, published_at),
    CONSTRAINT fk_disclosure_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_disclosure_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
