-- Carrying out a plan (issue 14 item 2). plan_item_status: an item's status in one quarter of its plan's year (quarter 1-4):
-- NOT_STARTED, IN_PROGRESS, DONE, DROPPED (reason required), with who set it and when. Only the item's own unit writes it.
CREATE TABLE plan_item_status (
    unit_id     BIGINT         NOT NULL,
    item_id     BIGINT         NOT NULL,
    quarter     INT            NOT NULL,
    status      VARCHAR(12)    NOT NULL,
    reason      VARCHAR(1000)  NULL,
    updated_at  DATETIME(6)    NOT NULL,
    updated_by  BIGINT         NULL,
    PRIMARY KEY (unit_id, item_id, quarter),
    KEY ix_plan_item_status_item (item_id),
    CONSTRAINT fk_plan_item_status_item FOREIGN KEY (item_id) REFERENCES plan_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What shows an item was carried out. kind: ARTICLE (source 'article', a published article of the unit), EVENT ('press_event'),
-- PRESS ('press_mailing' a press release, 'press_question' a journalist's question answered), FILE ('stored_file'), each a
-- row of the same unit; LINK: an outside address (url) with a title. title keeps what was shown when it was added.
CREATE TABLE plan_evidence (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT         NOT NULL,
    item_id     BIGINT         NOT NULL,
    kind        VARCHAR(10)    NOT NULL,
    source      VARCHAR(20)    NULL,
    ref_id      BIGINT         NULL,
    url         VARCHAR(1000)  NULL,
    title       VARCHAR(300)   NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    created_by  BIGINT         NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_plan_evidence_ref (unit_id, item_id, source, ref_id),
    KEY ix_plan_evidence_item (item_id),
    CONSTRAINT fk_plan_evidence_item FOREIGN KEY (item_id) REFERENCES plan_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
