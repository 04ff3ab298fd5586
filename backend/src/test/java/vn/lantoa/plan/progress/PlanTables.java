package vn.lantoa.plan.progress;

import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Plans written straight into the plan tables (the plan capability's own writing is built apart): a plan, its groups, its
 * items with the lineage a derived plan gives them, partners, and statuses as the progress pages would record them.
 */
final class PlanTables {

    private PlanTables() {
    }

    static long plan(long unitId, int year, String status) {
        TestServers.sql("INSERT INTO plan (unit_id, plan_year, title, status, symbol, created_at, updated_at) VALUES (" + unitId + ", " + year
                + ", 'Kế hoạch truyền thông năm " + year + "', '" + status + "', " + ("ISSUED".equals(status) ? "'12/KH-TEST'" : "NULL") + ", NOW(), NOW())");
        return id("SELECT id FROM plan WHERE unit_id = " + unitId + " AND plan_year = " + year);
    }

    static long group(long unitId, long planId, int position, String numeral, String title) {
        TestServers.sql("INSERT INTO plan_group (unit_id, plan_id, position, numeral, title) VALUES (" + unitId + ", " + planId + ", " + position
                + ", '" + numeral + "', '" + title + "')");
        return id("SELECT MAX(id) FROM plan_group WHERE unit_id = " + unitId + " AND plan_id = " + planId);
    }

    /** An item; with a parent item its lineage continues the parent's, as deriving a plan does. */
    static long item(long unitId, long planId, long groupId, String topic, int quarters, Long parentItemId, boolean appliesBelow, Long leadUnitId) {
        TestServers.sql("INSERT INTO plan_item (unit_id, plan_id, group_id, position, topic, product_form, quarters, applies_below, lead_unit_id, "
                + "parent_item_id, created_at, updated_at) VALUES (" + unitId + ", " + planId + ", " + groupId + ", (SELECT COALESCE(MAX(x.position), 0) + 1 "
                + "FROM plan_item x WHERE x.group_id = " + groupId + "), '" + topic + "', 'NEWS', " + quarters + ", " + appliesBelow + ", " + leadUnitId
                + ", " + parentItemId + ", NOW(), NOW())");
        long id = id("SELECT MAX(id) FROM plan_item WHERE unit_id = " + unitId + " AND plan_id = " + planId);
        String parentLineage = parentItemId == null ? "'/'" : "(SELECT lineage FROM (SELECT lineage FROM plan_item WHERE id = " + parentItemId + ") p)";
        TestServers.sql("UPDATE plan_item SET lineage = CONCAT(" + parentLineage + ", id, '/') WHERE id = " + id);
        return id;
    }

    static void partner(long unitId, long itemId, long partnerUnitId) {
        TestServers.sql("INSERT INTO plan_item_partner (unit_id, item_id, partner_unit_id) VALUES (" + unitId + ", " + itemId + ", " + partnerUnitId + ")");
    }

    static void status(long unitId, long itemId, int quarter, String status, String reason) {
        TestServers.sql("INSERT INTO plan_item_status (unit_id, item_id, quarter, status, reason, updated_at) VALUES (" + unitId + ", " + itemId + ", "
                + quarter + ", '" + status + "', " + (reason == null ? "NULL" : "'" + reason + "'") + ", NOW())");
    }

    static void evidenceLink(long unitId, long itemId, String url) {
        TestServers.sql("INSERT INTO plan_evidence (unit_id, item_id, kind, url, title, created_at) VALUES (" + unitId + ", " + itemId + ", 'LINK', '"
                + url + "', 'Liên kết', NOW())");
    }

    static String query(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long id(String sql) {
        return Long.parseLong(query(sql));
    }
}
