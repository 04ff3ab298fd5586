package vn.lantoa.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/**
 * Units are the tenants: queries here are scoped by a unit's path (its subtree) rather than a unit_id.
 * A subtree is one range scan on ix_unit_path.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface UnitRepository extends CrudRepository<Unit, Long> {

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNotEqual(String slug, Long id);

    boolean existsByHostName(String hostName);

    boolean existsByHostNameAndIdNotEqual(String hostName, Long id);

    List<Unit> findByParentIdOrderByName(Long parentId);

    long countByParentId(Long parentId);

    @Query("SELECT * FROM unit WHERE parent_id IS NULL ORDER BY name")
    List<Unit> findRoots();

    @Query(value = "SELECT * FROM unit WHERE path LIKE CONCAT(:pathPrefix, '%') AND path <> :pathPrefix "
            + "AND (:type IS NULL OR type = :type) AND (:level IS NULL OR school_level = :level) "
            + "AND (:maxDepth IS NULL OR depth <= :maxDepth) "
            + "AND (search_text LIKE :pattern OR REPLACE(search_text, ' ', '') LIKE :joined) ORDER BY depth, name LIMIT :limit OFFSET :offset")
    List<Unit> searchBelow(String pathPrefix, @Nullable String type, @Nullable String level, @Nullable Integer maxDepth, String pattern, String joined,
                           int limit, int offset);

    /**
     * The API's list of units below: as {@link #searchBelow}, in the order asked ({@code sort} is one of name, -name,
     * updatedAt, -updatedAt, checked by the caller; empty keeps the tree order) and changed since an instant.
     */
    @Query(value = "SELECT * FROM unit WHERE path LIKE CONCAT(:pathPrefix, '%') AND path <> :pathPrefix "
            + "AND (:type IS NULL OR type = :type) AND (:level IS NULL OR school_level = :level) "
            + "AND (:maxDepth IS NULL OR depth <= :maxDepth) AND (:since IS NULL OR updated_at >= :since) "
            + "AND (search_text LIKE :pattern OR REPLACE(search_text, ' ', '') LIKE :joined) "
            + "ORDER BY CASE WHEN :sort = 'name' THEN name END, CASE WHEN :sort = '-name' THEN name END DESC, "
            + "CASE WHEN :sort = 'updatedAt' THEN updated_at END, CASE WHEN :sort = '-updatedAt' THEN updated_at END DESC, "
            + "depth, name, id LIMIT :limit OFFSET :offset")
    List<Unit> listBelow(String pathPrefix, @Nullable String type, @Nullable String level, @Nullable Integer maxDepth, String pattern, String joined,
                         @Nullable java.time.Instant since, String sort, int limit, int offset);

    @Query("SELECT COUNT(*) FROM unit WHERE path LIKE CONCAT(:pathPrefix, '%') AND path <> :pathPrefix "
            + "AND (:type IS NULL OR type = :type) AND (:level IS NULL OR school_level = :level) "
            + "AND (:maxDepth IS NULL OR depth <= :maxDepth) AND (:since IS NULL OR updated_at >= :since) "
            + "AND (search_text LIKE :pattern OR REPLACE(search_text, ' ', '') LIKE :joined)")
    long countListBelow(String pathPrefix, @Nullable String type, @Nullable String level, @Nullable Integer maxDepth, String pattern, String joined,
                        @Nullable java.time.Instant since);

    @Query("SELECT COUNT(*) FROM unit WHERE path LIKE CONCAT(:pathPrefix, '%') AND path <> :pathPrefix "
            + "AND (:type IS NULL OR type = :type) AND (:level IS NULL OR school_level = :level) "
            + "AND (:maxDepth IS NULL OR depth <= :maxDepth) AND (search_text LIKE :pattern OR REPLACE(search_text, ' ', '') LIKE :joined)")
    long countBelow(String pathPrefix, @Nullable String type, @Nullable String level, @Nullable Integer maxDepth, String pattern, String joined);

    @Query("SELECT COUNT(*) FROM unit WHERE path LIKE CONCAT(:pathPrefix, '%') AND path <> :pathPrefix")
    long countSubtree(String pathPrefix);

    @Query("UPDATE unit SET path = :path, depth = :depth WHERE id = :id")
    void setPath(Long id, String path, int depth);

    /** Re-roots a whole subtree in one statement: every descendant keeps its place under the moved unit. */
    @Query("UPDATE unit SET path = CONCAT(:newPrefix, SUBSTRING(path, :oldPrefixLength + 1)), depth = depth + :depthDelta "
            + "WHERE path LIKE CONCAT(:oldPrefix, '%')")
    int rerootSubtree(String oldPrefix, int oldPrefixLength, String newPrefix, int depthDelta);

    @Query("UPDATE unit SET parent_id = :parentId, updated_at = :now, updated_by = :actorId, version = version + 1 WHERE id = :id")
    void setParent(Long id, Long parentId, java.time.Instant now, Long actorId);

    /** The host name the unit's site answers on: set by a platform admin or after a proved claim (unit.host). */
    @Query("UPDATE unit SET host_name = :hostName, updated_at = :now, updated_by = :actorId, version = version + 1 WHERE id = :id")
    void setHostName(Long id, @Nullable String hostName, java.time.Instant now, Long actorId);

    @Query("SELECT type, COUNT(*) AS n FROM unit WHERE path LIKE CONCAT(:pathPrefix, '%') AND path <> :pathPrefix GROUP BY type")
    List<TypeCount> countByTypeBelow(String pathPrefix);

    @Query("SELECT * FROM unit WHERE path LIKE CONCAT(:pathPrefix, '%') AND type <> 'SCHOOL' AND closed_on IS NULL ORDER BY path LIMIT 2000")
    List<Unit> findPossibleParentsIn(String pathPrefix);

    @Query("SELECT * FROM unit WHERE path LIKE CONCAT(:pathPrefix, '%') AND type = 'SCHOOL' AND closed_on IS NULL ORDER BY path LIMIT 2000")
    List<Unit> findOpenSchoolsIn(String pathPrefix);

    @Query("SELECT COUNT(*) > 0 FROM unit WHERE id = :id AND path LIKE CONCAT(:pathPrefix, '%') AND type = 'SCHOOL' AND closed_on IS NULL")
    boolean isOpenSchoolIn(String pathPrefix, long id);

    @Query("SELECT * FROM unit WHERE type <> 'SCHOOL' AND closed_on IS NULL ORDER BY path LIMIT 2000")
    List<Unit> findPossibleParents$WithoutTenancy();

    /** Units that answer on their own host name, for routing requests by Host header (a closed one: its archive, or a redirect). */
    @Query("SELECT * FROM unit WHERE host_name IS NOT NULL")
    List<Unit> findWithHostNames$WithoutTenancy();

    java.util.Optional<Unit> findBySlug(String slug);

    @Query("SELECT * FROM unit WHERE parent_id = :parentId AND closed_on IS NULL ORDER BY type, name")
    List<Unit> findOpenChildren(Long parentId);

    @Query("SELECT slug FROM unit WHERE closed_on IS NULL ORDER BY path LIMIT 50000")
    List<String> findOpenSlugs$WithoutTenancy();
}
