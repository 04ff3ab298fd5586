import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the listening desk's cases straight into the database of a Lantoa that already holds a national tree (written by
 * infra/bench/reporting/Generate.java): BENCH_OPEN_BELOW (20,000) open cases spread over the units below one Sở
 * (BENCH_PROVINCE), BENCH_CLOSED_BELOW (20,000) answered or closed ones there, BENCH_ELSEWHERE (60,000) cases of every
 * status in the other provinces, and BENCH_ESCALATED (100) of the Sở's open cases escalated to it. Received times are
 * spread over the last 120 days, a third of the cases with the citizen's name, phone and email. Then a desk officer of the
 * Sở (BENCH_EMAIL, the platform admin's password) to read the page as.
 *
 * Usage: BENCH_JDBC=... BENCH_PROVINCE=<id> java -cp mysql-connector-j.jar Generate.java
 */
public class Generate {

    static final String[] TOPICS = {"TUYEN_SINH", "HOC_PHI", "AN_TOAN", "THI_CU", "CAN_BO", "CO_SO_VAT_CHAT", "CHE_DO", "KHAC"};
    static final String[] OPEN = {"MOI", "DA_TIEP_NHAN", "DANG_XU_LY"};
    static final String[] CHANNELS = {"WEB_FORM", "WEB_FORM", "WEB_FORM", "PHONE", "EMAIL", "IN_PERSON"};
    static final String[] NAMES = {"Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Thị Lan", "Phạm Minh Tuấn", "Hoàng Thị Mai", "Vũ Đức Anh"};
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        String url = System.getenv("BENCH_JDBC") + "&rewriteBatchedStatements=true&useServerPrepStmts=false";
        long province = Long.parseLong(System.getenv("BENCH_PROVINCE"));
        int openBelow = intEnv("BENCH_OPEN_BELOW", 20000);
        int closedBelow = intEnv("BENCH_CLOSED_BELOW", 20000);
        int elsewhere = intEnv("BENCH_ELSEWHERE", 60000);
        int escalated = intEnv("BENCH_ESCALATED", 100);
        Random rnd = new Random(intEnv("BENCH_SEED", 7));
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            c.setAutoCommit(false);
            String path = string(c, "SELECT path FROM unit WHERE id = " + province);
            List<Long> below = ids(c, "SELECT id FROM unit WHERE path LIKE '" + path + "%' AND id <> " + province + " AND closed_on IS NULL");
            List<Long> others = ids(c, "SELECT id FROM unit WHERE path NOT LIKE '" + path + "%' AND depth >= 2 AND closed_on IS NULL");
            List<Long> children = ids(c, "SELECT id FROM unit WHERE parent_id = " + province + " AND closed_on IS NULL");
            System.out.printf(Locale.ROOT, "units: %d below the Sở (%d directly), %d elsewhere%n", below.size(), children.size(), others.size());
            Instant now = Instant.now();
            long seq = 0;
            PreparedStatement ins = c.prepareStatement("INSERT INTO desk_case (unit_id, code, follow_token_hash, channel, topic, concerned_unit_id, message, "
                    + "message_hash, search_text, citizen_name, citizen_phone, citizen_email, consent_at, source_hash, status, spam, assignee_id, received_at, "
                    + "acknowledged_at, answered_at, closed_at, answer_text, result, created_at, updated_at, version, unit_path) "
                    + "VALUES (?, ?, NULL, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, NULL, ?, FALSE, NULL, ?, ?, ?, ?, ?, ?, ?, ?, 0, (SELECT path FROM unit WHERE id = ?))");
            seq = write(c, ins, rnd, below, openBelow, true, now, seq);
            seq = write(c, ins, rnd, below, closedBelow, false, now, seq);
            seq = write(c, ins, rnd, others, elsewhere / 2, true, now, seq);
            seq = write(c, ins, rnd, others, elsewhere - elsewhere / 2, false, now, seq);
            // Escalations to the Sở: open cases of the units directly below it, as the job writes them.
            try (Statement st = c.createStatement()) {
                int n = st.executeUpdate("INSERT INTO desk_case_transfer (case_id, kind, from_unit_id, to_unit_id, code, at, reason, actor_id, actor_name) "
                        + "SELECT c.id, 'ESCALATED', c.unit_id, " + province + ", c.code, NOW(6), NULL, NULL, NULL FROM desk_case c JOIN unit u ON u.id = c.unit_id "
                        + "WHERE u.parent_id = " + province + " AND c.status IN ('MOI', 'DA_TIEP_NHAN', 'DANG_XU_LY') ORDER BY c.received_at LIMIT " + escalated);
                System.out.println("escalated to the Sở: " + n);
                // The escalation job stays off during the measurement (it would escalate the generated late cases).
                st.executeUpdate("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES ('desk-escalation', NOW(3) + INTERVAL 1 YEAR, NOW(3), "
                        + "'infra/bench/desk-below') ON DUPLICATE KEY UPDATE lock_until = VALUES(lock_until)");
                String email = env("BENCH_EMAIL", "tiepnhan@so-bench.edu.vn");
                st.executeUpdate("INSERT INTO app_user (email, full_name, password_hash, status, platform_admin, sessions_valid_after, created_at, updated_at) "
                        + "SELECT '" + email + "', 'Cán bộ tiếp nhận phản ánh của Sở', password_hash, status, FALSE, sessions_valid_after, NOW(6), NOW(6) "
                        + "FROM app_user WHERE email = '" + env("BENCH_ADMIN_EMAIL", "admin@lantoa.vn") + "'");
                st.executeUpdate("INSERT INTO membership (unit_id, user_id, role, created_at) SELECT " + province + ", id, 'HOTLINE_OFFICER', NOW(6) "
                        + "FROM app_user WHERE email = '" + email + "'");
            }
            c.commit();
            System.out.printf(Locale.ROOT, "cases: %d written in %.1f s%n", seq, (System.nanoTime() - t0) / 1e9);
            System.out.println("BENCH open_below=" + string(c, "SELECT COUNT(*) FROM desk_case c JOIN unit u ON u.id = c.unit_id WHERE u.path LIKE '" + path
                    + "%' AND u.id <> " + province + " AND c.spam = FALSE AND c.status IN ('MOI', 'DA_TIEP_NHAN', 'DANG_XU_LY')"));
            System.out.println("BENCH cases=" + string(c, "SELECT COUNT(*) FROM desk_case"));
            System.out.println("BENCH child=" + string(c, "SELECT u.id FROM unit u JOIN desk_case c ON c.unit_id = u.id WHERE u.parent_id = " + province
                    + " GROUP BY u.id ORDER BY COUNT(*) DESC LIMIT 1"));
        }
    }

    static long write(Connection c, PreparedStatement ins, Random rnd, List<Long> units, int count, boolean open, Instant now, long seq) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < count; i++) {
            long unit = units.get(rnd.nextInt(units.size()));
            Instant received = now.minus(Duration.ofMinutes(rnd.nextInt(120 * 24 * 60)));
            String topic = TOPICS[rnd.nextInt(TOPICS.length)];
            String status = open ? OPEN[rnd.nextInt(OPEN.length)] : (rnd.nextBoolean() ? "DA_TRA_LOI" : "DA_DONG");
            String message = "Phản ánh số " + seq + " về " + topic.toLowerCase(Locale.ROOT).replace('_', ' ') + ": đề nghị nhà trường xem xét và trả lời.";
            boolean named = rnd.nextInt(3) == 0;
            int p = 1;
            ins.setLong(p++, unit);
            ins.setString(p++, code(received, seq++));
            ins.setString(p++, CHANNELS[rnd.nextInt(CHANNELS.length)]);
            ins.setString(p++, topic);
            ins.setString(p++, message);
            ins.setString(p++, HexFormat.of().formatHex(sha.digest(message.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            ins.setString(p++, message.toLowerCase(Locale.ROOT));
            ins.setString(p++, named ? NAMES[rnd.nextInt(NAMES.length)] : null);
            ins.setString(p++, named ? String.format(Locale.ROOT, "09%08d", rnd.nextInt(100_000_000)) : null);
            ins.setString(p++, named ? "phuhuynh" + seq + "@example.vn" : null);
            ins.setTimestamp(p++, Timestamp.from(received));
            ins.setString(p++, status);
            ins.setTimestamp(p++, Timestamp.from(received));
            Instant ack = status.equals("MOI") ? null : received.plus(Duration.ofHours(5));
            Instant answered = open ? null : received.plus(Duration.ofDays(4));
            ins.setTimestamp(p++, ack == null ? null : Timestamp.from(ack));
            ins.setTimestamp(p++, answered == null ? null : Timestamp.from(answered));
            ins.setTimestamp(p++, status.equals("DA_DONG") ? Timestamp.from(answered.plus(Duration.ofDays(1))) : null);
            ins.setString(p++, answered == null ? null : "Nhà trường đã xem xét và trả lời phụ huynh.");
            ins.setString(p++, status.equals("DA_DONG") ? "Đã giải quyết" : null);
            ins.setTimestamp(p++, Timestamp.from(received));
            ins.setTimestamp(p++, Timestamp.from(received));
            ins.setLong(p, unit);
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

    /** PA-YYMM-XXXX with the sequence in the last four characters: unique everywhere, as the per-unit key needs. */
    static String code(Instant received, long seq) {
        java.time.LocalDate d = java.time.LocalDate.ofInstant(received, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        StringBuilder sb = new StringBuilder();
        long n = seq;
        for (int i = 0; i < 4; i++) {
            sb.append(ALPHABET.charAt((int) (n % ALPHABET.length())));
            n /= ALPHABET.length();
        }
        return String.format(Locale.ROOT, "PA-%02d%02d-", d.getYear() % 100, d.getMonthValue()) + sb.reverse();
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
