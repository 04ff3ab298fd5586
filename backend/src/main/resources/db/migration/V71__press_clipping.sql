-- Media monitoring (điểm tin, issue 13 item 5): an article or post about the unit or its field. tone is POSITIVE,
-- NEUTRAL or NEGATIVE; topics is a comma list of desk topic codes; published_on is the Vietnam date the piece appeared,
-- which the monthly counts and the digests go by. forwarded_from_id is the clipping of a unit below this one was copied from.
CREATE TABLE press_clipping (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id            BIGINT         NOT NULL,
    url                VARCHAR(1000)  NULL,
    outlet_name        VARCHAR(200)   NOT NULL,
    outlet_kind        VARCHAR(20)    NOT NULL,
    title              VARCHAR(500)   NOT NULL,
    published_on       DATE           NOT NULL,
    tone               VARCHAR(10)    NOT NULL,
    topics             VARCHAR(300)   NOT NULL DEFAULT '',
    reach              INT            NULL,
    note               TEXT           NULL,
    forwarded_from_id  BIGINT         NULL,
    created_at         DATETIME(6)    NOT NULL,
    created_by         BIGINT         NULL,
    updated_at         DATETIME(6)    NOT NULL,
    version            BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_press_clipping_day (unit_id, published_on, tone),
    CONSTRAINT fk_press_clipping_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_press_clipping_from FOREIGN KEY (forwarded_from_id) REFERENCES press_clipping (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The units below the clipping's unit that the piece is about.
CREATE TABLE press_clipping_unit (
    unit_id            BIGINT NOT NULL,
    clipping_id        BIGINT NOT NULL,
    concerned_unit_id  BIGINT NOT NULL,
    PRIMARY KEY (clipping_id, concerned_unit_id),
    KEY ix_press_clipping_unit_concerned (concerned_unit_id),
    CONSTRAINT fk_press_clipping_unit_clipping FOREIGN KEY (clipping_id) REFERENCES press_clipping (id),
    CONSTRAINT fk_press_clipping_unit_concerned FOREIGN KEY (concerned_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
