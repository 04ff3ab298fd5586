-- Whether a reminder reached anyone: SENT (mailed to `addressees` people; NULL for reminders recorded before this
-- column), or NO_USER (the unit has no active user) or NO_ROLE (none of its active users is its admin, committee head
-- or reporter), so the deadline screen can say per unit who was reminded and who could not be.
ALTER TABLE report_reminder
    ADD COLUMN outcome    VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'SENT',
    ADD COLUMN addressees INT NULL;
