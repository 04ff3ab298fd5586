package vn.lantoa.reporting.obligation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ObligationRepository extends GenericRepository<Obligation, Long> {

    Obligation save(Obligation obligation);

    Obligation update(Obligation obligation);

    Optional<Obligation> findByUnitIdAndId(Long unitId, Long id);

    @Query("SELECT * FROM obligation WHERE unit_id = :unitId ORDER BY active DESC, title")
    List<Obligation> findIssuedBy(Long unitId);

    /** Obligations issued by any of these units (a unit's ancestors): the candidates that may apply to it. */
    @Query("SELECT * FROM obligation WHERE unit_id IN (:issuerIds) AND active = TRUE ORDER BY title")
    List<Obligation> findActiveIssuedByAny$WithoutTenancy(Collection<Long> issuerIds);

    @Query("SELECT * FROM obligation WHERE active = TRUE")
    List<Obligation> findAllActive$WithoutTenancy();

    @Query("SELECT * FROM obligation WHERE id = :id")
    Optional<Obligation> findById$WithoutTenancy(Long id);
}
