-- The public-opinion register (sổ theo dõi vụ việc dư luận, issue 12 item 7): an issue a unit noticed in a case, the
-- press, social media or a meeting, how it is handled and with what result. resolved_at is set when the issue is marked
-- handled (and cleared if it is reopened): the monthly report counts what was handled by the end of its period.
-- search_text is the title, handling and result without tone marks, for searching across months.
CREATE TABLE public_opinion_issue (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT         NOT NULL,
    title         VARCHAR(300)   NOT NULL,
    source        VARCHAR(20)    NOT NULL,
    link          VARCHAR(1000)  NULL,
    first_seen_on DATE           NOT NULL,
    severity      VARCHAR(20)    NOT NULL,
    status        VARCHAR(20)    NOT NULL,
    handling      TEXT           NULL,
    result        TEXT           NULL,
    search_text   TEXT           NOT NULL,
    resolved_at   DATETIME(6)    NULL,
    created_at    DATETIME(6)    NOT NULL,
    updated_at    DATETIME(6)    NOT NULL,
    created_by    BIGINT         NULL,
    updated_by    BIGINT         NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_public_opinion_issue_month (unit_id, first_seen_on),
    KEY ix_public_opinion_issue_updated (unit_id, updated_at),
    CONSTRAINT fk_public_opinion_issue_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The units an issue concerns: the unit that keeps the register entry, or units below it.
CREATE TABLE public_opinion_issue_unit (
    unit_id            BIGINT NOT NULL,
    issue_id           BIGINT NOT NULL,
    concerned_unit_id  BIGINT NOT NULL,
    PRIMARY KEY (issue_id, concerned_unit_id),
    KEY ix_public_opinion_issue_unit_concerned (concerned_unit_id),
    KEY ix_public_opinion_issue_unit_unit (unit_id),
    CONSTRAINT fk_public_opinion_issue_unit_issue FOREIGN KEY (issue_id) REFERENCES public_opinion_issue (id),
    CONSTRAINT fk_public_opinion_issue_unit_concerned FOREIGN KEY (concerned_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Desk cases linked to an issue; both belong to the same unit.
CREATE TABLE public_opinion_issue_case (
    unit_id   BIGINT NOT NULL,
    issue_id  BIGINT NOT NULL,
    case_id   BIGINT NOT NULL,
    PRIMARY KEY (issue_id, case_id),
    KEY ix_public_opinion_issue_case_case (unit_id, case_id),
    CONSTRAINT fk_public_opinion_issue_case_issue FOREIGN KEY (issue_id) REFERENCES public_opinion_issue (id),
    CONSTRAINT fk_public_opinion_issue_case_case FOREIGN KEY (case_id) REFERENCES desk_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
