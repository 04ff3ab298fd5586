-- Briefings and press events (issue 13 item 4): press conferences, interviews and press trips of a unit. kind is
-- CONFERENCE, INTERVIEW or TRIP; starts_at and ends_at are UTC; press_guests is free text (one journalist or outlet a line)
-- for guests not in the unit's press contacts. Participants, materials and coverage are kept in the tables below, each
-- row of the event's unit: members of the unit, its press contacts, files of its library, and its clippings or typed links.
CREATE TABLE press_event (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT         NOT NULL,
    kind          VARCHAR(20)    NOT NULL,
    title         VARCHAR(300)   NOT NULL,
    starts_at     DATETIME(6)    NOT NULL,
    ends_at       DATETIME(6)    NULL,
    place         VARCHAR(300)   NOT NULL,
    description   TEXT           NULL,
    press_guests  TEXT           NULL,
    results       TEXT           NULL,
    created_at    DATETIME(6)    NOT NULL,
    created_by    BIGINT         NULL,
    updated_at    DATETIME(6)    NOT NULL,
    updated_by    BIGINT         NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_press_event_when (unit_id, starts_at),
    CONSTRAINT fk_press_event_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- kind: MEMBER (ref_id an app_user of the unit), CONTACT (a press_contact of the unit), FILE (a stored_file of the unit),
-- CLIPPING (a press_clipping of the unit). Typed coverage links are press_event_link.
CREATE TABLE press_event_ref (
    unit_id   BIGINT       NOT NULL,
    event_id  BIGINT       NOT NULL,
    kind      VARCHAR(10)  NOT NULL,
    ref_id    BIGINT       NOT NULL,
    PRIMARY KEY (event_id, kind, ref_id),
    KEY ix_press_event_ref_ref (unit_id, kind, ref_id),
    CONSTRAINT fk_press_event_ref_event FOREIGN KEY (event_id) REFERENCES press_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE press_event_link (
    id        BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id   BIGINT         NOT NULL,
    event_id  BIGINT         NOT NULL,
    url       VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_press_event_link_event (unit_id, event_id),
    CONSTRAINT fk_press_event_link_event FOREIGN KEY (event_id) REFERENCES press_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
