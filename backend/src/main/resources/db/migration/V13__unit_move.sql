-- Each move of a unit to another parent, so "who was this school's parent in March" stays answerable.
CREATE TABLE unit_move (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id        BIGINT       NOT NULL,
    from_parent_id BIGINT       NULL,
    to_parent_id   BIGINT       NOT NULL,
    from_path      VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    to_path        VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    reason         VARCHAR(500) NULL,
    moved_at       DATETIME(6)  NOT NULL,
    moved_by       BIGINT       NULL,
    PRIMARY KEY (id),
    KEY ix_unit_move_unit (unit_id, moved_at),
    CONSTRAINT fk_unit_move_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
