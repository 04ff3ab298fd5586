package vn.lantoa.tenancy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Memberships, always queried with their unit; the cross-unit read of one user is named as such. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface MembershipRepository extends GenericRepository<Membership, Long> {

    Membership save(Membership membership);

    List<Membership> findByUnitIdOrderById(Long unitId);

    List<Membership> findByUnitIdAndUserId(Long unitId, Long userId);

    Optional<Membership> findByUnitIdAndId(Long unitId, Long id);

    boolean existsByUnitIdAndUserIdAndRole(Long unitId, Long userId, Role role);

    long countByUnitIdAndRole(Long unitId, Role role);

    void deleteByUnitIdAndId(Long unitId, Long id);

    /** Every membership of one person across units: for their own switcher and sign-in, nothing else. */
    @Query("SELECT * FROM membership WHERE user_id = :userId ORDER BY id")
    List<Membership> findAllOfUser$WithoutTenancy(Long userId);

    @Query("SELECT DISTINCT u.id, u.full_name, u.email FROM membership m JOIN app_user u ON u.id = m.user_id "
            + "WHERE m.unit_id = :unitId ORDER BY u.full_name")
    List<UnitPerson> findPeopleOf(Long unitId);
}
