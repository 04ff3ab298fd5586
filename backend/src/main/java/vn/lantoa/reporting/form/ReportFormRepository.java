package vn.lantoa.reporting.form;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReportFormRepository extends GenericRepository<ReportForm, Long> {

    ReportForm save(ReportForm form);

    ReportForm update(ReportForm form);

    Optional<ReportForm> findByUnitIdAndId(Long unitId, Long id);

    @Query("SELECT * FROM report_form WHERE unit_id = :unitId ORDER BY title")
    List<ReportForm> findByUnit(Long unitId);

    /** The form behind an obligation, read for a unit that reports on it (the issuer is another unit). */
    @Query("SELECT * FROM report_form WHERE id = :id")
    Optional<ReportForm> findById$WithoutTenancy(Long id);
}
