package vn.lantoa.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * People are not owned by one unit: a person may hold roles in several. Reads for a unit go through its
 * memberships (findMembersOf); lookups by email or id are sign-in and invitation paths.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserRepository extends CrudRepository<User, Long> {

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("UPDATE app_user SET failed_login_count = failed_login_count + 1 WHERE id = :id")
    void countFailedLogin(Long id);

    @Query("UPDATE app_user SET locked_until = :until, failed_login_count = 0 WHERE id = :id")
    void lockUntil(Long id, Instant until);

    @Query("UPDATE app_user SET failed_login_count = 0, locked_until = NULL, last_login_at = :now WHERE id = :id")
    void recordSuccessfulLogin(Long id, Instant now);

    @Query("UPDATE app_user SET failed_login_count = 0, locked_until = NULL WHERE id = :id")
    void unlock(Long id);

    @Query("SELECT failed_login_count FROM app_user WHERE id = :id")
    int failedLoginCount(Long id);

    /** People holding any role in one unit, with their roles there. */
    @Query("SELECT u.id, u.email, u.full_name, u.phone, u.job_title, u.status, u.locked_until, u.last_login_at, "
            + "GROUP_CONCAT(m.role ORDER BY m.role SEPARATOR ',') AS roles "
            + "FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = :unitId "
            + "GROUP BY u.id, u.email, u.full_name, u.phone, u.job_title, u.status, u.locked_until, u.last_login_at "
            + "ORDER BY u.full_name")
    List<MemberRow> findMembersOf(Long unitId);

    @Query("SELECT * FROM app_user WHERE platform_admin = TRUE ORDER BY id")
    List<User> findPlatformAdmins();
}
