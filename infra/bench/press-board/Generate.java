import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes press incidents straight into the database of a Lantoa that already holds a national tree (written by
 * infra/bench/reporting/Generate.java): BENCH_OPEN (2,000) open incidents spread over every unit below the ministry
 * (BENCH_MINISTRY: Sở, Phòng and schools, in proportion to their numbers), BENCH_CLOSED (8,000) closed ones there, and
 * BENCH_OWN (20) open ones of the ministry itself, which its board leaves out. Alerts are spread over the last 60 days; a
 * third of the open incidents have their first statement. Then a reporter of the ministry (BENCH_EMAIL, the platform
 * admin's password), who oversees the units below, to read the board as.
 *
 * Usage: BENCH_JDBC=... BENCH_MINISTRY=<id> java -cp mysql-connector-j.jar Generate.java
 */
public class Generate {

    static final String[] TYPES = {"SCHOOL_VIOLENCE", "FOOD_POISONING", "EXAM_LEAK", "ACCIDENT", "FAKE_NEWS", "OTHER"};
    /** Minor incidents are the most common, critical ones rare. */
    static final String[] SEVERITIES = {"MINOR", "MINOR", "MINOR", "MINOR", "SERIOUS", "SERIOUS", "SERIOUS", "GRAVE", "GRAVE", "CRITICAL"};

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        String url = System.getenv("BENCH_JDBC") + "&rewriteBatchedStatements=true&useServerPrepStmts=false";
        long ministry = Long.parseLong(System.getenv("BENCH_MINISTRY"));
        int open = intEnv("BENCH_OPEN", 2000);
        int closed = intEnv("BENCH_CLOSED", 8000);
        int own = intEnv("BENCH_OWN", 20);
        Random rnd = new Random(intEnv("BENCH_SEED", 13));
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            c.setAutoCommit(false);
            String path = string(c, "SELECT path FROM unit WHERE id = " + ministry);
            List<Long> below = ids(c, "SELECT id FROM unit WHERE path LIKE '" + path + "%' AND id <> " + ministry + " AND closed_on IS NULL");
            System.out.printf(Locale.ROOT, "units: %d below the ministry%n", below.size());
            Instant now = Instant.now();
            PreparedStatement ins = c.prepareStatement("INSERT INTO press_incident (unit_id, unit_path, code, title, incident_type, severity, status, "
                    + "opened_from, first_alert_at, statement_due_at, first_statement_at, closed_at, created_at, updated_at) "
                    + "VALUES (?, (SELECT path FROM unit WHERE id = ?), ?, ?, ?, ?, ?, 'MANUAL', ?, ?, ?, ?, ?, ?)");
            long seq = 0;
            seq = write(c, ins, rnd, below, open, true, now, seq);
            seq = write(c, ins, rnd, below, closed, false, now, seq);
            seq = write(c, ins, rnd, List.of(ministry), own, true, now, seq);
            try (Statement st = c.createStatement()) {
                String email = env("BENCH_EMAIL", "baocao@bo-bench.edu.vn");
                st.executeUpdate("INSERT INTO app_user (email, full_name, password_hash, status, platform_admin, sessions_valid_after, created_at, updated_at) "
                        + "SELECT '" + email + "', 'Chuyên viên theo dõi truyền thông của Bộ', password_hash, status, FALSE, sessions_valid_after, NOW(6), NOW(6) "
                        + "FROM app_user WHERE email = '" + env("BENCH_ADMIN_EMAIL", "admin@lantoa.vn") + "'");
                st.executeUpdate("INSERT INTO membership (unit_id, user_id, role, created_at) SELECT " + ministry + ", id, 'REPORTER', NOW(6) "
                        + "FROM app_user WHERE email = '" + email + "'");
            }
            c.commit();
            // A table filled in one go keeps the statistics of its empty self until InnoDB gets round to them; a live one has them.
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE TABLE press_incident");
            }
            System.out.printf(Locale.ROOT, "incidents: %d written in %.1f s%n", seq, (System.nanoTime() - t0) / 1e9);
            // Counted by joining the units below to their incidents, not by the paths the incidents keep.
            System.out.println("BENCH open_below=" + string(c, "SELECT COUNT(*) FROM press_incident i JOIN unit u ON u.id = i.unit_id WHERE u.path LIKE '"
                    + path + "%' AND u.id <> " + ministry + " AND i.status <> 'CLOSED'"));
            System.out.println("BENCH incidents=" + string(c, "SELECT COUNT(*) FROM press_incident"));
            System.out.println("BENCH big_province=" + string(c, "SELECT u.id FROM unit u JOIN press_incident i ON i.unit_path LIKE CONCAT(u.path, '%') "
                    + "WHERE u.parent_id = " + ministry + " AND i.status <> 'CLOSED' GROUP BY u.id ORDER BY COUNT(*) DESC LIMIT 1"));
        }
    }

    static long write(Connection c, PreparedStatement ins, Random rnd, List<Long> units, int count, boolean open, Instant now, long seq) throws Exception {
        for (int i = 0; i < count; i++) {
            long unit = units.get(rnd.nextInt(units.size()));
            Instant alert = now.minus(Duration.ofMinutes(rnd.nextInt(60 * 24 * 60)));
            Instant statement = rnd.nextInt(3) == 0 || !open ? alert.plus(Duration.ofHours(1 + rnd.nextInt(36))) : null;
            int p = 1;
            ins.setLong(p++, unit);
            ins.setLong(p++, unit);
            ins.setString(p++, String.format(Locale.ROOT, "SC-B%07d", seq++));
            ins.setString(p++, "Sự cố số " + seq + " tại đơn vị " + unit);
            ins.setString(p++, TYPES[rnd.nextInt(TYPES.length)]);
            ins.setString(p++, SEVERITIES[rnd.nextInt(SEVERITIES.length)]);
            ins.setString(p++, open ? "OPEN" : "CLOSED");
            ins.setTimestamp(p++, Timestamp.from(alert));
            ins.setTimestamp(p++, Timestamp.from(alert.plus(Duration.ofHours(24))));
            ins.setTimestamp(p++, statement == null ? null : Timestamp.from(statement));
            ins.setTimestamp(p++, open ? null : Timestamp.from(alert.plus(Duration.ofDays(3))));
            ins.setTimestamp(p++, Timestamp.from(alert));
            ins.setTimestamp(p, Timestamp.from(alert));
            ins.addBatch();
            if (i % 5000 == 4999) {
                ins.executeBatch();
                c.commit();
            }
        }
        ins.executeBatch();
        c.commit();
        return seq;
    }

    static List<Long> ids(Connection c, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    static String string(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static int intEnv(String name, int def) {
        return Integer.parseInt(env(name, String.valueOf(def)));
    }

    static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }
}
