-- One row per change that alters what a unit's public pages show. Every instance reads new rows every second
-- and drops its cached pages of those units, so no instance keeps serving a page from before the change.
CREATE TABLE site_change (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    unit_id    BIGINT      NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_site_change_unit (unit_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
