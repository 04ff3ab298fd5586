package vn.lantoa.newsroom;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Who approves a unit's content: its committee heads, or its administrators where it has no head. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface Approvers extends GenericRepository<Article, Long> {

    @Query("SELECT DISTINCT u.email FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = :unitId "
            + "AND m.role = 'COMMITTEE_HEAD' AND u.status = 'ACTIVE' ORDER BY u.email")
    List<String> headEmails(Long unitId);

    @Query("SELECT DISTINCT u.email FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = :unitId "
            + "AND m.role = 'UNIT_ADMIN' AND u.status = 'ACTIVE' ORDER BY u.email")
    List<String> adminEmails(Long unitId);

    default List<String> of(long unitId) {
        List<String> heads = headEmails(unitId);
        return heads.isEmpty() ? adminEmails(unitId) : heads;
    }
}
