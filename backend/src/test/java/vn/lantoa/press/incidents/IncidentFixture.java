package vn.lantoa.press.incidents;

import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain SQL and form helpers for the incident tests. */
final class IncidentFixture {

    private IncidentFixture() {
    }

    static String base(long unitId) {
        return "/admin/u/" + unitId + "/press/incidents";
    }

    static Map<String, String> form(String title, String type, String severity, String firstAlertAt) {
        Map<String, String> f = new HashMap<>();
        f.put("title", title);
        f.put("type", type);
        f.put("severity", severity);
        f.put("firstAlertAt", firstAlertAt);
        f.put("summary", "Tóm tắt của " + title);
        return f;
    }

    static long idOf(Page created) {
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
    }

    static String one(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, Object... args) {
        return Long.parseLong(one(sql, args));
    }

    /** Mails queued (in the outbox) to this address whose subject holds the words. */
    static long mails(String to, String subjectPart) {
        return count("SELECT COUNT(*) FROM mail_outbox WHERE to_address = ? AND subject LIKE ?", to, "%" + subjectPart + "%");
    }

    /** A clipping of the unit, as the monitoring desk stores it. */
    static long clipping(long unitId, String title, String tone) {
        TestServers.sql("INSERT INTO press_clipping (unit_id, url, outlet_name, outlet_kind, title, published_on, tone, created_at, updated_at) VALUES ("
                + unitId + ", 'https://baodaklak.vn/bai-1', 'Báo Đắk Lắk', 'NEWSPAPER', '" + title.replace("'", "''") + "', '2026-12-10', '" + tone
                + "', '2026-12-10 01:30:00', '2026-12-10 01:30:00')");
        return Long.parseLong(one("SELECT MAX(id) FROM press_clipping WHERE unit_id = ?", unitId));
    }
}
