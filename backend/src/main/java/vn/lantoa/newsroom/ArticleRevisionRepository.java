package vn.lantoa.newsroom;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ArticleRevisionRepository extends GenericRepository<ArticleRevision, Long> {

    ArticleRevision save(ArticleRevision revision);

    @Query("SELECT * FROM article_revision WHERE unit_id = :unitId AND article_id = :articleId ORDER BY number DESC")
    List<ArticleRevision> history(Long unitId, Long articleId);

    Optional<ArticleRevision> findByUnitIdAndArticleIdAndNumber(Long unitId, Long articleId, int number);

    @Query("SELECT COALESCE(MAX(number), 0) FROM article_revision WHERE unit_id = :unitId AND article_id = :articleId")
    int lastNumber(Long unitId, Long articleId);
}
