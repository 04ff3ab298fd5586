-- The open cases below a unit (desk.tree.OpenBelow) in one range scan: each case carries its unit's path, so the cases
-- below a Sở are the open ones whose path starts with the Sở's, instead of a join of the thousands of units below it to
-- their cases. desk.CasePaths keeps it, in the transaction of every change of a case's place in the tree: a case written,
-- a case forwarded to another unit, a subtree of units moved. NULL only for a row written past CasePaths, which the view
-- then leaves out. The index leads with spam and status, so only open cases are read, never years of closed ones; it is
-- read across units on purpose (the unit above's oversight), like ix_unit_path.
ALTER TABLE desk_case
    ADD COLUMN unit_path VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD KEY ix_desk_case_open_below (spam, status, unit_path, received_at, topic);

UPDATE desk_case c JOIN unit u ON u.id = c.unit_id SET c.unit_path = u.path;
