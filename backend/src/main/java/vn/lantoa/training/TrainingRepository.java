package vn.lantoa.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Trainings, their invited units, attendees and materials. Every query names the organiser or the invited unit. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TrainingRepository extends GenericRepository<Training, Long> {

    Training save(Training training);

    /** The training, if the unit organised it or is invited to it. */
    @Query("SELECT t.* FROM training t WHERE t.id = :id AND (t.unit_id = :unitId OR EXISTS (SELECT 1 FROM training_invite i "
            + "WHERE i.training_id = t.id AND i.unit_id = :unitId))")
    Optional<Training> visibleTo(long unitId, long id);

    @Query("SELECT * FROM training WHERE unit_id = :unitId ORDER BY starts_on DESC, id DESC LIMIT :limit")
    List<Training> organisedBy(long unitId, int limit);

    /** Invitations of the unit that end on or after {@code from}, soonest first. */
    @Query("SELECT t.id, o.name AS organiser_name, t.title, t.starts_on, t.ends_on, t.registration_deadline, "
            + "(SELECT COUNT(*) FROM training_attendee a WHERE a.training_id = t.id AND a.unit_id = :unitId) AS registered "
            + "FROM training_invite i JOIN training t ON t.id = i.training_id JOIN unit o ON o.id = t.unit_id "
            + "WHERE i.unit_id = :unitId AND t.ends_on >= :from ORDER BY t.starts_on, t.id LIMIT :limit")
    List<InvitationRow> invitations(long unitId, LocalDate from, int limit);

    /** Fixes the invited units when the training is made: the open units below the organiser that match the audience. */
    @Query("INSERT INTO training_invite (training_id, unit_id) SELECT :trainingId, id FROM unit WHERE path LIKE CONCAT(:path, '%') "
            + "AND id <> :unitId AND closed_on IS NULL AND (:type IS NULL OR type = :type) AND (:level IS NULL OR school_level = :level) "
            + "AND (:maxDepth IS NULL OR depth <= :maxDepth)")
    int invite(long trainingId, String path, long unitId, @Nullable String type, @Nullable String level, @Nullable Integer maxDepth);

    @Query("INSERT INTO training_material (training_id, unit_id, file_id) SELECT :trainingId, unit_id, id FROM stored_file "
            + "WHERE unit_id = :unitId AND id IN (:fileIds)")
    int addMaterials(long trainingId, long unitId, Collection<Long> fileIds);

    @Query("SELECT file_id FROM training_material WHERE training_id = :trainingId ORDER BY file_id")
    List<Long> materialIds(long trainingId);

    /**
     * Every invited unit with its people registered and present, in one query; the unit directly below the organiser that each
     * belongs to is read off its path (so the per-subtree counts need no walk of the tree).
     */
    @Query("SELECT i.unit_id, u.name AS unit_name, c.id AS child_id, c.name AS child_name, i.note, COUNT(a.id) AS registered, "
            + "COALESCE(SUM(CASE WHEN a.present THEN 1 ELSE 0 END), 0) AS present FROM training_invite i JOIN unit u ON u.id = i.unit_id "
            + "LEFT JOIN unit c ON c.id = CAST(SUBSTRING_INDEX(SUBSTRING(u.path, CHAR_LENGTH(:path) + 1), '/', 1) AS UNSIGNED) "
            + "LEFT JOIN training_attendee a ON a.training_id = i.training_id AND a.unit_id = i.unit_id "
            + "WHERE i.training_id = :trainingId GROUP BY i.unit_id, u.name, c.id, c.name, i.note ORDER BY c.name, u.depth, u.name, i.unit_id")
    List<InviteRow> invites(long trainingId, String path);

    @Query("UPDATE training_invite SET note = :note WHERE training_id = :trainingId AND unit_id = :unitId")
    int note(long trainingId, long unitId, @Nullable String note);

    @Query("SELECT * FROM training WHERE id = :id AND unit_id = :unitId FOR UPDATE")
    Optional<Training> lockOwn(long unitId, long id);
}
