package vn.lantoa.webhook;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The webhooks of one unit; every method takes the unit. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface WebhookRepository extends GenericRepository<WebhookSubscription, Long> {

    WebhookSubscription save(WebhookSubscription subscription);

    @Query("SELECT * FROM webhook_subscription WHERE unit_id = :unitId ORDER BY created_at DESC, id DESC")
    List<WebhookSubscription> findAllOf(Long unitId);

    @Query("SELECT * FROM webhook_subscription WHERE unit_id = :unitId AND id = :id")
    Optional<WebhookSubscription> findOne(Long unitId, Long id);

    /** 1 when saved; 0 when someone saved another version first. */
    @Query("UPDATE webhook_subscription SET url = :url, description = :description, event_types = :eventTypes, active = :active, "
            + "updated_by = :by, updated_at = :now, version = version + 1 WHERE unit_id = :unitId AND id = :id AND version = :version")
    int update(Long unitId, Long id, String url, String description, String eventTypes, boolean active, Long by, Instant now, long version);

    @Query("DELETE FROM webhook_subscription WHERE unit_id = :unitId AND id = :id")
    int delete(Long unitId, Long id);
}
