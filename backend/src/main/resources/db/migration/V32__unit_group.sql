-- A saved group of units below a unit ("các trường điểm thi", "các trường vùng khó khăn"), to give obligations to.
CREATE TABLE unit_group (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_unit_group_name (unit_id, name),
    CONSTRAINT fk_unit_group_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit_group_member (
    unit_id         BIGINT NOT NULL,
    group_id        BIGINT NOT NULL,
    member_unit_id  BIGINT NOT NULL,
    PRIMARY KEY (group_id, member_unit_id),
    KEY ix_unit_group_member_unit (unit_id, group_id),
    CONSTRAINT fk_unit_group_member_group FOREIGN KEY (group_id) REFERENCES unit_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_unit_group_member_unit FOREIGN KEY (member_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
