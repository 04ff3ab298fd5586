-- Press releases mailed from Lantoa (issue 13, item 2). A mailing is one published press release sent to the
-- contacts of chosen lists at a time (now, or an embargo); its subject and bodies are fixed when it is queued, so
-- every journalist gets the same text even if the release is edited later (or deleted: no foreign key on
-- article_id). One delivery row per recipient: the unique key (mailing_id, contact_id) means no contact is queued
-- twice, and its status is the delivery log.
-- press_kit_file names the files of the unit's media library shown in the public press room's media kit.
CREATE TABLE press_mailing (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id      BIGINT         NOT NULL,
    article_id   BIGINT         NOT NULL,
    subject      VARCHAR(300)   NOT NULL,
    body_text    MEDIUMTEXT     NOT NULL,
    body_html    MEDIUMTEXT     NOT NULL,
    list_names   VARCHAR(2000)  NOT NULL,
    send_at      DATETIME(6)    NOT NULL,
    embargoed    BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)    NOT NULL,
    created_by   BIGINT         NOT NULL,
    PRIMARY KEY (id),
    KEY ix_press_mailing_unit (unit_id, created_at),
    CONSTRAINT fk_press_mailing_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- status: QUEUED (waiting, or waiting for a retry at next_attempt_at), SENDING (claimed by a run), SENT, FAILED (gave
-- up after the last attempt), UNCONFIRMED (a run died while this one was on the wire: it may have arrived; only a
-- person sends it again). The log keeps the name and address as mailed, and no foreign key on contact_id, so a contact
-- deleted later from the press contacts leaves the log as it was.
CREATE TABLE press_delivery (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    unit_id          BIGINT         NOT NULL,
    mailing_id       BIGINT         NOT NULL,
    contact_id       BIGINT         NOT NULL,
    full_name        VARCHAR(200)   NOT NULL,
    email            VARCHAR(254)   NOT NULL,
    status           VARCHAR(12)    NOT NULL,
    attempts         INT            NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)    NOT NULL,
    claim            VARCHAR(36)    NULL,
    claimed_at       DATETIME(6)    NULL,
    last_error       VARCHAR(1000)  NULL,
    sent_at          DATETIME(6)    NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_press_delivery_contact (mailing_id, contact_id),
    KEY ix_press_delivery_due (status, next_attempt_at),
    KEY ix_press_delivery_unit (unit_id, mailing_id, status),
    CONSTRAINT fk_press_delivery_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_press_delivery_mailing FOREIGN KEY (mailing_id) REFERENCES press_mailing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE press_kit_file (
    unit_id   BIGINT       NOT NULL,
    file_id   BIGINT       NOT NULL,
    added_at  DATETIME(6)  NOT NULL,
    added_by  BIGINT       NOT NULL,
    PRIMARY KEY (unit_id, file_id),
    CONSTRAINT fk_press_kit_file_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_press_kit_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
