-- Good examples ("gương người tốt, việc tốt"): the person or collective a unit honours and the deed; its story is an
-- article of the unit's newsroom. Each step up the tree (the school sending it, the Phòng forwarding it to the Sở) is a
-- story submission of sharing, kept here as a hop so that every unit that received it counts it, crediting the writer.
CREATE TABLE good_example (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id      BIGINT        NOT NULL,
    article_id   BIGINT        NOT NULL,
    honoree      VARCHAR(200)  NOT NULL,
    collective   BOOLEAN       NOT NULL,
    honoree_unit VARCHAR(300)  NOT NULL,
    deed         VARCHAR(4000) NOT NULL,
    deed_on      DATE          NOT NULL,
    field        VARCHAR(30)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   BIGINT        NULL,
    PRIMARY KEY (id),
    KEY ix_good_example_unit (unit_id, deed_on),
    CONSTRAINT fk_good_example_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_good_example_article FOREIGN KEY (article_id) REFERENCES article (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One hop a unit sent the example up; a unit sends each example once (forwarding twice is refused by the key).
CREATE TABLE good_example_hop (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    unit_id         BIGINT      NOT NULL,
    to_unit_id      BIGINT      NOT NULL,
    good_example_id BIGINT      NOT NULL,
    story_id        BIGINT      NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    created_by      BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_good_example_hop (unit_id, good_example_id),
    KEY ix_good_example_hop_to (to_unit_id, good_example_id),
    CONSTRAINT fk_good_example_hop_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_good_example_hop_to FOREIGN KEY (to_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_good_example_hop_example FOREIGN KEY (good_example_id) REFERENCES good_example (id),
    CONSTRAINT fk_good_example_hop_story FOREIGN KEY (story_id) REFERENCES story_submission (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
