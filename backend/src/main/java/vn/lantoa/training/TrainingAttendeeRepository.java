package vn.lantoa.training;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** The people of a training; every query names the training, and the invited unit where it writes. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TrainingAttendeeRepository extends GenericRepository<TrainingAttendee, Long> {

    TrainingAttendee save(TrainingAttendee attendee);

    @Query("SELECT * FROM training_attendee WHERE training_id = :trainingId ORDER BY unit_id, id")
    List<TrainingAttendee> attendees(long trainingId);

    @Query("SELECT * FROM training_attendee WHERE training_id = :trainingId AND unit_id = :unitId ORDER BY id")
    List<TrainingAttendee> attendeesOf(long trainingId, long unitId);

    @Query("DELETE FROM training_attendee WHERE training_id = :trainingId AND unit_id = :unitId")
    int clearAttendees(long trainingId, long unitId);

    @Query("UPDATE training_attendee SET present = (id IN (:presentIds)) WHERE training_id = :trainingId")
    int markPresent(long trainingId, Collection<Long> presentIds);
}
