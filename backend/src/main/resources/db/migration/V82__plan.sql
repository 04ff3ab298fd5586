-- The yearly communication plan (kế hoạch truyền thông năm) as a living object (issue 14 item 1).
-- parent_plan_id: the parent unit's plan this one is based on (căn cứ), chosen from those it received; legal_basis
-- holds the other grounds, one per line. status: DRAFT, IN_REVIEW, ISSUED. An issued plan carries its NĐ 30 number
-- (symbol, e.g. "19/KH-SGDĐT") and date; article_id is its publication on the unit's site, when the unit chose so.
CREATE TABLE plan (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id         BIGINT         NOT NULL,
    plan_year       INT            NOT NULL,
    title           VARCHAR(300)   NOT NULL,
    purpose         TEXT           NULL,
    legal_basis     TEXT           NULL,
    parent_plan_id  BIGINT         NULL,
    status          VARCHAR(12)    NOT NULL,
    symbol          VARCHAR(60)    NULL,
    issued_on       DATE           NULL,
    issued_by       BIGINT         NULL,
    submitted_at    DATETIME(6)    NULL,
    submitted_by    BIGINT         NULL,
    review_note     VARCHAR(1000)  NULL,
    article_id      BIGINT         NULL,
    created_at      DATETIME(6)    NOT NULL,
    created_by      BIGINT         NULL,
    updated_at      DATETIME(6)    NOT NULL,
    updated_by      BIGINT         NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_plan_year (unit_id, plan_year),
    KEY ix_plan_parent (parent_plan_id),
    CONSTRAINT fk_plan_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_plan_parent FOREIGN KEY (parent_plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The appendix's groups (I–IX in seed 002). parent_group_id: the parent plan's group this one follows, so a derived
-- plan is grouped by its parent's groups.
CREATE TABLE plan_group (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id          BIGINT         NOT NULL,
    plan_id          BIGINT         NOT NULL,
    position         INT            NOT NULL,
    numeral          VARCHAR(10)    NOT NULL,
    title            VARCHAR(300)   NOT NULL,
    parent_group_id  BIGINT         NULL,
    PRIMARY KEY (id),
    KEY ix_plan_group_plan (unit_id, plan_id, position),
    CONSTRAINT fk_plan_group_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_group_parent FOREIGN KEY (parent_group_id) REFERENCES plan_group (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One line of the appendix. product_form: NEWS, VIDEO, INFOGRAPHIC, PRESS_CONFERENCE, CONTEST, EVENT, PUBLICATION,
-- TRAINING, SOCIAL_POST, OTHER. quarters: bit mask (1 = Q1, 2 = Q2, 4 = Q3, 8 = Q4); starts_on/ends_on when the plan names
-- dates instead. lead_unit_id: the unit in charge (a unit of the tree; lead_text when it is outside it, e.g. "Báo Đắk
-- Lắk"); partner units are in plan_item_partner, partners outside the tree in partner_text. applies_below: every unit
-- below is expected to carry it out (not only the lead and the partners).
-- parent_item_id: the parent plan's item it serves. lineage: '/<root item id>/.../<own id>/', so everything planned
-- below for an item, down to the school, is one indexed LIKE (as unit.path is for the tree).
CREATE TABLE plan_item (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id         BIGINT         NOT NULL,
    plan_id         BIGINT         NOT NULL,
    group_id        BIGINT         NOT NULL,
    position        INT            NOT NULL,
    topic           VARCHAR(1000)  NOT NULL,
    product_form    VARCHAR(20)    NOT NULL,
    product_note    VARCHAR(300)   NULL,
    lead_unit_id    BIGINT         NULL,
    lead_text       VARCHAR(300)   NULL,
    partner_text    VARCHAR(500)   NULL,
    applies_below   BOOLEAN        NOT NULL DEFAULT FALSE,
    quarters        INT            NOT NULL DEFAULT 0,
    starts_on       DATE           NULL,
    ends_on         DATE           NULL,
    budget_vnd      BIGINT         NULL,
    budget_source   VARCHAR(200)   NULL,
    parent_item_id  BIGINT         NULL,
    lineage         VARCHAR(255)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '/',
    created_at      DATETIME(6)    NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    updated_by      BIGINT         NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_plan_item_plan (unit_id, plan_id, group_id, position),
    KEY ix_plan_item_parent (parent_item_id),
    KEY ix_plan_item_lineage (lineage),
    KEY ix_plan_item_lead (lead_unit_id),
    CONSTRAINT fk_plan_item_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_item_group FOREIGN KEY (group_id) REFERENCES plan_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_item_parent FOREIGN KEY (parent_item_id) REFERENCES plan_item (id) ON DELETE SET NULL,
    CONSTRAINT fk_plan_item_lead FOREIGN KEY (lead_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Partner units of the tree (phối hợp) of an item.
CREATE TABLE plan_item_partner (
    unit_id          BIGINT  NOT NULL,
    item_id          BIGINT  NOT NULL,
    partner_unit_id  BIGINT  NOT NULL,
    PRIMARY KEY (item_id, partner_unit_id),
    KEY ix_plan_item_partner_unit (partner_unit_id),
    CONSTRAINT fk_plan_item_partner_item FOREIGN KEY (item_id) REFERENCES plan_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_item_partner_unit FOREIGN KEY (partner_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
