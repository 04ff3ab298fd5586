-- Official documents (văn bản): number such as 85/KH-UBND, date, issuing body, type, summary (trích yếu), file.
CREATE TABLE official_document (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT        NOT NULL,
    number        VARCHAR(60)   NOT NULL,
    doc_date      DATE          NOT NULL,
    issuer        VARCHAR(255)  NOT NULL,
    doc_type      VARCHAR(30)   NOT NULL,
    summary       VARCHAR(2000) NOT NULL,
    search_text   VARCHAR(3000) NOT NULL,
    file_id       BIGINT        NULL,
    status        VARCHAR(20)   NOT NULL,
    published_at  DATETIME(6)   NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    created_by    BIGINT        NULL,
    updated_by    BIGINT        NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_document_public (unit_id, status, doc_date),
    CONSTRAINT fk_document_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_document_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
