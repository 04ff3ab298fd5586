-- The explicit periods of a listed obligation, such as the sessions of an exam: one line per period,
-- "code|label|start|end" with local Vietnam date-times (2024-06-27T07:30).
ALTER TABLE obligation ADD COLUMN listed_periods TEXT NULL;
