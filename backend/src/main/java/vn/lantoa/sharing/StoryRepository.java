package vn.lantoa.sharing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StoryRepository extends GenericRepository<Story, Long> {

    Story save(Story story);

    /** A story as the receiving unit sees it: only stories sent to it. */
    Optional<Story> findByToUnitIdAndId(Long toUnitId, Long id);

    boolean existsByUnitIdAndArticleIdAndStatus(Long unitId, Long articleId, Story.Status status);

    long countByToUnitIdAndStatus(Long toUnitId, Story.Status status);

    String ROWS = "SELECT s.id, s.unit_id, f.name AS unit_name, s.to_unit_id, t.name AS to_unit_name, s.article_id, a.title, s.note, s.status, "
            + "s.decision_reason, s.created_at, p.full_name AS created_by_name, s.decided_at, s.republished_article_id "
            + "FROM story_submission s JOIN unit f ON f.id = s.unit_id JOIN unit t ON t.id = s.to_unit_id "
            + "JOIN article a ON a.id = s.article_id AND a.unit_id = s.unit_id LEFT JOIN app_user p ON p.id = s.created_by ";

    @Query(ROWS + "WHERE s.to_unit_id = :toUnitId ORDER BY s.status = 'PENDING' DESC, s.created_at DESC LIMIT 200")
    List<StoryRow> inbox(Long toUnitId);

    @Query(ROWS + "WHERE s.unit_id = :unitId ORDER BY s.created_at DESC LIMIT 200")
    List<StoryRow> sent(Long unitId);

    /** Every story sent to the unit, for the API, which sorts and pages it. */
    @Query(ROWS + "WHERE s.to_unit_id = :toUnitId ORDER BY s.created_at DESC, s.id DESC")
    List<StoryRow> allReceived(Long toUnitId);

    /** Every story the unit sent up, for the API. */
    @Query(ROWS + "WHERE s.unit_id = :unitId ORDER BY s.created_at DESC, s.id DESC")
    List<StoryRow> allSent(Long unitId);

    /** A story the unit sent or received: both ends read it. */
    @Query(ROWS + "WHERE s.id = :id AND (s.to_unit_id = :unitId OR s.unit_id = :unitId)")
    Optional<StoryRow> rowOfEitherEnd(Long unitId, Long id);

    @Query(ROWS + "WHERE s.to_unit_id = :toUnitId AND s.id = :id")
    Optional<StoryRow> inboxRow(Long toUnitId, Long id);

    @Query("UPDATE story_submission SET status = :status, decision_reason = :reason, republished_article_id = :republishedId, "
            + "decided_at = :at, decided_by = :by WHERE to_unit_id = :toUnitId AND id = :id AND status = 'PENDING'")
    int decide(Long toUnitId, Long id, String status, @io.micronaut.core.annotation.Nullable String reason,
               @io.micronaut.core.annotation.Nullable Long republishedId, Instant at, Long by);

    /** Who at a unit hears about its stories: its administrators, committee head and editors. */
    @Query("SELECT DISTINCT u.email FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = :unitId "
            + "AND m.role IN ('UNIT_ADMIN', 'COMMITTEE_HEAD', 'EDITOR') AND u.status = 'ACTIVE'")
    List<String> newsroomEmails(Long unitId);
}
