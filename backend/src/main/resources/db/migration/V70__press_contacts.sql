-- The press desk (issue 13): the unit's own settings, and its press contacts. An outlet is a newspaper, station,
-- magazine or news site; a contact is a journalist (or the outlet's newsroom) with an official email. A list groups
-- contacts for mailing; a list marked shared_down is offered to every unit below its owner, read-only.
CREATE TABLE press_settings (
    unit_id            BIGINT       NOT NULL,
    question_due_days  INT          NOT NULL,
    statement_hours    INT          NOT NULL,
    digest_frequency   VARCHAR(10)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    updated_by         BIGINT       NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id),
    CONSTRAINT fk_press_settings_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE press_outlet (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT        NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    scope       VARCHAR(20)   NOT NULL,
    website     VARCHAR(500)  NULL,
    email       VARCHAR(254)  NULL,
    phone       VARCHAR(30)   NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_press_outlet_name (unit_id, name),
    CONSTRAINT fk_press_outlet_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE press_contact (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT        NOT NULL,
    outlet_id   BIGINT        NULL,
    full_name   VARCHAR(200)  NOT NULL,
    beat        VARCHAR(200)  NULL,
    position    VARCHAR(200)  NULL,
    phone       VARCHAR(30)   NULL,
    email       VARCHAR(254)  NULL,
    note        TEXT          NULL,
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_press_contact_unit (unit_id, full_name),
    KEY ix_press_contact_email (unit_id, email),
    CONSTRAINT fk_press_contact_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_press_contact_outlet FOREIGN KEY (outlet_id) REFERENCES press_outlet (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE press_list (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id      BIGINT        NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(500)  NULL,
    shared_down  BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_press_list_name (unit_id, name),
    CONSTRAINT fk_press_list_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- unit_id is the list's owner; a member contact belongs to the same unit.
CREATE TABLE press_list_member (
    unit_id     BIGINT NOT NULL,
    list_id     BIGINT NOT NULL,
    contact_id  BIGINT NOT NULL,
    PRIMARY KEY (list_id, contact_id),
    KEY ix_press_list_member_contact (unit_id, contact_id),
    CONSTRAINT fk_press_list_member_list FOREIGN KEY (list_id) REFERENCES press_list (id),
    CONSTRAINT fk_press_list_member_contact FOREIGN KEY (contact_id) REFERENCES press_contact (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
