import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * Prepares the emergency-notice benchmark in the database of a Lantoa that already holds a national tree (written by
 * infra/bench/reporting/Generate.java): picks the Sở with the most schools below it, gives it an admin to send as
 * (BENCH_EMAIL, the platform admin's password) and gives every school below it an admin (its principal), so the notice
 * mails one person per school as it would in service.
 *
 * Usage: BENCH_JDBC=... BENCH_MINISTRY=<id> java -cp mysql-connector-j.jar Generate.java
 */
public class Generate {

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        String url = System.getenv("BENCH_JDBC");
        long ministry = Long.parseLong(System.getenv("BENCH_MINISTRY"));
        String email = env("BENCH_EMAIL", "thongbao@so-bench.edu.vn");
        String admin = env("BENCH_ADMIN_EMAIL", "admin@lantoa.vn");
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            long province = Long.parseLong(string(st, "SELECT p.id FROM unit p JOIN unit s ON s.path LIKE CONCAT(p.path, '%') AND s.type = 'SCHOOL' "
                    + "AND s.closed_on IS NULL WHERE p.parent_id = " + ministry + " GROUP BY p.id ORDER BY COUNT(*) DESC, p.id LIMIT 1"));
            String path = string(st, "SELECT path FROM unit WHERE id = " + province);
            String below = "FROM unit u WHERE u.path LIKE '" + path + "%' AND u.type = 'SCHOOL' AND u.closed_on IS NULL";
            st.executeUpdate("INSERT INTO app_user (email, full_name, password_hash, status, platform_admin, sessions_valid_after, created_at, updated_at) "
                    + "SELECT '" + email + "', 'Chánh Văn phòng Sở', password_hash, status, FALSE, sessions_valid_after, NOW(6), NOW(6) FROM app_user "
                    + "WHERE email = '" + admin + "'");
            st.executeUpdate("INSERT INTO membership (unit_id, user_id, role, created_at) SELECT " + province + ", id, 'UNIT_ADMIN', NOW(6) "
                    + "FROM app_user WHERE email = '" + email + "'");
            int principals = st.executeUpdate("INSERT INTO app_user (email, full_name, password_hash, status, platform_admin, sessions_valid_after, "
                    + "created_at, updated_at) SELECT CONCAT('hieutruong-', u.id, '@truong-bench.edu.vn'), CONCAT('Hiệu trưởng ', u.name), a.password_hash, "
                    + "'ACTIVE', FALSE, a.sessions_valid_after, NOW(6), NOW(6) " + below.replace("FROM unit u", "FROM unit u JOIN app_user a ON a.email = '"
                    + admin + "'"));
            st.executeUpdate("INSERT INTO membership (unit_id, user_id, role, created_at) SELECT u.id, p.id, 'UNIT_ADMIN', NOW(6) "
                    + below.replace("FROM unit u", "FROM unit u JOIN app_user p ON p.email = CONCAT('hieutruong-', u.id, '@truong-bench.edu.vn')"));
            c.commit();
            System.out.printf(Locale.ROOT, "units: Sở %d (%s) with %d schools below, each with its principal as admin, in %.1f s%n", province,
                    string(st, "SELECT name FROM unit WHERE id = " + province), principals, (System.nanoTime() - t0) / 1e9);
            System.out.println("BENCH province=" + province);
            System.out.println("BENCH schools=" + string(st, "SELECT COUNT(*) " + below));
        }
    }

    static String string(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }
}
