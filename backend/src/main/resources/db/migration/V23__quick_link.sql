CREATE TABLE quick_link (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id    BIGINT       NOT NULL,
    label      VARCHAR(150) NOT NULL,
    url        VARCHAR(500) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_quick_link_unit (unit_id, sort_order),
    CONSTRAINT fk_quick_link_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
