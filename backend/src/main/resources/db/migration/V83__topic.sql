-- The sector's shared themes (issue 14 item 3): kept by the ministry for everyone, or by a Sở for its tree (a unit sees
-- the topics of every unit above it and its own, topic.Topics). code is stable (used in exports and the API).
CREATE TABLE topic (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT         NOT NULL,
    code        VARCHAR(40)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(200)   NOT NULL,
    position    INT            NOT NULL DEFAULT 0,
    active      BOOLEAN        NOT NULL DEFAULT TRUE,
    created_at  DATETIME(6)    NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    updated_by  BIGINT         NULL,
    version     BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_topic_code (unit_id, code),
    CONSTRAINT fk_topic_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What carries a topic. unit_id is the owner of the thing tagged (not of the topic), first in every key, so coverage per
-- theme across a subtree is counted with a join on unit.path.
CREATE TABLE article_topic (
    unit_id     BIGINT  NOT NULL,
    article_id  BIGINT  NOT NULL,
    topic_id    BIGINT  NOT NULL,
    PRIMARY KEY (unit_id, article_id, topic_id),
    KEY ix_article_topic_topic (topic_id, unit_id),
    CONSTRAINT fk_article_topic_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_item_topic (
    unit_id   BIGINT  NOT NULL,
    item_id   BIGINT  NOT NULL,
    topic_id  BIGINT  NOT NULL,
    PRIMARY KEY (unit_id, item_id, topic_id),
    KEY ix_plan_item_topic_topic (topic_id, unit_id),
    CONSTRAINT fk_plan_item_topic_item FOREIGN KEY (item_id) REFERENCES plan_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_item_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE clipping_topic (
    unit_id      BIGINT  NOT NULL,
    clipping_id  BIGINT  NOT NULL,
    topic_id     BIGINT  NOT NULL,
    PRIMARY KEY (unit_id, clipping_id, topic_id),
    KEY ix_clipping_topic_topic (topic_id, unit_id),
    CONSTRAINT fk_clipping_topic_clipping FOREIGN KEY (clipping_id) REFERENCES press_clipping (id) ON DELETE CASCADE,
    CONSTRAINT fk_clipping_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_topic (
    unit_id   BIGINT  NOT NULL,
    case_id   BIGINT  NOT NULL,
    topic_id  BIGINT  NOT NULL,
    PRIMARY KEY (unit_id, case_id, topic_id),
    KEY ix_case_topic_topic (topic_id, unit_id),
    CONSTRAINT fk_case_topic_case FOREIGN KEY (case_id) REFERENCES desk_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
