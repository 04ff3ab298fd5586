-- The unit's Ban truyền thông: the decision that set it up and its official contact points.
CREATE TABLE committee (
    unit_id         BIGINT       NOT NULL,
    decision_number VARCHAR(60)  NULL,
    decision_date   DATE         NULL,
    hotline_phone   VARCHAR(50)  NULL,
    hotline_email   VARCHAR(254) NULL,
    note            VARCHAR(2000) NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      BIGINT       NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id),
    CONSTRAINT fk_committee_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
