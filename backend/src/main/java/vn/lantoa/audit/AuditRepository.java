package vn.lantoa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditRepository extends GenericRepository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    String COLUMNS = "SELECT e.id, e.unit_id, u.name AS unit_name, e.occurred_at, e.actor_email, e.action, e.entity_type, e.entity_id, "
            + "e.summary, e.before_json, e.after_json FROM audit_event e JOIN unit u ON u.id = e.unit_id ";
    String FILTERS = "AND e.occurred_at >= :from AND e.occurred_at < :to AND (:actor IS NULL OR e.actor_email LIKE :actor) "
            + "AND (:action IS NULL OR e.action LIKE :action) ";

    @Query(COLUMNS + "WHERE e.unit_id = :unitId " + FILTERS + "ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit OFFSET :offset")
    List<AuditRow> findInUnit(Long unitId, Instant from, Instant to, @Nullable String actor, @Nullable String action, int limit, int offset);

    @Query("SELECT COUNT(*) FROM audit_event e WHERE e.unit_id = :unitId " + FILTERS)
    long countInUnit(Long unitId, Instant from, Instant to, @Nullable String actor, @Nullable String action);

    @Query(COLUMNS + "WHERE u.path LIKE CONCAT(:pathPrefix, '%') " + FILTERS + "ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit OFFSET :offset")
    List<AuditRow> findInSubtree(String pathPrefix, Instant from, Instant to, @Nullable String actor, @Nullable String action, int limit, int offset);

    @Query("SELECT COUNT(*) FROM audit_event e JOIN unit u ON u.id = e.unit_id WHERE u.path LIKE CONCAT(:pathPrefix, '%') " + FILTERS)
    long countInSubtree(String pathPrefix, Instant from, Instant to, @Nullable String actor, @Nullable String action);

    @Query(COLUMNS + "WHERE e.unit_id = :unitId ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit")
    List<AuditRow> latestInUnit(Long unitId, int limit);
}
