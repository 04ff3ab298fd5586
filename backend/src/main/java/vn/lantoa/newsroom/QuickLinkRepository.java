package vn.lantoa.newsroom;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface QuickLinkRepository extends GenericRepository<QuickLink, Long> {

    QuickLink save(QuickLink link);

    @Query("SELECT * FROM quick_link WHERE unit_id = :unitId ORDER BY sort_order, id")
    List<QuickLink> findByUnit(Long unitId);

    Optional<QuickLink> findByUnitIdAndId(Long unitId, Long id);

    long countByUnitId(Long unitId);

    @Query("DELETE FROM quick_link WHERE unit_id = :unitId AND id = :id")
    void deleteInUnit(Long unitId, Long id);
}
