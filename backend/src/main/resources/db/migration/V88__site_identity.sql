-- A unit's site identity: logo and banner (images of its media library), main colour, favicon (kept outside the
-- media library, under brand/, because ICO is no type the library takes) and whether the home page shows a
-- slideshow of the featured articles' covers. A unit without a row has Lantoa's default look.
CREATE TABLE site_identity (
    unit_id        BIGINT       NOT NULL,
    logo_file_id   BIGINT       NULL,
    banner_file_id BIGINT       NULL,
    main_colour    CHAR(7)      NULL,
    favicon_key    VARCHAR(200) NULL,
    favicon_type   VARCHAR(40)  NULL,
    slideshow      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     BIGINT       NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id),
    CONSTRAINT fk_site_identity_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_site_identity_logo FOREIGN KEY (logo_file_id) REFERENCES stored_file (id) ON DELETE SET NULL,
    CONSTRAINT fk_site_identity_banner FOREIGN KEY (banner_file_id) REFERENCES stored_file (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
