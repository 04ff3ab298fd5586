-- The listening desk's public side (issue 12): each unit's own settings for a topic (hidden from the public form, a
-- label of its own, its service levels in working days). A unit without a row for a topic follows its nearest
-- ancestor that has one, then the defaults (shown, standard label, 1 and 10 days). Topic codes stay the enum's, so
-- statistics across the tree add up whatever the labels say.
CREATE TABLE desk_topic_setting (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id          BIGINT        NOT NULL,
    topic            VARCHAR(30)   NOT NULL,
    hidden           BOOLEAN       NOT NULL,
    label            VARCHAR(100)  NULL,
    acknowledge_days INT           NOT NULL,
    answer_days      INT           NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by       BIGINT        NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_desk_topic_setting (unit_id, topic),
    CONSTRAINT fk_desk_topic_setting_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Hỏi đáp: a question and answer prepared from an answered case with the citizen's personal data taken out, reviewed
-- by the head and published on the unit's site. removed lists what the stripping took out, for the reviewer only.
CREATE TABLE desk_qa (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id       BIGINT        NOT NULL,
    case_id       BIGINT        NULL,
    topic         VARCHAR(30)   NOT NULL,
    question      TEXT          NOT NULL,
    answer        TEXT          NOT NULL,
    search_text   TEXT          NOT NULL,
    removed       TEXT          NULL,
    published     BOOLEAN       NOT NULL DEFAULT FALSE,
    published_at  DATETIME(6)   NULL,
    created_by    BIGINT        NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_desk_qa_case (case_id),
    KEY ix_desk_qa_public (unit_id, published, published_at),
    CONSTRAINT fk_desk_qa_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_desk_qa_case FOREIGN KEY (case_id) REFERENCES desk_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
