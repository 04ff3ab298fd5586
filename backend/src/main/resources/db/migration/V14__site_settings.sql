-- A unit's website section: its tagline, English introduction, whether its committee head publishes without a
-- separate approval, and the counter that public page caches compare against.
CREATE TABLE site_settings (
    unit_id                 BIGINT        NOT NULL,
    tagline                 VARCHAR(300)  NULL,
    english_intro           VARCHAR(4000) NULL,
    head_publishes_directly BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    updated_by              BIGINT        NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id),
    CONSTRAINT fk_site_settings_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
