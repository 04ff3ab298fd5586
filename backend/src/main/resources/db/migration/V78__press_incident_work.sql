-- The work on an incident (issue 13 item 6): its timeline (who did what, when: OPENED, NOTE, TASK_DONE, TASK_UNDONE,
-- STATEMENT, SEVERITY, ESCALATED, LINKED, CLOSED, REOPENED; actor_name is kept as it was, the record of the day) and its
-- tasks with an owner and a due time (copied from the nearest playbook when the incident is opened, or added by hand).
CREATE TABLE press_incident_event (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id      BIGINT         NOT NULL,
    incident_id  BIGINT         NOT NULL,
    kind         VARCHAR(20)    NOT NULL,
    body         TEXT           NULL,
    actor_id     BIGINT         NULL,
    actor_name   VARCHAR(200)   NULL,
    at           DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_press_incident_event (unit_id, incident_id, at),
    CONSTRAINT fk_press_incident_event_incident FOREIGN KEY (incident_id) REFERENCES press_incident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE press_incident_task (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id      BIGINT         NOT NULL,
    incident_id  BIGINT         NOT NULL,
    title        VARCHAR(300)   NOT NULL,
    who          VARCHAR(200)   NULL,
    owner_id     BIGINT         NULL,
    due_at       DATETIME(6)    NULL,
    done_at      DATETIME(6)    NULL,
    done_by      BIGINT         NULL,
    position     INT            NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_press_incident_task (unit_id, incident_id, position),
    CONSTRAINT fk_press_incident_task_incident FOREIGN KEY (incident_id) REFERENCES press_incident (id),
    CONSTRAINT fk_press_incident_task_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
