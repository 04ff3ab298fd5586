package vn.lantoa.newsroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OfficialDocumentRepository extends GenericRepository<OfficialDocument, Long> {

    OfficialDocument save(OfficialDocument document);

    OfficialDocument update(OfficialDocument document);

    Optional<OfficialDocument> findByUnitIdAndId(Long unitId, Long id);

    @Query("DELETE FROM official_document WHERE unit_id = :unitId AND id = :id")
    void deleteInUnit(Long unitId, Long id);

    String FILTER = "WHERE unit_id = :unitId AND (:published = FALSE OR status = 'PUBLISHED') AND (:docType IS NULL OR doc_type = :docType) "
            + "AND (:year IS NULL OR YEAR(doc_date) = :year) AND search_text LIKE :pattern AND number LIKE :number AND issuer LIKE :issuer ";

    @Query("SELECT * FROM official_document " + FILTER + "ORDER BY doc_date DESC, id DESC LIMIT :limit OFFSET :offset")
    List<OfficialDocument> search(Long unitId, boolean published, @Nullable String docType, @Nullable Integer year, String pattern, String number,
                                  String issuer, int limit, int offset);

    /** As ArticleRepository.searchPublished: the site's search, narrowed by one word with the text's spaces taken out. */
    @Query("SELECT * FROM official_document WHERE unit_id = :unitId AND status = 'PUBLISHED' AND REPLACE(search_text, ' ', '') LIKE :pattern "
            + "ORDER BY doc_date DESC, id DESC LIMIT :limit")
    List<OfficialDocument> searchPublished(Long unitId, String pattern, int limit);

    @Query("SELECT COUNT(*) FROM official_document " + FILTER)
    long count(Long unitId, boolean published, @Nullable String docType, @Nullable Integer year, String pattern, String number, String issuer);

    @Query("SELECT DISTINCT YEAR(doc_date) FROM official_document WHERE unit_id = :unitId AND status = 'PUBLISHED' ORDER BY 1 DESC")
    List<Integer> publishedYears(Long unitId);

    @Query("SELECT DISTINCT issuer FROM official_document WHERE unit_id = :unitId AND status = 'PUBLISHED' ORDER BY issuer LIMIT 100")
    List<String> publishedIssuers(Long unitId);

    @Query("SELECT * FROM official_document WHERE unit_id = :unitId AND status = 'PUBLISHED' ORDER BY doc_date DESC, id DESC LIMIT :limit")
    List<OfficialDocument> latestPublished(Long unitId, int limit);


    /**
     * The API's list: the site's filters, a status and a time of last change; only published documents when read from above.
     * {@code sort} is one of docDate, number, updatedAt with or without a leading -, checked by the caller; empty: newest
     * document date first.
     */
    String API_FILTER = "WHERE unit_id = :unitId AND (:publishedOnly = FALSE OR status = 'PUBLISHED') AND (:status IS NULL OR status = :status) "
            + "AND (:docType IS NULL OR doc_type = :docType) AND (:year IS NULL OR YEAR(doc_date) = :year) AND search_text LIKE :pattern "
            + "AND (:since IS NULL OR updated_at >= :since) ";

    @Query("SELECT * FROM official_document " + API_FILTER
            + "ORDER BY CASE WHEN :sort = 'number' THEN number END, CASE WHEN :sort = '-number' THEN number END DESC, "
            + "CASE WHEN :sort = 'updatedAt' THEN updated_at END, CASE WHEN :sort = '-updatedAt' THEN updated_at END DESC, "
            + "CASE WHEN :sort = 'docDate' THEN doc_date END, doc_date DESC, id DESC LIMIT :limit OFFSET :offset")
    List<OfficialDocument> findForApi(Long unitId, boolean publishedOnly, @Nullable String status, @Nullable String docType, @Nullable Integer year,
                                      String pattern, @Nullable java.time.Instant since, String sort, int limit, int offset);

    @Query("SELECT COUNT(*) FROM official_document " + API_FILTER)
    long countForApi(Long unitId, boolean publishedOnly, @Nullable String status, @Nullable String docType, @Nullable Integer year, String pattern,
                     @Nullable java.time.Instant since);

    @Query("SELECT COUNT(*) FROM official_document WHERE unit_id = :unitId AND status = 'IN_REVIEW'")
    long countInReview(Long unitId);

    @Query("SELECT * FROM official_document WHERE unit_id = :unitId AND status = 'IN_REVIEW' ORDER BY updated_at DESC, id DESC LIMIT :limit")
    List<OfficialDocument> findInReview(Long unitId, int limit);

    @Query("SELECT COUNT(*) > 0 FROM official_document WHERE unit_id = :unitId AND file_id = :fileId AND status = 'PUBLISHED'")
    boolean isPublicFile(Long unitId, Long fileId);
}
