-- A campaign a unit launches for the units below it (issue 14 item 4): a category on every target site, a banner and
-- key messages shown there while it runs. It runs from starts_on to ends_on (Vietnam dates, inclusive) unless ended
-- early (ended_at). audience keeps, in words, who was chosen when it launched. shown_state is what the page caches last
-- learned (UPCOMING, RUNNING, ENDED): the job that drops cached pages when a campaign starts or ends compares with it.
-- campaign_target: one row per target unit, with the category made there (null if the unit later removed it) and
-- the slug it got (the campaign's, or with a suffix when the unit already had a category of that slug).
-- The banner is a file of the launching unit's library, as an article's cover is (no foreign key: the library may delete it).
CREATE TABLE campaign (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id         BIGINT         NOT NULL,
    name            VARCHAR(200)   NOT NULL,
    category_name   VARCHAR(200)   NOT NULL,
    category_slug   VARCHAR(100)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    audience        VARCHAR(300)   NOT NULL,
    starts_on       DATE           NOT NULL,
    ends_on         DATE           NOT NULL,
    ended_at        DATETIME(6)    NULL,
    banner_file_id  BIGINT         NULL,
    banner_alt      VARCHAR(300)   NULL,
    key_messages    TEXT           NULL,
    shown_state     VARCHAR(10)    NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    created_by      BIGINT         NULL,
    updated_at      DATETIME(6)    NOT NULL,
    updated_by      BIGINT         NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_campaign_unit (unit_id, starts_on),
    KEY ix_campaign_state (shown_state, ends_on),
    CONSTRAINT fk_campaign_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_target (
    campaign_id     BIGINT         NOT NULL,
    unit_id         BIGINT         NOT NULL,
    slug            VARCHAR(100)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    category_id     BIGINT         NULL,
    added_at        DATETIME(6)    NOT NULL,
    PRIMARY KEY (campaign_id, unit_id),
    KEY ix_campaign_target_unit (unit_id, campaign_id),
    CONSTRAINT fk_campaign_target_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_target_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_campaign_target_category FOREIGN KEY (category_id) REFERENCES category (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
