package vn.lantoa.press.contacts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** A unit's journalists: every query names the unit. Searching them is {@link ContactSearch}'s. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ContactRepository extends GenericRepository<Contact, Long> {

    Contact save(Contact contact);

    Contact update(Contact contact);

    Optional<Contact> findByUnitIdAndId(long unitId, long id);

    List<Contact> findByUnitIdAndEmail(long unitId, String email);

    List<Contact> findByUnitIdOrderByFullName(long unitId);

    @Query("DELETE FROM press_list_member WHERE unit_id = :unitId AND contact_id = :id")
    int deleteMemberships(long unitId, long id);

    @Query("DELETE FROM press_contact WHERE unit_id = :unitId AND id = :id")
    int deleteOwn(long unitId, long id);
}
