-- Every instance sends mail at once: a dispatcher claims a few due rows (SELECT ... FOR UPDATE SKIP LOCKED, so two
-- instances never take the same row), stamps them with its name and a lease, sends, and marks them sent. A row whose
-- instance died keeps its claim until the lease ends and is then claimed again. The claim also moves next_attempt_at to
-- the lease's end, so a dispatcher of the previous release (which reads only status and next_attempt_at) leaves a
-- claimed row alone during a rolling upgrade.
ALTER TABLE mail_outbox
    ADD COLUMN claimed_by    VARCHAR(80) NULL,
    ADD COLUMN claimed_until DATETIME(6) NULL;
