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

    @Query("""
            SELECT * FROM desk_case WHERE closed_at IS NOT NULL AND closed_at < :cutoff
              AND (citizen_name IS NOT NULL OR citizen_phone IS NOT NULL OR citizen_email IS NOT NULL OR source_hash IS NOT NULL
                   OR follow_token_hash IS NOT NULL)
            ORDER BY id LIMIT :limit""")
    List<DeskCase> dueForErasure$WithoutTenancy(Instant cutoff, int limit);

    @Query("SELECT * FROM desk_case WHERE unit_id = :unitId AND id = :id FOR UPDATE")
    Optional<DeskCase> findForUpdate(long unitId, long id);

    @Query("""
            UPDATE desk_case SET citizen_name = NULL, citizen_phone = NULL, citizen_email = NULL, source_hash = NULL, follow_token_hash = NULL,
              search_text = :searchText, updated_at = :now, version = version + 1
            WHERE unit_id = :unitId AND id = :id""")
    void erase(long unitId, long id, String searchText, Instant now);
}
