package vn.lantoa.unit.host;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Every method takes the unit: a claim id of another unit finds nothing. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface HostClaimRepository extends GenericRepository<HostClaim, Long> {

    @Query("SELECT * FROM host_claim WHERE unit_id = :unitId ORDER BY verified_at IS NULL DESC, id DESC LIMIT 50")
    List<HostClaim> findByUnit(Long unitId);

    Optional<HostClaim> findByUnitIdAndId(Long unitId, Long id);

    Optional<HostClaim> findByUnitIdAndHostName(Long unitId, String hostName);

    @Query("SELECT COUNT(*) FROM host_claim WHERE unit_id = :unitId AND verified_at IS NULL")
    long countPending(Long unitId);

    HostClaim save(HostClaim claim);

    HostClaim update(HostClaim claim);

    void deleteByUnitIdAndId(Long unitId, Long id);
}
