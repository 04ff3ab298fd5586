-- A story a unit sends up to its parent ("gửi tin bài"); the parent accepts it (republished, crediting the unit)
-- or declines it with a reason.
CREATE TABLE story_submission (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id               BIGINT        NOT NULL,
    to_unit_id            BIGINT        NOT NULL,
    article_id            BIGINT        NOT NULL,
    note                  VARCHAR(1000) NULL,
    status                VARCHAR(20)   NOT NULL,
    decision_reason       VARCHAR(1000) NULL,
    republished_article_id BIGINT       NULL,
    created_at            DATETIME(6)   NOT NULL,
    created_by            BIGINT        NULL,
    decided_at            DATETIME(6)   NULL,
    decided_by            BIGINT        NULL,
    PRIMARY KEY (id),
    KEY ix_story_from (unit_id, created_at),
    KEY ix_story_to (to_unit_id, status, created_at),
    CONSTRAINT fk_story_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_story_to_unit FOREIGN KEY (to_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_story_article FOREIGN KEY (article_id) REFERENCES article (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
