package vn.lantoa.disclosure;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.lantoa.tenancy.SchoolLevel;

import java.util.List;

/** The open schools in a unit's subtree, for disclosure tracking. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SchoolsBelow extends GenericRepository<SchoolsBelow.School, Long> {

    @Introspected
    record School(long id, String name, String slug, String path, @Nullable SchoolLevel schoolLevel) {
    }

    @Query("SELECT id, name, slug, path, school_level FROM unit WHERE path LIKE CONCAT(:path, '%') AND type = 'SCHOOL' "
            + "AND closed_on IS NULL ORDER BY path LIMIT :limit")
    List<School> below(String path, int limit);
}
