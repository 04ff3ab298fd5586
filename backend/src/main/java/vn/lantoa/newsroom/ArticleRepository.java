package vn.lantoa.newsroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Articles, always read within one unit; the scheduler's cross-unit read is named as such. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ArticleRepository extends GenericRepository<Article, Long> {

    Article save(Article article);

    Article update(Article article);

    Optional<Article> findByUnitIdAndId(Long unitId, Long id);

    Optional<Article> findByUnitIdAndKindAndSlug(Long unitId, ArticleKind kind, String slug);

    boolean existsByUnitIdAndKindAndSlug(Long unitId, ArticleKind kind, String slug);

    @Query("DELETE FROM article WHERE unit_id = :unitId AND id = :id")
    void deleteInUnit(Long unitId, Long id);

    @Query("SELECT * FROM article WHERE unit_id = :unitId AND (:status IS NULL OR status = :status) AND (:kind IS NULL OR kind = :kind) "
            + "AND search_text LIKE :pattern ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<Article> findForNewsroom(Long unitId, @Nullable String status, @Nullable String kind, String pattern, int limit, int offset);

    @Query("SELECT COUNT(*) FROM article WHERE unit_id = :unitId AND (:status IS NULL OR status = :status) AND (:kind IS NULL OR kind = :kind) "
            + "AND search_text LIKE :pattern")
    long countForNewsroom(Long unitId, @Nullable String status, @Nullable String kind, String pattern);

    @Query("SELECT status, COUNT(*) AS n FROM article WHERE unit_id = :unitId GROUP BY status")
    List<StatusCount> countByStatus(Long unitId);

    /** The columns a list of articles needs: bodies and search text, the large ones, stay in the database. */
    String LISTED = "id, unit_id, kind, title, slug, summary, '' AS body_html, '' AS search_text, category_id, cover_file_id, cover_alt, "
            + "featured, status, review_note, publish_at, published_at, author_id, approved_by, credit_unit_id, source_article_id, created_at, "
            + "updated_at, updated_by, version";

    /** Everything an article's public page shows (all but the search text). */
    String SHOWN = "id, unit_id, kind, title, slug, summary, body_html, '' AS search_text, category_id, cover_file_id, cover_alt, "
            + "featured, status, review_note, publish_at, published_at, author_id, approved_by, credit_unit_id, source_article_id, created_at, "
            + "updated_at, updated_by, version";

    @Query("SELECT " + SHOWN + " FROM article WHERE unit_id = :unitId AND kind = :kind AND slug = :slug AND status = 'PUBLISHED'")
    Optional<Article> findPublicBySlug(Long unitId, String kind, String slug);

    /** Published news and press releases of a unit, newest first, without their bodies. */
    @Query("SELECT " + LISTED + " FROM article WHERE unit_id = :unitId AND status = 'PUBLISHED' AND kind <> 'PAGE' "
            + "AND (:categoryId IS NULL OR category_id = :categoryId) ORDER BY published_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<Article> findPublished(Long unitId, @Nullable Long categoryId, int limit, int offset);

    @Query("SELECT COUNT(*) FROM article WHERE unit_id = :unitId AND status = 'PUBLISHED' AND kind <> 'PAGE' "
            + "AND (:categoryId IS NULL OR category_id = :categoryId)")
    long countPublished(Long unitId, @Nullable Long categoryId);

    @Query("SELECT " + LISTED + " FROM article WHERE unit_id = :unitId AND status = 'PUBLISHED' AND kind <> 'PAGE' AND featured = TRUE "
            + "ORDER BY published_at DESC, id DESC LIMIT :limit")
    List<Article> findFeatured(Long unitId, int limit);

    @Query("SELECT " + LISTED + " FROM article WHERE unit_id = :unitId AND status = 'PUBLISHED' AND id IN "
            + "(SELECT article_id FROM article_tag WHERE unit_id = :unitId AND tag_slug = :tagSlug) ORDER BY published_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<Article> findPublishedByTag(Long unitId, String tagSlug, int limit, int offset);

    @Query("SELECT " + LISTED + " FROM article WHERE unit_id = :unitId AND status = 'PUBLISHED' AND kind = 'PAGE' ORDER BY title")
    List<Article> findPublishedPages(Long unitId);

    /**
     * Published items whose folded text, spaces taken out, contains the pattern: the site's search narrows by one word
     * this way, so that "daklak" finds "dak lak" (one unit, bounded by its size).
     */
    @Query("SELECT * FROM article WHERE unit_id = :unitId AND status = 'PUBLISHED' AND REPLACE(search_text, ' ', '') LIKE :pattern "
            + "ORDER BY published_at DESC LIMIT :limit")
    List<Article> searchPublished(Long unitId, String pattern, int limit);


    /**
     * The API's list: the newsroom's filters, plus a category and a time of last change; only published items when read
     * from above ({@code publishedOnly}). {@code sort} is one of title, publishedAt, createdAt, updatedAt with or without a
     * leading -, checked by the caller; empty: last changed first.
     */
    String API_FILTER = "WHERE unit_id = :unitId AND (:publishedOnly = FALSE OR status = 'PUBLISHED') AND (:status IS NULL OR status = :status) "
            + "AND (:kind IS NULL OR kind = :kind) AND (:categoryId IS NULL OR category_id = :categoryId) AND search_text LIKE :pattern "
            + "AND (:since IS NULL OR updated_at >= :since) ";

    @Query("SELECT " + LISTED + " FROM article " + API_FILTER
            + "ORDER BY CASE WHEN :sort = 'title' THEN title END, CASE WHEN :sort = '-title' THEN title END DESC, "
            + "CASE WHEN :sort = 'publishedAt' THEN published_at END, CASE WHEN :sort = '-publishedAt' THEN published_at END DESC, "
            + "CASE WHEN :sort = 'createdAt' THEN created_at END, CASE WHEN :sort = '-createdAt' THEN created_at END DESC, "
            + "CASE WHEN :sort = 'updatedAt' THEN updated_at END, updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<Article> findForApi(Long unitId, boolean publishedOnly, @Nullable String status, @Nullable String kind, @Nullable Long categoryId,
                             String pattern, @Nullable Instant since, String sort, int limit, int offset);

    @Query("SELECT COUNT(*) FROM article " + API_FILTER)
    long countForApi(Long unitId, boolean publishedOnly, @Nullable String status, @Nullable String kind, @Nullable Long categoryId,
                     String pattern, @Nullable Instant since);

    /** Scheduled articles whose time has come, in every unit: the scheduled publisher's read. */
    @Query("SELECT * FROM article WHERE status = 'SCHEDULED' AND publish_at <= :now ORDER BY publish_at LIMIT 200")
    List<Article> findDueForPublishing$WithoutTenancy(Instant now);

    /** Demo data only: spreads the demo articles over the past months, as a real site's are. */
    @Query("UPDATE article SET published_at = :at, created_at = :at, updated_at = :at WHERE unit_id = :unitId AND id = :id")
    void backdate(Long unitId, Long id, Instant at);
}
