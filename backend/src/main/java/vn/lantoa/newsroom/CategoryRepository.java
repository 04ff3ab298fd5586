package vn.lantoa.newsroom;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CategoryRepository extends GenericRepository<Category, Long> {

    Category save(Category category);

    Category update(Category category);

    @Query("SELECT * FROM category WHERE unit_id = :unitId ORDER BY sort_order, name")
    List<Category> findByUnit(Long unitId);

    Optional<Category> findByUnitIdAndId(Long unitId, Long id);

    Optional<Category> findByUnitIdAndSlug(Long unitId, String slug);

    boolean existsByUnitIdAndSlug(Long unitId, String slug);

    @Query("SELECT COUNT(*) FROM article WHERE unit_id = :unitId AND category_id = :categoryId")
    long articlesIn(Long unitId, Long categoryId);

    @Query("DELETE FROM category WHERE unit_id = :unitId AND id = :id")
    void deleteInUnit(Long unitId, Long id);
}
