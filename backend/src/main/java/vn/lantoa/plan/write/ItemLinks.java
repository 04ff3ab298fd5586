package vn.lantoa.plan.write;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.Collection;

/** An item's partner units and topics: replaced whole when the item is saved. */
@Singleton
@Connectable
class ItemLinks {

    private final JdbcOperations jdbc;

    ItemLinks(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long unitId, long itemId, Collection<Long> partnerIds, Collection<Long> topicIds) {
        write(unitId, itemId, "plan_item_partner", "partner_unit_id", partnerIds);
        write(unitId, itemId, "plan_item_topic", "topic_id", topicIds);
    }

    private void write(long unitId, long itemId, String table, String column, Collection<Long> ids) {
        jdbc.prepareStatement("DELETE FROM " + table + " WHERE unit_id = ? AND item_id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, itemId);
            return ps.executeUpdate();
        });
        if (ids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO " + table + " (unit_id, item_id, " + column + ") VALUES (?, ?, ?)", ps -> {
            for (Long id : ids) {
                ps.setLong(1, unitId);
                ps.setLong(2, itemId);
                ps.setLong(3, id);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }
}
