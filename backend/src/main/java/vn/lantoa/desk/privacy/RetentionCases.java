package vn.lantoa.desk.privacy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.lantoa.desk.DeskCase;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The retention job's reads and writes on cases; the scan crosses units by design (a platform duty, not a unit's). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RetentionCases extends GenericRepository<DeskCase, Long> {

    @Query("SELECT * FROM desk_case WHERE erased_at IS NULL AND closed_at < :cutoff ORDER BY closed_at, id LIMIT :limit")
    List<DeskCase> dueForErasure$WithoutTenancy(Instant cutoff, int limit);

    @Query("SELECT * FROM desk_case WHERE unit_id = :unitId AND id = :id AND erased_at IS NULL FOR UPDATE")
    Optional<DeskCase> findForUpdate(long unitId, long id);

    /**
     * Everything a citizen or an officer wrote goes (message, answer, result), with the contact, the hashes of the
     * address and of the follow link, and the hash of the message, which would confirm a guess of its text. The search
     * text keeps the code only. Topic, channel, unit, status, spam and the dates stay: the statistics read nothing else.
     */
    @Query("""
            UPDATE desk_case SET citizen_name = NULL, citizen_phone = NULL, citizen_email = NULL, source_hash = NULL, follow_token_hash = NULL,
              message = :erasedText, message_hash = :erasedHash, search_text = :searchText,
              answer_text = CASE WHEN answer_text IS NULL THEN NULL ELSE :erasedText END,
              result = CASE WHEN result IS NULL THEN NULL ELSE :erasedText END,
              erased_at = :now, updated_at = :now, version = version + 1
            WHERE unit_id = :unitId AND id = :id""")
    void erase(long unitId, long id, String erasedText, String erasedHash, String searchText, Instant now);
}
