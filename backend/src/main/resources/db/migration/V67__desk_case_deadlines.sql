-- A case's deadlines are kept on the case, reckoned from its unit's days for its topic (desk.settings) and the
-- platform's calendar when it arrives, is forwarded, or those settings change while it is open. Statistics, the API's
-- overdue filter, escalation and the parent's oversight then read one column instead of recomputing working days.
-- Rows from before this change are filled by the application (CaseDeadlines), which knows the calendar.
ALTER TABLE desk_case
    ADD COLUMN acknowledge_due_at DATETIME(6) NULL AFTER closed_at,
    ADD COLUMN answer_due_at      DATETIME(6) NULL AFTER acknowledge_due_at,
    ADD KEY ix_desk_case_answer_due (answer_due_at);
