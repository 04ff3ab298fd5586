-- The materials of a campaign (guides, posters, documents): files of the launching unit's library, which every
-- target unit may download from the campaign's page. A file the library deletes drops out of the list (no foreign key).
CREATE TABLE campaign_material (
    campaign_id     BIGINT         NOT NULL,
    unit_id         BIGINT         NOT NULL,
    file_id         BIGINT         NOT NULL,
    added_at        DATETIME(6)    NOT NULL,
    PRIMARY KEY (campaign_id, file_id),
    KEY ix_campaign_material_unit (unit_id, campaign_id),
    CONSTRAINT fk_campaign_material_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
