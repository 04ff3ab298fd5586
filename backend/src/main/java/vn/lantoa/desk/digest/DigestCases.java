package vn.lantoa.desk.digest;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.lantoa.desk.DeskCase;

import java.util.List;

/** The digest's one read across units: every case still owed an acknowledgement or an answer. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DigestCases extends GenericRepository<DeskCase, Long> {

    @Query("""
            SELECT * FROM desk_case WHERE spam = FALSE AND answered_at IS NULL AND status IN ('MOI', 'DA_TIEP_NHAN', 'DANG_XU_LY', 'CHO_BO_SUNG')
            ORDER BY unit_id, received_at, id""")
    List<DeskCase> owed$WithoutTenancy();
}
