package vn.lantoa.unit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UnitMoveRepository extends GenericRepository<UnitMove, Long> {

    UnitMove save(UnitMove move);

    @Query("SELECT m.id, m.moved_at, f.name AS from_name, t.name AS to_name, u.full_name AS by_name, m.reason "
            + "FROM unit_move m LEFT JOIN unit f ON f.id = m.from_parent_id JOIN unit t ON t.id = m.to_parent_id "
            + "LEFT JOIN app_user u ON u.id = m.moved_by WHERE m.unit_id = :unitId ORDER BY m.moved_at DESC")
    List<MoveHistory> historyOf(Long unitId);
}
