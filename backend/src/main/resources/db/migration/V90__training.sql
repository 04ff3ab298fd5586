-- Trainings (tập huấn) a unit organises for units below it: the invited units are fixed when it is created (as a share's
-- recipients are), each registers its attendees before the deadline, and the organiser records who was present.
CREATE TABLE training (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id               BIGINT        NOT NULL,
    title                 VARCHAR(300)  NOT NULL,
    starts_on             DATE          NOT NULL,
    ends_on               DATE          NOT NULL,
    place                 VARCHAR(300)  NULL,
    online_url            VARCHAR(1000) NULL,
    programme             TEXT          NULL,
    audience              VARCHAR(200)  NOT NULL,
    expected_per_unit     INT           NOT NULL,
    registration_deadline DATE          NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    created_by            BIGINT        NULL,
    PRIMARY KEY (id),
    KEY ix_training_unit (unit_id, starts_on),
    CONSTRAINT fk_training_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An invited unit (unit_id) of a training, with the organiser's note on its attendance.
CREATE TABLE training_invite (
    training_id BIGINT        NOT NULL,
    unit_id     BIGINT        NOT NULL,
    note        VARCHAR(1000) NULL,
    PRIMARY KEY (training_id, unit_id),
    KEY ix_training_invite_unit (unit_id, training_id),
    CONSTRAINT fk_training_invite_training FOREIGN KEY (training_id) REFERENCES training (id),
    CONSTRAINT fk_training_invite_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person an invited unit registered (or the organiser added at the door); present is null until attendance is recorded.
CREATE TABLE training_attendee (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT       NOT NULL,
    training_id BIGINT       NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    position    VARCHAR(200) NULL,
    present     BOOLEAN      NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  BIGINT       NULL,
    PRIMARY KEY (id),
    KEY ix_training_attendee (training_id, unit_id),
    CONSTRAINT fk_training_attendee_invite FOREIGN KEY (training_id, unit_id) REFERENCES training_invite (training_id, unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Materials: files of the organiser's library, readable by the invited units through the training.
CREATE TABLE training_material (
    training_id BIGINT NOT NULL,
    unit_id     BIGINT NOT NULL,
    file_id     BIGINT NOT NULL,
    PRIMARY KEY (training_id, file_id),
    CONSTRAINT fk_training_material_training FOREIGN KEY (training_id) REFERENCES training (id),
    CONSTRAINT fk_training_material_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
