package vn.lantoa.committee;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Every method takes the unit: a member id from another unit finds nothing. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CommitteeMemberRepository extends GenericRepository<CommitteeMember, Long> {

    @Query("SELECT * FROM committee_member WHERE unit_id = :unitId ORDER BY sort_order, id")
    List<CommitteeMember> findByUnit(Long unitId);

    Optional<CommitteeMember> findByUnitIdAndId(Long unitId, Long id);

    CommitteeMember save(CommitteeMember member);

    CommitteeMember update(CommitteeMember member);

    void deleteByUnitIdAndId(Long unitId, Long id);

    long countByUnitId(Long unitId);

    @Query("UPDATE committee_member SET spokesperson = FALSE, version = version + 1 WHERE unit_id = :unitId AND spokesperson = TRUE AND id <> :keepId")
    void clearSpokespersonExcept(Long unitId, Long keepId);
}
