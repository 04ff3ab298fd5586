package vn.lantoa.press.desk;

import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Rows of the other press slices' tables (questions, incidents, clippings), written with plain SQL as the desk reads them:
 * the desk's tests need their shapes, not their pages.
 */
final class PressRows {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private PressRows() {
    }

    static void question(long unitId, String code, String outlet, LocalDate dueOn, String status) {
        TestServers.sql("INSERT INTO press_question (unit_id, code, received_on, channel, outlet_name, journalist_name, question, due_on, due_rule, "
                + "status, created_at, updated_at) VALUES (" + unitId + ", '" + code + "', '" + dueOn.minusDays(5) + "', 'EMAIL', '" + outlet
                + "', 'Phóng viên " + code + "', 'Xin cung cấp thông tin', '" + dueOn + "', 'DEFAULT', '" + status + "', NOW(), NOW())");
    }

    static void incident(long unitId, String code, String title, Instant firstAlert, Instant due, Instant firstStatement, Instant closedAt) {
        TestServers.sql("INSERT INTO press_incident (unit_id, unit_path, code, title, incident_type, severity, status, opened_from, first_alert_at, "
                + "statement_due_at, first_statement_at, closed_at, created_at, updated_at) VALUES (" + unitId + ", (SELECT path FROM unit WHERE id = "
                + unitId + "), '" + code + "', '" + title + "', 'OTHER', 'MINOR', '" + (closedAt == null ? "OPEN" : "CLOSED") + "', 'MANUAL', '"
                + UTC.format(firstAlert) + "', '" + UTC.format(due) + "', " + at(firstStatement) + ", " + at(closedAt) + ", NOW(), NOW())");
    }

    static long clipping(long unitId, String title, LocalDate publishedOn, String tone) {
        TestServers.sql("INSERT INTO press_clipping (unit_id, url, outlet_name, outlet_kind, title, published_on, tone, created_at, updated_at) VALUES ("
                + unitId + ", 'https://baodaklak.vn/giao-duc/" + Math.abs(title.hashCode()) + ".html', 'Báo Đắk Lắk', 'NEWSPAPER', '" + title + "', '"
                + publishedOn + "', '" + tone + "', NOW(), NOW())");
        return Long.parseLong(query("SELECT MAX(id) FROM press_clipping WHERE unit_id = " + unitId));
    }

    static String query(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String at(Instant instant) {
        return instant == null ? "NULL" : "'" + UTC.format(instant) + "'";
    }
}
