package vn.lantoa.desk.attach;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** A case's attachments, always scoped by the unit that handles the case. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DeskAttachmentRepository extends GenericRepository<DeskAttachment, Long> {

    DeskAttachment save(DeskAttachment attachment);

    @Query("SELECT * FROM desk_case_attachment WHERE unit_id = :unitId AND case_id = :caseId ORDER BY id")
    List<DeskAttachment> ofCase(long unitId, long caseId);

    @Query("SELECT * FROM desk_case_attachment WHERE unit_id = :unitId AND case_id = :caseId AND id = :id")
    Optional<DeskAttachment> find(long unitId, long caseId, long id);

    /** A case's files whichever unit they are stamped with: the retention job's, erasing a case it holds. */
    @Query("SELECT * FROM desk_case_attachment WHERE case_id = :caseId ORDER BY id")
    List<DeskAttachment> ofCase$WithoutTenancy(long caseId);

    @Query("DELETE FROM desk_case_attachment WHERE case_id = :caseId")
    void deleteOfCase$WithoutTenancy(long caseId);

    /** Which of these object keys a row records, in any unit: the orphan sweeper's check over the whole desk/ prefix. */
    @Query("SELECT object_key FROM desk_case_attachment WHERE object_key IN (:keys)")
    List<String> existingKeys$WithoutTenancy(java.util.Collection<String> keys);
}
