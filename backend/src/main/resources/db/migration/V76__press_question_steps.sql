-- Journalists' questions (issue 13 item 3): who did what to a question, and when. kind: RECEIVED, EDITED, DRAFTED, APPROVED,
-- SENT, DECLINED, and the reminders the job mailed (REMIND_BEFORE, REMIND_DUE, OVERDUE_HEAD) with the due date they were
-- about (reminded_due_on): the unique key makes a reminder for one due date go out once, whichever instance runs the job;
-- a question given a new due date is reminded again about that one. Plain steps leave reminded_due_on NULL (never unique).
-- The written reply sent with the answer is mailed as a PDF: the outbox keeps the file with the mail, so a retry after a
-- mail server outage sends the same bytes (one attached file per mail is all the desk needs).
CREATE TABLE press_question_step (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id          BIGINT        NOT NULL,
    question_id      BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    actor_id         BIGINT        NULL,
    note             TEXT          NULL,
    reminded_due_on  DATE          NULL,
    happened_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_press_question_step (unit_id, question_id, id),
    UNIQUE KEY uq_press_question_reminder (question_id, kind, reminded_due_on),
    CONSTRAINT fk_press_question_step_question FOREIGN KEY (question_id) REFERENCES press_question (id),
    CONSTRAINT fk_press_question_step_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE mail_outbox
    ADD COLUMN attachment_name VARCHAR(200) NULL,
    ADD COLUMN attachment_type VARCHAR(100) NULL,
    ADD COLUMN attachment MEDIUMBLOB NULL;
