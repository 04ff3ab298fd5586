package vn.lantoa.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline rush through the JSON API, as schools send on the last evening: each send is a new rapid incident report
 * (the demo's event-type duty of Sở Bà Rịa - Vũng Tàu, one period per event, so sends never run out) with its own
 * Idempotency-Key; a client that gets no answer, a 5xx or a 409 (the same key still running) sends again with the same key,
 * as the API asks. {@link #stored} then counts in the database what the sends left.
 */
public final class Rush {

    /** The demo's duty and the units below its issuer that owe it. */
    public record Target(long obligationId, List<Long> units) {
    }

    /** Per send: the status that ended it (201 created, 200 the same key again), the attempts it took and its latency. */
    public record Result(int sends, double seconds, Map<String, Integer> finalStatuses, Map<String, Integer> retriedOn, int attempts, long[] latencyNanos) {

        public int lost() {
            return sends - finalStatuses.getOrDefault("201", 0) - finalStatuses.getOrDefault("200", 0);
        }

        public double percentileMillis(double p) {
            long[] sorted = latencyNanos.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
        }

        public String summary() {
            return String.format(Locale.ROOT, "%d sends in %.1f s (%.0f/s), p50 %.1f ms, p99 %.1f ms; answers %s; retried after %s (%d attempts)", sends, seconds,
                    sends / seconds, percentileMillis(50), percentileMillis(99), new TreeMap<>(finalStatuses), new TreeMap<>(retriedOn), attempts);
        }
    }

    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    public Rush(String base, int concurrency) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(Math.max(2, concurrency / 4), r -> {
                    Thread t = new Thread(r, "rush-http");
                    t.setDaemon(true);
                    return t;
                })).build();
    }

    /** An API access token: POST /api/v1/auth/token. */
    public String token(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token")).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = ACCESS_TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("token: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** The demo's rapid incident duty ("Báo cáo nhanh sự việc bất thường") and the open units right below its issuer. */
    public static Target target(Connection db) throws SQLException {
        long obligation;
        long issuer;
        try (PreparedStatement ps = db.prepareStatement("SELECT id, unit_id FROM obligation WHERE period_type = 'EVENT' AND title = 'Báo cáo nhanh sự việc bất thường' ORDER BY id LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no event-type duty: the demo data is missing");
            }
            obligation = rs.getLong(1);
            issuer = rs.getLong(2);
        }
        List<Long> units = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT id FROM unit WHERE parent_id = ? ORDER BY id")) {
            ps.setLong(1, issuer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.add(rs.getLong(1));
                }
            }
        }
        return new Target(obligation, units);
    }

    /**
     * Sends {@code sends} incident reports, {@code concurrency} in flight; {@code progress} hears the number of sends
     * answered so far after each (to kill an instance part way). Periods are {@code E<time>-<tag><n>}: a tag of 1 to 3
     * letters tells one rush's reports from another's.
     */
    public Result run(String token, Target target, String tag, int sends, int concurrency, IntConsumer progress) throws InterruptedException {
        String time = EVENT_TIME.format(Instant.now().minus(10, ChronoUnit.MINUTES));
        Map<String, Integer> finals = new ConcurrentHashMap<>();
        Map<String, Integer> retried = new ConcurrentHashMap<>();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long[] latency = new long[sends];
        long t0 = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        for (int c = 0; c < concurrency; c++) {
            clients.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < sends; ) {
                    long unit = target.units().get(i % target.units().size());
                    String path = "/api/v1/units/" + unit + "/reports/" + target.obligationId() + "/E" + time + "-" + tag + String.format(Locale.ROOT, "%05d", i);
                    long start = System.nanoTime();
                    String outcome = send(token, path, UUID.randomUUID().toString(), i, retried, attempts);
                    latency[i] = System.nanoTime() - start;
                    finals.merge(outcome, 1, Integer::sum);
                    progress.accept(done.incrementAndGet());
                }
                return null;
            });
        }
        clients.shutdown();
        if (!clients.awaitTermination(30, TimeUnit.MINUTES)) {
            clients.shutdownNow();
        }
        return new Result(sends, (System.nanoTime() - t0) / 1e9, Map.copyOf(finals), Map.copyOf(retried), attempts.get(), latency);
    }

    /** One send, again with the same key until it gets an answer that is not a 5xx or a 409; the status it ended with. */
    private String send(String token, String path, String key, int i, Map<String, Integer> retried, AtomicInteger attempts) {
        String body = "{\"answers\":{\"dia_diem\":\"Cổng trường, lần gửi " + i + "\",\"noi_dung\":\"Học sinh xô xát sau giờ tan học.\","
                + "\"xu_ly\":\"Nhà trường mời phụ huynh làm việc.\",\"nguoi_bi_thuong\":\"" + (i % 3) + "\",\"bao_chi\":\"Chưa\"}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").header("Accept", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        String last = "none";
        for (int attempt = 0; attempt < 200; attempt++) {
            attempts.incrementAndGet();
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 500 && status != 409) {
                    return String.valueOf(status);
                }
                last = String.valueOf(status);
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
            retried.merge(last, 1, Integer::sum);
        }
        return "gave up after " + last;
    }

    /** What a rush left in the database: reports, distinct periods and SUBMITTED versions of the tag's periods. */
    public static long[] stored(Connection db, long obligationId, String tag) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT r.period_code), "
                + "(SELECT COUNT(*) FROM report_version v JOIN report r2 ON r2.id = v.report_id WHERE r2.obligation_id = ? AND r2.period_code LIKE ? "
                + "AND v.action = 'SUBMITTED') FROM report r WHERE r.obligation_id = ? AND r.period_code LIKE ?")) {
            String like = "E%-" + tag + "_____";
            ps.setLong(1, obligationId);
            ps.setString(2, like);
            ps.setLong(3, obligationId);
            ps.setString(4, like);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    /**
     * infra/bench/several-instances.sh: {@code Rush <address> <jdbc url> <sends> <concurrency> <tag>} sends as the admin of the
     * demo data, then prints the figures and what the database holds.
     */
    public static void main(String[] args) throws Exception {
        String base = args[0];
        int sends = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        String tag = args[4];
        Target target;
        try (Connection db = java.sql.DriverManager.getConnection(args[1], "root", "")) {
            target = target(db);
        }
        Rush rush = new Rush(base, concurrency);
        String token = rush.token("admin@lantoa.vn", "Lantoa@2026");
        Result r = rush.run(token, target, tag, sends, concurrency, done -> { });
        long[] stored;
        try (Connection db = java.sql.DriverManager.getConnection(args[1], "root", "")) {
            stored = stored(db, target.obligationId(), tag);
        }
        System.out.println(r.summary());
        System.out.printf(Locale.ROOT, "stored: %d reports, %d distinct, %d SUBMITTED versions (goal %d each); not 2xx: %d%n", stored[0], stored[1], stored[2], sends,
                r.lost() + r.retriedOn().values().stream().mapToInt(Integer::intValue).sum());
        System.exit(0);
    }
}
