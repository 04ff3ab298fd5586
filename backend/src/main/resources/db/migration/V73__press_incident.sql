-- Incidents from first alert to closure (issue 13 item 6). unit_path is the unit's path, for the boards above it
-- (one indexed LIKE). severity is MINOR, SERIOUS, GRAVE or CRITICAL (press.Severity): how many levels up it is told.
-- statement_due_at is the first public statement clock (first_alert_at plus the unit's hours); first_statement_at is
-- when the first holding statement or release was published. opened_from: MANUAL, RAPID_REPORT, CLIPPING, CASE.
CREATE TABLE press_incident (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id             BIGINT         NOT NULL,
    unit_path           VARCHAR(255)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    code                VARCHAR(20)    NOT NULL,
    title               VARCHAR(300)   NOT NULL,
    incident_type       VARCHAR(30)    NOT NULL,
    severity            VARCHAR(10)    NOT NULL,
    status              VARCHAR(10)    NOT NULL,
    summary             TEXT           NULL,
    owner_id            BIGINT         NULL,
    opened_from         VARCHAR(20)    NOT NULL,
    source_id           BIGINT         NULL,
    first_alert_at      DATETIME(6)    NOT NULL,
    statement_due_at    DATETIME(6)    NOT NULL,
    first_statement_at  DATETIME(6)    NULL,
    closed_at           DATETIME(6)    NULL,
    results             TEXT           NULL,
    lessons             TEXT           NULL,
    created_at          DATETIME(6)    NOT NULL,
    created_by          BIGINT         NULL,
    updated_at          DATETIME(6)    NOT NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_press_incident_code (unit_id, code),
    KEY ix_press_incident_open (unit_id, status, first_alert_at),
    KEY ix_press_incident_below (status, unit_path, first_alert_at),
    CONSTRAINT fk_press_incident_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_press_incident_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What an incident is linked to, of the same unit: kind CLIPPING, CASE, QUESTION, ARTICLE (a holding statement or
-- release of the newsroom), RAPID_REPORT (a report of a unit below, hence no unit check on ref_id there).
CREATE TABLE press_incident_link (
    unit_id      BIGINT       NOT NULL,
    incident_id  BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    ref_id       BIGINT       NOT NULL,
    linked_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (incident_id, kind, ref_id),
    KEY ix_press_incident_link_ref (unit_id, kind, ref_id),
    CONSTRAINT fk_press_incident_link_incident FOREIGN KEY (incident_id) REFERENCES press_incident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
