package vn.lantoa.reporting.core;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Who at a unit hears about its reports: the people who may fill them in or review them. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface PeopleToTell extends GenericRepository<Report, Long> {

    @Query("SELECT DISTINCT u.email FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = :unitId "
            + "AND m.role IN ('UNIT_ADMIN', 'COMMITTEE_HEAD', 'REPORTER') AND u.status = 'ACTIVE' ORDER BY u.email")
    List<String> reportingEmails(Long unitId);

    /** Active people with any role at the unit: none means nobody there can be told anything. */
    @Query("SELECT COUNT(DISTINCT u.id) FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = :unitId AND u.status = 'ACTIVE'")
    long countActiveMembers(Long unitId);
}
