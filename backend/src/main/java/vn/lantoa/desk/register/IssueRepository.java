package vn.lantoa.desk.register;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Register entries of one unit: every query names the unit. Lists across the units below are {@link RegisterSearch}'s. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface IssueRepository extends GenericRepository<Issue, Long> {

    Issue save(Issue issue);

    Issue update(Issue issue);

    Optional<Issue> findByUnitIdAndId(long unitId, long id);

    @Query("SELECT * FROM public_opinion_issue WHERE unit_id = :unitId AND id = :id FOR UPDATE")
    Optional<Issue> findForUpdate(long unitId, long id);
}
