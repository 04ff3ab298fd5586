-- A unit's official channels (issue 14, seed 003): fanpage, Zalo OA, YouTube, TikTok, another website. The public site
-- lists the active ones with a QR code each; the first by sort_order is the unit's main channel, which the units below
-- print on their posters. The person in charge is a member of the unit (person_user_id) or a name typed in.
CREATE TABLE unit_channel (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id         BIGINT        NOT NULL,
    kind            VARCHAR(20)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    address         VARCHAR(500)  NOT NULL,
    person_user_id  BIGINT        NULL,
    person_name     VARCHAR(200)  NULL,
    phone           VARCHAR(30)   NULL,
    sort_order      INT           NOT NULL DEFAULT 0,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by      BIGINT        NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_unit_channel_unit (unit_id, active, sort_order),
    KEY ix_unit_channel_kind (kind, unit_id),
    CONSTRAINT fk_unit_channel_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_unit_channel_person FOREIGN KEY (person_user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
