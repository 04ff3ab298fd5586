package vn.lantoa.reporting.core;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReportVersionRepository extends GenericRepository<ReportVersion, Long> {

    ReportVersion save(ReportVersion version);

    @Query("SELECT * FROM report_version WHERE unit_id = :unitId AND report_id = :reportId ORDER BY number")
    List<ReportVersion> history(Long unitId, Long reportId);

    Optional<ReportVersion> findByReportIdAndToken(Long reportId, String token);

    @Query("SELECT COALESCE(MAX(number), 0) FROM report_version WHERE unit_id = :unitId AND report_id = :reportId")
    int lastNumber(Long unitId, Long reportId);
}
