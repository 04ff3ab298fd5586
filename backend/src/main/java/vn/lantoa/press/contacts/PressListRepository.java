package vn.lantoa.press.contacts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** A unit's own lists: every query names the unit. Lists shared from above are {@link PressLists}'. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PressListRepository extends GenericRepository<PressList, Long> {

    PressList save(PressList list);

    PressList update(PressList list);

    Optional<PressList> findByUnitIdAndId(long unitId, long id);

    Optional<PressList> findByUnitIdAndName(long unitId, String name);

    List<PressList> findByUnitIdOrderByName(long unitId);

    @Query("INSERT IGNORE INTO press_list_member (unit_id, list_id, contact_id) VALUES (:unitId, :listId, :contactId)")
    int addMember(long unitId, long listId, long contactId);

    @Query("DELETE FROM press_list_member WHERE unit_id = :unitId AND list_id = :listId AND contact_id = :contactId")
    int removeMember(long unitId, long listId, long contactId);

    @Query("DELETE FROM press_list_member WHERE unit_id = :unitId AND list_id = :listId")
    int removeMembers(long unitId, long listId);

    @Query("DELETE FROM press_list WHERE unit_id = :unitId AND id = :id")
    int deleteOwn(long unitId, long id);
}
