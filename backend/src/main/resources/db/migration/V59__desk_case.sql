-- The listening desk (issue 12): what citizens write in through a unit's public site, and the calls and visits the
-- hotline officer logs, each with its history. The follow link's token is stored only as its SHA-256 hash; the
-- submitter's address only as a hash too, for abuse checks. message_hash finds the same text sent twice in a day.
CREATE TABLE desk_case (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id            BIGINT        NOT NULL,
    code               VARCHAR(20)   NOT NULL,
    follow_token_hash  CHAR(64)      NULL,
    channel            VARCHAR(20)   NOT NULL,
    topic              VARCHAR(30)   NOT NULL,
    concerned_unit_id  BIGINT        NULL,
    message            TEXT          NOT NULL,
    message_hash       CHAR(64)      NOT NULL,
    search_text        TEXT          NOT NULL,
    citizen_name       VARCHAR(200)  NULL,
    citizen_phone      VARCHAR(30)   NULL,
    citizen_email      VARCHAR(254)  NULL,
    consent_at         DATETIME(6)   NULL,
    source_hash        CHAR(64)      NULL,
    status             VARCHAR(20)   NOT NULL,
    spam               BOOLEAN       NOT NULL DEFAULT FALSE,
    assignee_id        BIGINT        NULL,
    received_at        DATETIME(6)   NOT NULL,
    acknowledged_at    DATETIME(6)   NULL,
    answered_at        DATETIME(6)   NULL,
    closed_at          DATETIME(6)   NULL,
    answer_text        TEXT          NULL,
    result             TEXT          NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_desk_case_code (unit_id, code),
    UNIQUE KEY uq_desk_case_follow (follow_token_hash),
    KEY ix_desk_case_queue (unit_id, spam, status, received_at),
    KEY ix_desk_case_duplicate (unit_id, message_hash, received_at),
    CONSTRAINT fk_desk_case_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_desk_case_concerned FOREIGN KEY (concerned_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_desk_case_assignee FOREIGN KEY (assignee_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step of a case: who did what, when. Public steps are the ones the citizen sees on the follow page.
CREATE TABLE desk_case_step (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT        NOT NULL,
    case_id     BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    at          DATETIME(6)   NOT NULL,
    actor_id    BIGINT        NULL,
    actor_name  VARCHAR(200)  NULL,
    detail      TEXT          NULL,
    public_step BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_desk_case_step_case (unit_id, case_id, at),
    CONSTRAINT fk_desk_case_step_case FOREIGN KEY (case_id) REFERENCES desk_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
