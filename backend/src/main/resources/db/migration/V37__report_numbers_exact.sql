-- Report numbers become exact decimals within a stated range: a value has at most 15 digits before the decimal comma
-- and 4 after it (DECIMAL(19,4)), a group's total DECIMAL(38,4), so no number of reports can overflow a sum and
-- 0,1 + 0,2 is 0,3. A field key may now carry a one-character prefix ('=' for a consolidating unit's own figure).
--
-- Values outside that range could be stored before (1e300, from a send such as "1e300"): they are no number a report
-- can hold, so they leave the roll-up (the report keeps its answers as sent) and their totals are recomputed from what
-- remains. Totals summed from values with a fraction are recomputed too, as exact decimals; totals of whole numbers
-- were exact already. Every total then equals the sum of its values.
CREATE TABLE report_total_redo (
    obligation_id  BIGINT      NOT NULL,
    period_code    VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    group_unit_id  BIGINT      NOT NULL,
    field_key      VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (obligation_id, period_code, group_unit_id, field_key)
) ENGINE = InnoDB;

INSERT IGNORE INTO report_total_redo (obligation_id, period_code, group_unit_id, field_key)
SELECT obligation_id, period_code, group_unit_id, field_key FROM report_value
WHERE ABS(value) >= 1e15 OR value <> FLOOR(value);

DELETE FROM report_value WHERE ABS(value) >= 1e15;

DELETE t FROM report_total t JOIN report_total_redo r
    ON r.obligation_id = t.obligation_id AND r.period_code = t.period_code AND r.group_unit_id = t.group_unit_id AND r.field_key = t.field_key;

ALTER TABLE report_value
    MODIFY field_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY value DECIMAL(19, 4) NOT NULL;

ALTER TABLE report_total
    MODIFY field_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY total DECIMAL(38, 4) NOT NULL,
    MODIFY min_value DECIMAL(19, 4) NOT NULL,
    MODIFY max_value DECIMAL(19, 4) NOT NULL;

INSERT INTO report_total (obligation_id, period_code, group_path, field_key, group_unit_id, total, reports, min_value, max_value)
SELECT v.obligation_id, v.period_code, g.group_path, v.field_key, v.group_unit_id, SUM(v.value), COUNT(*), MIN(v.value), MAX(v.value)
FROM report_value v
JOIN report_total_redo r ON r.obligation_id = v.obligation_id AND r.period_code = v.period_code AND r.group_unit_id = v.group_unit_id
    AND r.field_key = v.field_key
-- The group's path as its other totals have it: the row of its report counter, which every group with values has.
JOIN report_total g ON g.obligation_id = v.obligation_id AND g.period_code = v.period_code AND g.group_unit_id = v.group_unit_id
    AND g.field_key = '#'
GROUP BY v.obligation_id, v.period_code, v.group_unit_id, g.group_path, v.field_key;

DROP TABLE report_total_redo;
