-- When the retention job erased a closed case's personal data and free text (issue 12, item 9). The case stays for the
-- statistics; the job looks for closed cases not yet erased, which this key finds without reading the erased ones.
ALTER TABLE desk_case
    ADD COLUMN erased_at DATETIME(6) NULL,
    ADD KEY ix_desk_case_erasure (erased_at, closed_at);
