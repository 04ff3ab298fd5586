-- Where each unit stood in the tree, and when: one row per stay under one parent, valid from valid_from up to (not
-- including) valid_to. A move closes the rows of every unit of the moved subtree and opens new ones; closing a unit ends
-- its last row. "The units below X at instant T" is one range scan on ix_unit_placement_path (X's path then, and the
-- validity), and "X's parent at T" one read by the primary key. A unit's first row starts at 1970-01-01: a unit is
-- taken to have stood where it was registered since before any reporting period (a province onboards its schools after
-- its obligations started); the deadline screen decides from its creation time which periods it owes.
-- unit.placed_at is when the unit took its current place (NULL: it never moved), so the common case, a period after the
-- unit's last move, needs no read of this table at all.
CREATE TABLE unit_placement (
    unit_id     BIGINT       NOT NULL,
    valid_from  DATETIME(6)  NOT NULL,
    valid_to    DATETIME(6)  NOT NULL,
    parent_id   BIGINT       NULL,
    path        VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    depth       INT          NOT NULL,
    PRIMARY KEY (unit_id, valid_from),
    KEY ix_unit_placement_path (path, valid_to, valid_from, depth, parent_id),
    CONSTRAINT fk_unit_placement_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A closed unit's successor (the unit it merged into), shown on its archived public site; host_redirect sends its own
-- host name to the successor's site with a 301.
ALTER TABLE unit
    ADD COLUMN placed_at DATETIME(6) NULL,
    ADD COLUMN successor_unit_id BIGINT NULL,
    ADD COLUMN host_redirect BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT fk_unit_successor FOREIGN KEY (successor_unit_id) REFERENCES unit (id);
