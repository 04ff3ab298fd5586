-- What a unit's own report was built on: its children's rolled-up numbers when it was sent ("as submitted"), so the
-- parent can set them next to the children's numbers as they stand now and see which school changed a report since.
ALTER TABLE report ADD COLUMN basis MEDIUMTEXT NULL;
