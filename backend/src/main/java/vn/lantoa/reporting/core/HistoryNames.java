package vn.lantoa.reporting.core;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The name of the person behind a step of a report's history. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface HistoryNames extends GenericRepository<Report, Long> {

    @Query("SELECT COALESCE(MAX(full_name), '') FROM app_user WHERE id = :userId")
    String fullName(Long userId);
}
