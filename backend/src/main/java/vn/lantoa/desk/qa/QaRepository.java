package vn.lantoa.desk.qa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Q&A of one unit: every query names the unit. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface QaRepository extends GenericRepository<Qa, Long> {

    Qa save(Qa qa);

    Qa update(Qa qa);

    Optional<Qa> findByUnitIdAndId(long unitId, long id);

    Optional<Qa> findByUnitIdAndCaseId(long unitId, long caseId);

    @Query("SELECT * FROM desk_qa WHERE unit_id = :unitId AND id = :id FOR UPDATE")
    Optional<Qa> findForUpdate(long unitId, long id);

    @Query("SELECT * FROM desk_qa WHERE unit_id = :unitId ORDER BY published, COALESCE(published_at, created_at) DESC, id DESC LIMIT 500")
    List<Qa> listAll(long unitId);

    @Query("SELECT * FROM desk_qa WHERE unit_id = :unitId AND published = TRUE AND id = :id")
    Optional<Qa> findPublished(long unitId, long id);

    /** Published Q&A, newest first, of one topic or all, whose folded text holds the pattern. */
    @Query("SELECT * FROM desk_qa WHERE unit_id = :unitId AND published = TRUE AND (:topic IS NULL OR topic = :topic) "
            + "AND search_text LIKE :pattern ORDER BY published_at DESC, id DESC LIMIT :limit")
    List<Qa> published(long unitId, @Nullable String topic, String pattern, int limit);

    @Query("SELECT DISTINCT topic FROM desk_qa WHERE unit_id = :unitId AND published = TRUE")
    List<String> publishedTopics(long unitId);

    /**
     * Clears the list of what was stripped from a case's Q&A, whichever unit prepared it (a case may have moved on since):
     * the retention job's erasure of the case.
     */
    @Query("UPDATE desk_qa SET removed = NULL WHERE case_id = :caseId AND removed IS NOT NULL")
    void forgetRemoved$WithoutTenancy(long caseId);
}
