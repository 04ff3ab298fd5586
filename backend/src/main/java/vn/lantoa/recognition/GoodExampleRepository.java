package vn.lantoa.recognition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Good examples and their hops. A unit holds its own examples and those it accepted from below (a hop to it whose story it
 * accepted); every query names the unit.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface GoodExampleRepository extends GenericRepository<GoodExample, Long> {

    GoodExample save(GoodExample example);

    /** The example, if the unit wrote it or it was sent to the unit. */
    @Query("SELECT g.* FROM good_example g WHERE g.id = :id AND (g.unit_id = :unitId OR EXISTS (SELECT 1 FROM good_example_hop h "
            + "WHERE h.good_example_id = g.id AND h.to_unit_id = :unitId))")
    Optional<GoodExample> visibleTo(long unitId, long id);

    @Query("SELECT COUNT(*) > 0 FROM good_example_hop WHERE unit_id = :unitId AND good_example_id = :id")
    boolean sentBy(long unitId, long id);

    /** The unit's copy of an example it accepted from below: the article it republished, which it forwards. */
    @Query("SELECT s.republished_article_id FROM good_example_hop h JOIN story_submission s ON s.id = h.story_id "
            + "WHERE h.to_unit_id = :unitId AND h.good_example_id = :id AND s.status = 'ACCEPTED'")
    List<Long> acceptedCopy(long unitId, long id);

    @Query("SELECT h.story_id, h.unit_id, f.name AS unit_name, h.to_unit_id, t.name AS to_unit_name, s.status, h.created_at "
            + "FROM good_example_hop h JOIN unit f ON f.id = h.unit_id JOIN unit t ON t.id = h.to_unit_id JOIN story_submission s ON s.id = h.story_id "
            + "WHERE h.good_example_id = :id ORDER BY h.created_at, h.id")
    List<HopRow> hops(long id);

    /**
     * The register's rows: the unit's own examples and those it accepted from below, in the year; each with the unit directly
     * below it through which it came (read off the writer's path, so no walk of the tree).
     */
    String HELD = "FROM (SELECT id FROM good_example WHERE unit_id = :unitId AND deed_on >= :from AND deed_on < :to "
            + "UNION SELECT h.good_example_id FROM good_example_hop h JOIN story_submission s ON s.id = h.story_id AND s.status = 'ACCEPTED' "
            + "WHERE h.to_unit_id = :unitId) k JOIN good_example g ON g.id = k.id JOIN unit o ON o.id = g.unit_id "
            + "LEFT JOIN good_example_hop h ON h.good_example_id = g.id AND h.to_unit_id = :unitId LEFT JOIN unit f ON f.id = h.unit_id "
            + "LEFT JOIN unit c ON g.unit_id <> :unitId AND c.id = CAST(SUBSTRING_INDEX(SUBSTRING(o.path, CHAR_LENGTH(:path) + 1), '/', 1) AS UNSIGNED) ";

    String IN_YEAR = "WHERE g.deed_on >= :from AND g.deed_on < :to AND (:field IS NULL OR g.field = :field) "
            + "AND (:fromUnit IS NULL OR g.unit_id = :fromUnit OR c.id = :fromUnit) ";

    @Query("SELECT g.id, g.unit_id, o.name AS unit_name, g.honoree, g.collective, g.honoree_unit, g.deed, g.deed_on, g.field, "
            + "h.unit_id AS from_unit_id, f.name AS from_unit_name, c.id AS child_id, c.name AS child_name, us.status AS sent_status, "
            + "ut.name AS sent_to_name " + HELD + "LEFT JOIN good_example_hop up ON up.good_example_id = g.id AND up.unit_id = :unitId "
            + "LEFT JOIN story_submission us ON us.id = up.story_id LEFT JOIN unit ut ON ut.id = up.to_unit_id " + IN_YEAR + "ORDER BY g.deed_on DESC, g.id DESC LIMIT :limit")
    List<RegisterRow> register(long unitId, String path, LocalDate from, LocalDate to, @Nullable String field, @Nullable Long fromUnit, int limit);

    @Query("SELECT c.id AS child_id, c.name AS child_name, COUNT(*) AS examples " + HELD + IN_YEAR + "GROUP BY c.id, c.name ORDER BY c.id IS NOT NULL, c.name")
    List<ChildCount> countsByChild(long unitId, String path, LocalDate from, LocalDate to, @Nullable String field, @Nullable Long fromUnit);

    /** The years the unit holds examples for, newest first, for the filter. */
    @Query("SELECT DISTINCT YEAR(g.deed_on) FROM good_example g WHERE g.unit_id = :unitId OR g.id IN (SELECT h.good_example_id "
            + "FROM good_example_hop h WHERE h.to_unit_id = :unitId) ORDER BY 1 DESC")
    List<Integer> years(long unitId);
}
