package vn.lantoa.desk.settings;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** Topic settings of the units on one path from the root: every query names the units. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TopicSettingRepository extends GenericRepository<TopicSetting, Long> {

    TopicSetting save(TopicSetting s);

    List<TopicSetting> findByUnitIdIn(Collection<Long> unitIds);

    @Query("DELETE FROM desk_topic_setting WHERE unit_id = :unitId")
    void deleteOwn(long unitId);
}
