-- The listening desk along the tree (issue 12, item 5). A case forwarded to another unit moves there with its steps;
-- the sending unit keeps this trace of it. A case overdue beyond the configured working days is escalated: it stays
-- its unit's, and a row here (kind ESCALATED) puts it on the parent's desk. A transfer belongs to both units, so it is
-- read through one of them: from_unit_id for the sender's "Đã chuyển đi", to_unit_id for the receiver's lists.
CREATE TABLE desk_case_transfer (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    case_id      BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    from_unit_id BIGINT        NOT NULL,
    to_unit_id   BIGINT        NOT NULL,
    code         VARCHAR(20)   NOT NULL,
    at           DATETIME(6)   NOT NULL,
    reason       TEXT          NULL,
    actor_id     BIGINT        NULL,
    actor_name   VARCHAR(200)  NULL,
    PRIMARY KEY (id),
    KEY ix_desk_transfer_from (from_unit_id, kind, at),
    KEY ix_desk_transfer_to (to_unit_id, kind, at),
    KEY ix_desk_transfer_case (case_id, kind, to_unit_id),
    CONSTRAINT fk_desk_transfer_case FOREIGN KEY (case_id) REFERENCES desk_case (id),
    CONSTRAINT fk_desk_transfer_from FOREIGN KEY (from_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_desk_transfer_to FOREIGN KEY (to_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_desk_transfer_actor FOREIGN KEY (actor_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The parent's view of the open cases below it: open cases by unit, oldest first, without touching answered or closed ones.
CREATE INDEX ix_desk_case_open_age ON desk_case (unit_id, spam, status, received_at, topic);
