-- A third counter rides along with '#' and '#ontime': '#returned' is 1 for a report returned to its unit and not sent
-- again yet. Returned reports still count in every total (the figures last sent are the unit's official ones until it
-- sends again); the counter lets every roll-up, dashboard and export say how many of them there are, from the same
-- indexed read. A send after the return replaces the report's values, the counter with them.
INSERT INTO report_value (report_id, obligation_id, period_code, group_unit_id, unit_id, field_key, value)
SELECT v.report_id, v.obligation_id, v.period_code, v.group_unit_id, v.unit_id, '#returned', 1
FROM report_value v JOIN report r ON r.id = v.report_id
WHERE v.field_key = '#' AND r.status = 'RETURNED';

INSERT INTO report_total (obligation_id, period_code, group_path, field_key, group_unit_id, total, reports, min_value, max_value)
SELECT t.obligation_id, t.period_code, t.group_path, '#returned', t.group_unit_id, COUNT(*), COUNT(*), 1, 1
FROM report_value v
JOIN report_total t ON t.obligation_id = v.obligation_id AND t.period_code = v.period_code AND t.group_unit_id = v.group_unit_id
    AND t.field_key = '#'
WHERE v.field_key = '#returned'
GROUP BY t.obligation_id, t.period_code, t.group_path, t.group_unit_id;
