package vn.lantoa.newsroom;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** Old slugs of articles, per unit, so that links published earlier still arrive. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SlugHistoryRepository extends GenericRepository<ArticleRevision, Long> {

    @Query("INSERT INTO article_slug_history (unit_id, kind, slug, article_id, changed_at) VALUES (:unitId, :kind, :slug, :articleId, :at) "
            + "ON DUPLICATE KEY UPDATE article_id = VALUES(article_id), changed_at = VALUES(changed_at)")
    void remember(Long unitId, String kind, String slug, Long articleId, Instant at);

    @Query("SELECT article_id FROM article_slug_history WHERE unit_id = :unitId AND kind = :kind AND slug = :slug")
    Optional<Long> articleFor(Long unitId, String kind, String slug);

    @Query("DELETE FROM article_slug_history WHERE unit_id = :unitId AND kind = :kind AND slug = :slug")
    void forget(Long unitId, String kind, String slug);
}
