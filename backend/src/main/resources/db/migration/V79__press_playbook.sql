-- Crisis playbooks (issue 13 item 7): a unit's template for one incident type, for itself and every unit below it
-- (unit_path finds the nearest one above an incident's unit in one query). Steps (what, who, hours after the first
-- alert) and people to call are rows; the draft statement is the holding statement's starting text.
CREATE TABLE press_playbook (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id          BIGINT         NOT NULL,
    unit_path        VARCHAR(255)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    incident_type    VARCHAR(30)    NOT NULL,
    title            VARCHAR(300)   NOT NULL,
    draft_statement  TEXT           NULL,
    created_at       DATETIME(6)    NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    updated_by       BIGINT         NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_press_playbook_type (unit_id, incident_type),
    KEY ix_press_playbook_path (incident_type, unit_path),
    CONSTRAINT fk_press_playbook_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE press_playbook_step (
    unit_id      BIGINT         NOT NULL,
    playbook_id  BIGINT         NOT NULL,
    position     INT            NOT NULL,
    kind         VARCHAR(10)    NOT NULL,
    title        VARCHAR(300)   NOT NULL,
    who          VARCHAR(200)   NULL,
    hours        INT            NULL,
    phone        VARCHAR(30)    NULL,
    PRIMARY KEY (playbook_id, kind, position),
    KEY ix_press_playbook_step_unit (unit_id, playbook_id),
    CONSTRAINT fk_press_playbook_step FOREIGN KEY (playbook_id) REFERENCES press_playbook (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
