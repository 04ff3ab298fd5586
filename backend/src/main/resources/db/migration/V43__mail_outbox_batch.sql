-- Mail queued as part of one piece of work (an import's invitations) carries its name, so the page that started it
-- can show how many are still waiting, sent or failed instead of claiming they were all sent.
ALTER TABLE mail_outbox ADD COLUMN batch VARCHAR(60) NULL;
CREATE INDEX ix_mail_outbox_batch ON mail_outbox (batch, status);
