-- Lantoa: the reporting store's consistency check, for an operator's SQL client (mysql, mariadb).
-- Each statement lists what does not add up; all three empty means every group's totals (report_total) equal the
-- numbers of its reports (report_value). The same statements run in the application (reporting/TotalsCheck.java,
-- a test keeps this file and the class the same), which also checks what needs the deadline rule and the tree of
-- each period: the on-time counter of each report, and that each report's numbers sit in the group of its sender's
-- parent as the tree stood at the end of the period. Platform admins see all of it at /admin/platform/totals-check
-- and GET /api/v1/platform/totals-check. It reads every value once: on a national database, run it off-peak.
-- A group found wrong is mended by recomputing it from its values (what a send after a return does).

-- Groups and fields whose totals differ from their values' sum, count, minimum or maximum, or that have no totals.
SELECT 'TOTALS_DIFFER' AS kind, v.obligation_id, v.period_code, v.group_unit_id, v.field_key,
       CONCAT('values: sum ', v.total, ', count ', v.n, ', min ', v.min_value, ', max ', v.max_value, '; totals: ',
              COALESCE(CONCAT('sum ', t.total, ', count ', t.reports, ', min ', t.min_value, ', max ', t.max_value), 'none')) AS detail
FROM (SELECT obligation_id, period_code, group_unit_id, field_key, SUM(value) AS total, COUNT(*) AS n, MIN(value) AS min_value,
             MAX(value) AS max_value
      FROM report_value GROUP BY obligation_id, period_code, group_unit_id, field_key) v
LEFT JOIN report_total t ON t.obligation_id = v.obligation_id AND t.period_code = v.period_code
     AND t.group_unit_id = v.group_unit_id AND t.field_key = v.field_key
WHERE t.obligation_id IS NULL OR t.reports <> v.n OR t.total <> v.total
   OR t.min_value <> v.min_value OR t.max_value <> v.max_value
ORDER BY v.obligation_id, v.period_code, v.group_unit_id, v.field_key;

-- Totals left where no value is.
SELECT 'TOTALS_WITHOUT_VALUES' AS kind, t.obligation_id, t.period_code, t.group_unit_id, t.field_key,
       CONCAT('totals: sum ', t.total, ', count ', t.reports) AS detail
FROM report_total t
WHERE NOT EXISTS (SELECT 1 FROM report_value v WHERE v.obligation_id = t.obligation_id AND v.period_code = t.period_code
                  AND v.group_unit_id = t.group_unit_id AND v.field_key = t.field_key)
ORDER BY t.obligation_id, t.period_code, t.group_unit_id, t.field_key;

-- The '#', '#ontime' and '#returned' counters against the reports, and the values' copies of their reports' keys.
SELECT 'SENT_WITHOUT_COUNTER' AS kind, r.obligation_id, r.period_code, NULL AS group_unit_id, '#' AS field_key, r.id AS report_id,
       'a sent report has no # value' AS detail
FROM report r WHERE r.revision > 0 AND NOT EXISTS (SELECT 1 FROM report_value v WHERE v.report_id = r.id AND v.field_key = '#')
UNION ALL
SELECT 'VALUES_OF_UNSENT', r.obligation_id, r.period_code, NULL, NULL, r.id, 'a report never sent has values'
FROM report r WHERE r.revision = 0 AND EXISTS (SELECT 1 FROM report_value v WHERE v.report_id = r.id)
UNION ALL
SELECT 'BAD_COUNTER', v.obligation_id, v.period_code, v.group_unit_id, v.field_key, v.report_id, CONCAT('counter value ', v.value)
FROM report_value v WHERE (v.field_key IN ('#', '#returned') AND v.value <> 1) OR (v.field_key = '#ontime' AND v.value NOT IN (0, 1))
UNION ALL
SELECT 'COUNTERS_MISMATCH', MIN(v.obligation_id), MIN(v.period_code), MIN(v.group_unit_id), NULL, v.report_id,
       CONCAT(SUM(v.field_key = '#'), ' # and ', SUM(v.field_key = '#ontime'), ' #ontime in ', COUNT(DISTINCT v.group_unit_id), ' groups')
FROM report_value v GROUP BY v.report_id
HAVING SUM(v.field_key = '#') <> 1 OR SUM(v.field_key = '#ontime') <> 1 OR COUNT(DISTINCT v.group_unit_id) <> 1
UNION ALL
SELECT 'RETURNED_COUNTER', r.obligation_id, r.period_code, NULL, '#returned', r.id,
       CONCAT('status ', r.status, ' but ', (SELECT COUNT(*) FROM report_value v WHERE v.report_id = r.id AND v.field_key = '#returned'),
              ' #returned')
FROM report r WHERE r.revision > 0
AND (r.status = 'RETURNED') <> EXISTS (SELECT 1 FROM report_value v WHERE v.report_id = r.id AND v.field_key = '#returned')
UNION ALL
SELECT 'VALUE_NOT_ITS_REPORTS', v.obligation_id, v.period_code, v.group_unit_id, v.field_key, v.report_id,
       'unit, obligation or period differs from its report'
FROM report_value v JOIN report r ON r.id = v.report_id
WHERE v.field_key = '#' AND (v.unit_id <> r.unit_id OR v.obligation_id <> r.obligation_id OR v.period_code <> r.period_code)
UNION ALL
SELECT 'GROUP_PATH', t.obligation_id, t.period_code, t.group_unit_id, t.field_key, NULL, CONCAT('group path ', t.group_path)
FROM report_total t WHERE t.field_key = '#' AND t.group_path NOT LIKE CONCAT('%/', t.group_unit_id, '/');
