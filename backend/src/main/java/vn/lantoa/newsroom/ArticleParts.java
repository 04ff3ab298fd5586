package vn.lantoa.newsroom;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Tags and attachments of articles, each read and written with the unit. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ArticleParts extends GenericRepository<ArticleTag, ArticleTag.Key> {

    @Query("SELECT tag FROM article_tag WHERE unit_id = :unitId AND article_id = :articleId ORDER BY tag")
    List<String> tagsOf(Long unitId, Long articleId);

    @Query("DELETE FROM article_tag WHERE unit_id = :unitId AND article_id = :articleId")
    void clearTags(Long unitId, Long articleId);

    @Query("INSERT INTO article_tag (unit_id, article_id, tag, tag_slug) VALUES (:unitId, :articleId, :tag, :tagSlug)")
    void addTag(Long unitId, Long articleId, String tag, String tagSlug);

    @Query("SELECT file_id FROM article_attachment WHERE unit_id = :unitId AND article_id = :articleId ORDER BY sort_order")
    List<Long> attachmentsOf(Long unitId, Long articleId);

    @Query("DELETE FROM article_attachment WHERE unit_id = :unitId AND article_id = :articleId")
    void clearAttachments(Long unitId, Long articleId);

    @Query("INSERT INTO article_attachment (unit_id, article_id, file_id, sort_order) VALUES (:unitId, :articleId, :fileId, :sortOrder)")
    void addAttachment(Long unitId, Long articleId, Long fileId, int sortOrder);

    /** True when the file is attached to a published article of the unit: it may then be downloaded by anyone. */
    @Query("SELECT COUNT(*) > 0 FROM article_attachment x JOIN article a ON a.id = x.article_id "
            + "WHERE x.unit_id = :unitId AND x.file_id = :fileId AND a.status = 'PUBLISHED'")
    boolean isPublicAttachment(Long unitId, Long fileId);

    @Query("SELECT COUNT(*) > 0 FROM article WHERE unit_id = :unitId AND cover_file_id = :fileId AND status = 'PUBLISHED'")
    boolean isPublicCover(Long unitId, Long fileId);
}
