package vn.lantoa.press.questions;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** One unit's journalists' questions: every query names the unit. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionRepository extends GenericRepository<Question, Long> {

    Question save(Question question);

    Question update(Question question);

    Optional<Question> findByUnitIdAndId(long unitId, long id);

    @Query("SELECT * FROM press_question WHERE unit_id = :unitId AND id = :id FOR UPDATE")
    Optional<Question> findForUpdate(long unitId, long id);

    @Query("SELECT COUNT(*) FROM press_question WHERE unit_id = :unitId AND code LIKE :prefix")
    long countCodes(long unitId, String prefix);
}
