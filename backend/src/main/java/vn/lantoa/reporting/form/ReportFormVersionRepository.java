package vn.lantoa.reporting.form;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReportFormVersionRepository extends GenericRepository<ReportFormVersion, Long> {

    ReportFormVersion save(ReportFormVersion version);

    Optional<ReportFormVersion> findByUnitIdAndFormIdAndNumber(Long unitId, Long formId, int number);

    @Query("SELECT * FROM report_form_version WHERE unit_id = :unitId AND form_id = :formId ORDER BY number DESC")
    List<ReportFormVersion> history(Long unitId, Long formId);

    /** A form's current version, found from the form's id in one read; the form may belong to a unit above the reader. */
    @Query("SELECT v.* FROM report_form f JOIN report_form_version v ON v.unit_id = f.unit_id AND v.form_id = f.id AND v.number = f.current_version "
            + "WHERE f.id = :formId")
    Optional<ReportFormVersion> findCurrent$WithoutTenancy(Long formId);

    /** A version a report was made with; the report's unit is not the form's owner, so this reads across units by id. */
    @Query("SELECT * FROM report_form_version WHERE id = :id")
    Optional<ReportFormVersion> findById$WithoutTenancy(Long id);
}
