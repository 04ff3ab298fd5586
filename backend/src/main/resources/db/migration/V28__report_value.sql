-- The numbers of sent reports, one row per field, with the unit's parent (group) and path when sent.
-- report_total keeps, per obligation, period and parent, the sum, count, min and max of each field over the
-- parent's direct submitters: a send recomputes its own group only (a few hundred rows at most), and a roll-up
-- over a subtree reads a few thousand group rows instead of every school's values (DHIS2's analytics tables
-- play the same part). Two counters ride along as fields: '#' (1 per sent report) and '#ontime' (1 when its first send
-- was on time), so completeness and timeliness over a subtree are read the same way as any total.
CREATE TABLE report_value (
    report_id      BIGINT      NOT NULL,
    obligation_id  BIGINT      NOT NULL,
    period_code    VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    group_unit_id  BIGINT      NOT NULL,
    unit_id        BIGINT      NOT NULL,
    field_key      VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value          DOUBLE      NOT NULL,
    PRIMARY KEY (report_id, field_key),
    KEY ix_report_value_group (obligation_id, period_code, group_unit_id, field_key, value),
    CONSTRAINT fk_report_value_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_total (
    obligation_id  BIGINT       NOT NULL,
    period_code    VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    group_path     VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    field_key      VARCHAR(60)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    group_unit_id  BIGINT       NOT NULL,
    total          DOUBLE       NOT NULL,
    reports        INT          NOT NULL,
    min_value      DOUBLE       NOT NULL,
    max_value      DOUBLE       NOT NULL,
    PRIMARY KEY (obligation_id, period_code, group_unit_id, field_key),
    KEY ix_report_total_path (obligation_id, period_code, group_path, field_key, total, reports, min_value, max_value),
    KEY ix_report_total_field (obligation_id, field_key, period_code, group_path, total, reports)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which reminder went to which unit, so a reminder goes once even when the job runs again or on another instance.
CREATE TABLE report_reminder (
    unit_id        BIGINT      NOT NULL,
    obligation_id  BIGINT      NOT NULL,
    period_code    VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind           VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    sent_at        DATETIME(6) NOT NULL,
    sent_by        BIGINT      NULL,
    PRIMARY KEY (unit_id, obligation_id, period_code, kind),
    CONSTRAINT fk_report_reminder_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per parent and period: a send takes it first, so the sends of one group recompute its totals one after
-- the other while other groups go on in parallel.
CREATE TABLE report_group_lock (
    obligation_id  BIGINT      NOT NULL,
    period_code    VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    group_unit_id  BIGINT      NOT NULL,
    sends          BIGINT      NOT NULL,
    PRIMARY KEY (obligation_id, period_code, group_unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
