import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The measuring half of infra/bench/reporting.sh, run against a Lantoa that holds the generated national data:
 *   pages   - latency of the district's deadline screen, the province dashboard and the ministry roll-up (warm-up, then
 *             sequential requests, then a few concurrent clients), followed by the server-side time and EXPLAIN of the
 *             queries behind them;
 *   rush    - one JSON API submission of the current month per school, as fast as the server takes them with a bounded
 *             number of requests in flight; then the checks in the database and what one submission cost.
 * Usage: java -cp mysql-connector-j.jar Bench.java pages|rush ; settings come from the environment (see reporting.sh).
 */
public class Bench {

    static final String BASE = env("BENCH_URL", "http://127.0.0.1:18090");
    static final String EMAIL = env("BENCH_EMAIL", "admin@lantoa.vn");
    static final String PASSWORD = env("BENCH_PASSWORD", "Lantoa@2026");
    static final long OBLIGATION = Long.parseLong(env("BENCH_OBLIGATION", "0"));

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "pages" -> pages();
            case "rush" -> rush();
            case "reset" -> reset();
            default -> throw new IllegalArgumentException("pages or rush");
        }
        System.exit(0);
    }

    // ================================================================================================ pages

    record Page(String label, String path) {
    }

    static void pages() throws Exception {
        int warmup = Integer.parseInt(env("BENCH_WARMUP", "200"));
        int requests = Integer.parseInt(env("BENCH_REQUESTS", "300"));
        int clients = Integer.parseInt(env("BENCH_CLIENTS", "4"));
        String period = env("BENCH_PERIOD", "");
        String district = env("BENCH_DISTRICT", "0");
        String province = env("BENCH_PROVINCE", "0");
        String ministry = env("BENCH_MINISTRY", "0");
        String which = env("BENCH_PAGES", "deadlines,dashboard,rollup,api");
        List<Page> pages = new ArrayList<>();
        if (which.contains("deadlines")) {
            pages.add(new Page("(a) deadline screen, district " + district + " (" + env("BENCH_DISTRICT_SCHOOLS", "?") + " schools), " + period,
                    "/admin/u/" + district + "/deadlines?obligation=" + OBLIGATION + "&period=" + period));
        }
        if (which.contains("dashboard")) {
            pages.add(new Page("(b) report dashboard, province " + province + " (" + env("BENCH_PROVINCE_SCHOOLS", "?") + " schools)",
                    "/admin/u/" + province + "/report-dashboard?obligation=" + OBLIGATION));
        }
        if (which.contains("rollup")) {
            pages.add(new Page("(c) roll-up, ministry " + ministry + " (all schools), " + period,
                    "/admin/u/" + ministry + "/rollup?obligation=" + OBLIGATION + "&period=" + period));
        }
        if (which.contains("api")) {
            // The same reads through the JSON API, as an integration makes them (issue 11); the session is accepted there too.
            pages.add(new Page("(d) API: received reports, district " + district + ", " + period + ", with numbers",
                    "/api/v1/units/" + district + "/obligations/" + OBLIGATION + "/periods/" + period + "/received?perPage=200&include=answers"));
            pages.add(new Page("(e) API: roll-up with per-child lines, ministry " + ministry + ", " + period,
                    "/api/v1/units/" + ministry + "/obligations/" + OBLIGATION + "/periods/" + period + "/rollup"));
        }
        Browser browser = new Browser();
        browser.signIn(EMAIL, PASSWORD);
        List<String> table = new ArrayList<>();
        table.add(String.format(Locale.ROOT, "%-62s %6s %8s %8s %8s %8s %9s", "page (" + requests + " sequential after " + warmup + " warm-up)",
                "status", "median", "p95", "p99", "max", "bytes"));
        for (Page page : pages) {
            HttpResponse<byte[]> first = browser.get(page.path());
            if (first.statusCode() == 404) {
                table.add(String.format(Locale.ROOT, "%-62s %s", page.label(), "not available (404)"));
                continue;
            }
            if (first.statusCode() != 200) {
                table.add(String.format(Locale.ROOT, "%-62s %s", page.label(), "answers " + first.statusCode() + ": not measured"));
                System.err.println(new String(first.body(), StandardCharsets.UTF_8));
                continue;
            }
            for (int i = 0; i < warmup; i++) {
                browser.get(page.path());
            }
            long[] lat = new long[requests];
            int bad = 0;
            long bytes = first.body().length;
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                HttpResponse<byte[]> r = browser.get(page.path());
                lat[i] = System.nanoTime() - t;
                bad += r.statusCode() == 200 ? 0 : 1;
            }
            table.add(row(page.label(), bad == 0 ? "200" : bad + " bad", lat, bytes));
            if (clients > 1) {
                // As many requests in all as the sequential run, spread over the clients.
                int each = Math.max(1, requests / clients);
                long[] all = new long[each * clients];
                AtomicInteger failures = new AtomicInteger();
                CountDownLatch done = new CountDownLatch(clients);
                long t0 = System.nanoTime();
                for (int c = 0; c < clients; c++) {
                    int offset = c * each;
                    new Thread(() -> {
                        try {
                            for (int i = 0; i < each; i++) {
                                long t = System.nanoTime();
                                HttpResponse<byte[]> r = browser.get(page.path());
                                all[offset + i] = System.nanoTime() - t;
                                if (r.statusCode() != 200) {
                                    failures.incrementAndGet();
                                }
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        } finally {
                            done.countDown();
                        }
                    }).start();
                }
                done.await();
                double secs = (System.nanoTime() - t0) / 1e9;
                table.add(row(String.format(Locale.ROOT, "    same, %d concurrent clients: %.0f req/s", clients, all.length / secs),
                        failures.get() == 0 ? "200" : failures.get() + " bad", all, bytes));
            }
        }
        System.out.println();
        table.forEach(System.out::println);
        System.out.println();
        if (!"0".equals(env("BENCH_EXPLAIN", "1"))) {
            queries(period, Long.parseLong(district), Long.parseLong(ministry));
        }
    }

    static String row(String label, String status, long[] nanos, long bytes) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%-62s %6s %6.1fms %6.1fms %6.1fms %6.1fms %9d", label, status, pct(s, 50), pct(s, 95), pct(s, 99),
                s[s.length - 1] / 1e6, bytes);
    }

    static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** The SQL behind the pages (copied from DeadlineBoard and RollUpReads), timed and explained, and alternatives for the roll-up. */
    static void queries(String period, long district, long ministry) throws Exception {
        // As Lantoa talks to MariaDB (ConnectorTuning): server-side prepared statements, binary rows.
        try (Connection c = DriverManager.getConnection(System.getenv("BENCH_JDBC") + "&useServerPrepStmts=true&cachePrepStmts=true", "root", "")) {
            String mPath = string(c, "SELECT path FROM unit WHERE id = " + ministry);
            String deadlines = "SELECT u.id, u.parent_id, u.name, u.type, u.school_level, r.id, r.status, r.first_submitted_at, r.submitted_at, r.revision, "
                    + "r.recipient_unit_id, e.until_at FROM unit u "
                    + "LEFT JOIN report r ON r.unit_id = u.id AND r.obligation_id = ? AND r.period_code = ? "
                    + "LEFT JOIN report_lock_exception e ON e.unit_id = u.id AND e.obligation_id = ? AND e.period_code = ? "
                    + "WHERE u.path LIKE ? AND u.path <> ? AND (u.type = 'SCHOOL') AND (u.closed_on IS NULL OR u.closed_on > ?) "
                    + "AND (u.created_at < NOW() OR u.created_at <= NOW()) AND u.parent_id = ? ORDER BY u.name";
            Object[] deadlineArgs = {OBLIGATION, period, OBLIGATION, period, mPath + "%", mPath, java.sql.Date.valueOf(period + "-01"), district};
            String own = "SELECT unit_id, field_key, value FROM report_value WHERE obligation_id = ? AND period_code = ? AND group_unit_id = ?";
            Object[] ownArgs = {OBLIGATION, period, ministry};
            String below = "SELECT group_path, field_key, total, reports, min_value, max_value FROM report_total "
                    + "WHERE obligation_id = ? AND period_code = ? AND group_path LIKE ? AND group_path <> ?";
            Object[] belowArgs = {OBLIGATION, period, mPath + "%", mPath};
            String covering = below.replace("FROM report_total", "FROM report_total FORCE INDEX (ix_report_total_path)");
            String grouped = "SELECT SUBSTRING_INDEX(SUBSTRING(group_path, ?), '/', 1) AS child, field_key, SUM(total), SUM(reports), MIN(min_value), "
                    + "MAX(max_value) FROM report_total FORCE INDEX (ix_report_total_path) WHERE obligation_id = ? AND period_code = ? AND group_path LIKE ? "
                    + "AND group_path <> ? GROUP BY child, field_key";
            Object[] groupedArgs = {mPath.length() + 1, OBLIGATION, period, mPath + "%", mPath};
            System.out.println("The pages' queries on their own (JDBC on loopback, server-side prepared statements as Lantoa uses them, all rows read;");
            System.out.println("median and p95 of 30 runs after 5):");
            time(c, "(a) deadline screen: the district's units and their reports", deadlines, deadlineArgs);
            time(c, "(c) roll-up: the ministry's own group (report_value)", own, ownArgs);
            time(c, "(c) roll-up: group totals summed per child in SQL (RollUpReads now)", grouped, groupedArgs);
            time(c, "    every group total read into Lantoa (RollUpReads before 965cea7)", below, belowArgs);
            time(c, "    same, from the covering index ix_report_total_path", covering, belowArgs);
            System.out.println("EXPLAIN of the roll-up's totals query (summed per child in SQL, as RollUpReads does now):");
            explain(c, grouped, groupedArgs);
            System.out.println("EXPLAIN of the same without the sum and the index hint (as RollUpReads did before 965cea7):");
            explain(c, below, belowArgs);
            System.out.println("EXPLAIN of the deadline screen's query:");
            explain(c, deadlines, deadlineArgs);
            System.out.println();
        }
    }

    static void time(Connection c, String label, String sql, Object[] args) throws Exception {
        long[] t = new long[30];
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            for (int i = -5; i < t.length; i++) {
                long s = System.nanoTime();
                rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int k = 1; k <= n; k++) {
                            rs.getObject(k);
                        }
                        rows++;
                    }
                }
                if (i >= 0) {
                    t[i] = System.nanoTime() - s;
                }
            }
        }
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "  %-66s %6d rows %7.1f ms %7.1f ms%n", label, rows, pct(t, 50), pct(t, 95));
    }

    static void explain(Connection c, String sql, Object[] args) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                print(rs);
            }
        }
    }

    static void print(ResultSet rs) throws Exception {
        int n = rs.getMetaData().getColumnCount();
        StringBuilder head = new StringBuilder("  ");
        for (int i = 1; i <= n; i++) {
            head.append(rs.getMetaData().getColumnLabel(i)).append(i < n ? " | " : "");
        }
        System.out.println(head);
        while (rs.next()) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 1; i <= n; i++) {
                line.append(rs.getString(i)).append(i < n ? " | " : "");
            }
            System.out.println(line);
        }
    }

    /** Signs in as the tests do (Browser.java): GET /login for the CSRF cookie, POST the form with the token in the query. */
    static final class Browser {
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
            // The API answers JSON, the pages HTML: ask each for what it serves.
            String accept = path.startsWith("/api/") ? "application/json" : "text/html";
            return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        void signIn(String email, String password) throws Exception {
            get("/login");
            String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("lantoa_csrf")).map(HttpCookie::getValue)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no CSRF cookie from /login"));
            String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(BASE + "/login?csrfToken=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                    .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 303) {
                throw new IllegalStateException("sign-in failed: " + r.statusCode());
            }
            get("/account");
        }
    }

    // ================================================================================================ rush

    record Send(long unit, String period) {
    }

    record Outcome(int n, double secs, long[] latency, Map<String, AtomicInteger> outcomes, List<String> firstErrors, AtomicLongArray perSecond,
                   long[] finished) {
        int created() {
            return outcomes.getOrDefault("201", new AtomicInteger()).get();
        }
    }

    static void rush() throws Exception {
        String period = env("BENCH_PERIOD", "");
        long ministry = Long.parseLong(env("BENCH_MINISTRY", "0"));
        int concurrency = Integer.parseInt(env("BENCH_RUSH_CONCURRENCY", "32"));
        int limit = Integer.parseInt(env("BENCH_RUSH_LIMIT", "0"));
        int warmup = Integer.parseInt(env("BENCH_RUSH_WARMUP", "2000"));
        List<Long> schools = new ArrayList<>();
        List<Send> late = new ArrayList<>();
        try (Connection c = jdbc()) {
            String path = string(c, "SELECT path FROM unit WHERE id = " + ministry);
            boolean skipSent = "1".equals(env("BENCH_RUSH_SKIP_SENT", "0"));
            try (PreparedStatement ps = c.prepareStatement("SELECT u.id FROM unit u WHERE u.path LIKE ? AND u.type = 'SCHOOL'" + (skipSent
                    ? " AND NOT EXISTS (SELECT 1 FROM report r WHERE r.unit_id = u.id AND r.obligation_id = " + OBLIGATION + " AND r.period_code = ?)" : "")
                    + " ORDER BY u.id")) {
                ps.setString(1, path + "%");
                if (skipSent) {
                    ps.setString(2, period);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        schools.add(rs.getLong(1));
                    }
                }
            }
            // Warm-up traffic on the same code path: the reports still missing from the oldest months, sent late.
            try (PreparedStatement ps = c.prepareStatement("SELECT u.id, p.period_code FROM unit u JOIN (SELECT DISTINCT period_code FROM report_group_lock "
                    + "WHERE obligation_id = ? AND period_code < ?) p WHERE u.path LIKE ? AND u.type = 'SCHOOL' AND NOT EXISTS (SELECT 1 FROM report r "
                    + "WHERE r.unit_id = u.id AND r.obligation_id = ? AND r.period_code = p.period_code) ORDER BY p.period_code, u.id LIMIT ?")) {
                ps.setLong(1, OBLIGATION);
                ps.setString(2, period);
                ps.setString(3, path + "%");
                ps.setLong(4, OBLIGATION);
                ps.setInt(5, warmup);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        late.add(new Send(rs.getLong(1), rs.getString(2)));
                    }
                }
            }
        }
        if (schools.isEmpty()) {
            System.out.println("rush: no school left to send " + period);
            return;
        }
        // Schools send in no particular order, as on the last evening before a deadline.
        Collections.shuffle(schools, new Random(7));
        if (limit > 0 && limit < schools.size()) {
            schools = schools.subList(0, limit);
        }
        String token = token();
        if (!late.isEmpty()) {
            Collections.shuffle(late, new Random(3));
            Outcome w = send(token, late, concurrency);
            System.out.printf(Locale.ROOT, "warm-up: %d late reports of earlier months sent in %.1f s (%.0f/s), responses %s%n", w.n(), w.secs(),
                    w.n() / w.secs(), new TreeMap<>(w.outcomes()));
        }
        if ("1".equals(env("BENCH_RUSH_DRAFTS", "0"))) {
            // As on the page, whose autosave keeps a draft while the form is filled in: every school saves one first.
            Outcome d = send(token, schools.stream().map(s -> new Send(s, period)).toList(), concurrency, true);
            System.out.printf(Locale.ROOT, "drafts: %d schools saved a draft of %s first, in %.1f s (%.0f/s), responses %s%n", d.n(), period, d.secs(),
                    d.n() / d.secs(), new TreeMap<>(d.outcomes()));
        }
        Map<String, Long> before;
        try (Connection c = jdbc()) {
            before = status(c);
        }
        long cpu0 = processCpu();
        Map<String, Long> procs0 = serverCpu();
        System.out.printf(Locale.ROOT, "rush: %d submissions of %s over %d kept-alive connections (one request in flight on each), one platform-admin token, JSON API on loopback%n", schools.size(),
                period, concurrency);
        Outcome o = send(token, schools.stream().map(s -> new Send(s, period)).toList(), concurrency);
        double secs = o.secs();
        int n = o.n();
        long cpu = processCpu() - cpu0;
        Map<String, Long> procs1 = serverCpu();
        int created = o.created();
        int errors = n - created;
        long[] latency = o.latency();
        Arrays.sort(latency);
        System.out.printf(Locale.ROOT, "  %d submissions in %.1f s: %.0f submissions/s sustained (goal >= 500/s)%n", n, secs, n / secs);
        System.out.printf(Locale.ROOT, "  responses: %s; errors (anything but 201): %d (goal 0)%n", new TreeMap<>(o.outcomes()), errors);
        o.firstErrors().forEach(e -> System.out.println("    " + (e.length() > 300 ? e.substring(0, 300) : e)));
        System.out.printf(Locale.ROOT, "  latency per submission: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(latency, 50), pct(latency, 95),
                pct(latency, 99), latency[n - 1] / 1e6);
        int slice = Integer.parseInt(env("BENCH_RUSH_SLICE", "10000"));
        if (n >= 2 * slice) {
            long[] done = o.finished().clone();
            Arrays.sort(done);
            System.out.printf(Locale.ROOT, "  first %d submissions at %.0f/s, last %d at %.0f/s%n", slice, slice / (done[slice - 1] / 1e9), slice,
                    slice / ((done[n - 1] - done[n - slice - 1]) / 1e9));
        }
        int fullSeconds = (int) secs;
        if (fullSeconds >= 3) {
            long[] rates = new long[fullSeconds];
            for (int s = 0; s < fullSeconds; s++) {
                rates[s] = o.perSecond().get(s);
            }
            long[] sorted = rates.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "  per-second completions over %d full seconds: min %d, median %d, max %d%n", fullSeconds, sorted[0],
                    sorted[sorted.length / 2], sorted[sorted.length - 1]);
            StringBuilder series = new StringBuilder("  every 10 s (submissions/s):");
            for (int s = 0; s + 10 <= fullSeconds; s += 10) {
                long sum = 0;
                for (int k = s; k < s + 10; k++) {
                    sum += rates[k];
                }
                series.append(' ').append(sum / 10);
            }
            System.out.println(series);
        }
        System.out.printf(Locale.ROOT, "  CPU seconds used during the rush: load generator %.1f", cpu / 1e9);
        for (String name : procs0.keySet()) {
            System.out.printf(Locale.ROOT, ", %s %.1f", name, (procs1.get(name) - procs0.get(name)) / 100.0);
        }
        System.out.printf(Locale.ROOT, " (of %.1f available on %d cores)%n", secs * Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "    CPU per submission: load generator %.2f ms", cpu / 1e6 / Math.max(1, n));
        for (String name : procs0.keySet()) {
            System.out.printf(Locale.ROOT, ", %s %.2f ms", name, (procs1.get(name) - procs0.get(name)) * 10.0 / Math.max(1, n));
        }
        System.out.println(" (per request, failed ones included)");

        try (Connection c = jdbc()) {
            Map<String, Long> after = status(c);
            System.out.println("  what one submission cost in the database (server counters over the rush, divided by the requests):");
            double per = Math.max(1, n);
            System.out.printf(Locale.ROOT, "    %.1f statements (%.1f SELECT, %.1f INSERT incl. INSERT..SELECT, %.1f UPDATE, %.1f DELETE, %.1f commits)%n",
                    delta(before, after, "Questions") / per, delta(before, after, "Com_select") / per,
                    (delta(before, after, "Com_insert") + delta(before, after, "Com_insert_select")) / per, delta(before, after, "Com_update") / per,
                    delta(before, after, "Com_delete") / per, delta(before, after, "Com_commit") / per);
            System.out.printf(Locale.ROOT, "    rows (handler calls): %.1f written, %.1f updated, %.1f deleted, %.1f read%n",
                    delta(before, after, "Handler_write") / per, delta(before, after, "Handler_update") / per, delta(before, after, "Handler_delete") / per,
                    (delta(before, after, "Handler_read_first") + delta(before, after, "Handler_read_key") + delta(before, after, "Handler_read_next")
                            + delta(before, after, "Handler_read_prev") + delta(before, after, "Handler_read_rnd") + delta(before, after, "Handler_read_rnd_next")) / per);
            System.out.printf(Locale.ROOT, "    transactions rolled back (deadlock victims, retried or not): %.2f per request%n",
                    delta(before, after, "Handler_rollback") / per);
            System.out.printf(Locale.ROOT, "    redo log %.1f KiB, data written %.1f KiB, buffer pool misses (disk reads) %.2f%n",
                    delta(before, after, "Innodb_os_log_written") / per / 1024, delta(before, after, "Innodb_data_written") / per / 1024,
                    delta(before, after, "Innodb_buffer_pool_reads") / per);
            System.out.printf(Locale.ROOT, "    row lock waits %d in all (%.0f ms waited), deadlocks %d%n", delta(before, after, "Innodb_row_lock_waits"),
                    (double) delta(before, after, "Innodb_row_lock_time"), delta(before, after, "Innodb_deadlocks"));
            if (delta(before, after, "Innodb_deadlocks") > 0) {
                System.out.println("  the latest deadlock (SHOW ENGINE INNODB STATUS, abridged):");
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW ENGINE INNODB STATUS")) {
                    rs.next();
                    String text = rs.getString(3);
                    int from = text.indexOf("LATEST DETECTED DEADLOCK");
                    int to = text.indexOf("TRANSACTIONS\n", from);
                    if (from >= 0) {
                        text.substring(from, to > from ? to : text.length()).lines()
                                .filter(l -> l.startsWith("***") || l.contains("lock_mode") || l.matches("^(INSERT|DELETE|UPDATE|SELECT).*") || l.contains("supremum"))
                                .limit(16).forEach(l -> System.out.println("    " + (l.length() > 160 ? l.substring(0, 160) + "..." : l)));
                    }
                }
            }
            if (!"1".equals(env("BENCH_RUSH_SKIP_SENT", "0"))) {
                check(c, ministry, period, schools.size());
            }
        }
    }

    /**
     * Sends the reports over `concurrency` kept-alive HTTP/1.1 connections, one request in flight on each, written
     * and read as plain bytes: the load generator shares the machine's two cores with Lantoa and MariaDB, and a
     * general-purpose client (java.net.http took 2.5 ms of CPU per request) would measure itself more than Lantoa.
     */
    static Outcome send(String token, List<Send> sends, int concurrency) throws Exception {
        return send(token, sends, concurrency, false);
    }

    /** With drafts, each request saves the report as a draft (PUT, 200) instead of sending it (POST, 201). */
    static Outcome send(String token, List<Send> sends, int concurrency, boolean drafts) throws Exception {
        URI base = URI.create(BASE);
        int n = sends.size();
        long[] latency = new long[n];
        long[] finished = new long[n];
        AtomicLongArray perSecond = new AtomicLongArray(3600);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Thread> connections = new ArrayList<>();
        for (int c = 0; c < Math.min(concurrency, n); c++) {
            Thread t = new Thread(() -> {
                Connection1 conn = new Connection1(base);
                for (int i; (i = next.getAndIncrement()) < n; ) {
                    Send s = sends.get(i);
                    byte[] body = answers(new Random(11L * n + i)).getBytes(StandardCharsets.UTF_8);
                    String head = (drafts ? "PUT" : "POST") + " /api/v1/units/" + s.unit() + "/reports/" + OBLIGATION + "/" + s.period() + " HTTP/1.1\r\n"
                            + "Host: " + base.getHost() + ":" + base.getPort() + "\r\nAuthorization: Bearer " + token + "\r\n"
                            + "Idempotency-Key: rush-" + s.unit() + "-" + java.util.UUID.randomUUID() + "\r\n"
                            + "Content-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
                    long start = System.nanoTime();
                    String outcome;
                    String detail;
                    try {
                        int status = conn.exchange(head.getBytes(StandardCharsets.US_ASCII), body);
                        outcome = String.valueOf(status);
                        detail = conn.lastBody;
                    } catch (IOException e) {
                        outcome = "exception " + e.getClass().getSimpleName();
                        detail = e.toString();
                        conn.close();
                    }
                    long end = System.nanoTime();
                    latency[i] = end - start;
                    finished[i] = end - t0;
                    perSecond.incrementAndGet((int) Math.min(3599, (end - t0) / 1_000_000_000L));
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    if (!outcome.equals(drafts ? "200" : "201") && firstErrors.size() < 3) {
                        firstErrors.add(outcome + " for unit " + s.unit() + " " + s.period() + ": " + detail);
                    }
                }
                conn.close();
            }, "rush-" + c);
            t.start();
            connections.add(t);
        }
        for (Thread t : connections) {
            t.join();
        }
        return new Outcome(n, (System.nanoTime() - t0) / 1e9, latency, outcomes, firstErrors, perSecond, finished);
    }

    /** One kept-alive HTTP/1.1 connection: writes a request, reads the status, the headers and the body (Content-Length or chunked). */
    static final class Connection1 {
        private final URI base;
        private java.net.Socket socket;
        private java.io.BufferedInputStream in;
        private java.io.OutputStream out;
        String lastBody = "";

        Connection1(URI base) {
            this.base = base;
        }

        int exchange(byte[] head, byte[] body) throws IOException {
            if (socket == null) {
                socket = new java.net.Socket(base.getHost(), base.getPort());
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(120_000);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 16384);
                out = socket.getOutputStream();
            }
            byte[] all = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            out.write(all);
            out.flush();
            String status = line();
            if (status == null) {
                throw new IOException("connection closed before the response");
            }
            int code = Integer.parseInt(status.split(" ", 3)[1]);
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String h; !(h = requiredLine()).isEmpty(); ) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(h.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size; (size = Integer.parseInt(requiredLine().split(";")[0].trim(), 16)) > 0; ) {
                    content.write(in.readNBytes(size));
                    requiredLine();
                }
                requiredLine();
            } else if (length >= 0) {
                content.write(in.readNBytes(length));
            }
            lastBody = code == 201 ? "" : content.toString(StandardCharsets.UTF_8);
            if (close) {
                close();
            }
            return code;
        }

        private String requiredLine() throws IOException {
            String line = line();
            if (line == null) {
                throw new IOException("connection closed in the middle of a response");
            }
            return line;
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder();
            for (int c; (c = in.read()) != -1; ) {
                if (c == '\n') {
                    int len = b.length();
                    return len > 0 && b.charAt(len - 1) == '\r' ? b.substring(0, len - 1) : b.toString();
                }
                b.append((char) c);
            }
            if (b.length() == 0) {
                return null;
            }
            throw new IOException("connection closed in a line");
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    /** Every school of the rush has exactly one SUBMITTED report and one SUBMITTED version, and the maintained totals agree with the values. */
    static void check(Connection c, long ministry, String period, int expected) throws Exception {
        String path = string(c, "SELECT path FROM unit WHERE id = " + ministry);
        String bench = "u.path LIKE '" + path + "%' AND u.type = 'SCHOOL'";
        long schools = number(c, "SELECT COUNT(*) FROM unit u WHERE " + bench);
        long submitted = number(c, "SELECT COUNT(*) FROM report r JOIN unit u ON u.id = r.unit_id WHERE " + bench + " AND r.obligation_id = " + OBLIGATION
                + " AND r.period_code = '" + period + "' AND r.status = 'SUBMITTED'");
        long oneReport = number(c, "SELECT COUNT(*) FROM (SELECT r.unit_id FROM report r JOIN unit u ON u.id = r.unit_id WHERE " + bench
                + " AND r.obligation_id = " + OBLIGATION + " AND r.period_code = '" + period + "' GROUP BY r.unit_id HAVING COUNT(*) = 1 "
                + "AND SUM(r.status = 'SUBMITTED') = 1) x");
        long versions = number(c, "SELECT COUNT(*) FROM report_version v JOIN report r ON r.id = v.report_id JOIN unit u ON u.id = r.unit_id WHERE " + bench
                + " AND r.obligation_id = " + OBLIGATION + " AND r.period_code = '" + period + "' AND v.action = 'SUBMITTED'");
        long oneVersion = number(c, "SELECT COUNT(*) FROM (SELECT r.unit_id FROM report_version v JOIN report r ON r.id = v.report_id JOIN unit u ON u.id = r.unit_id "
                + "WHERE " + bench + " AND r.obligation_id = " + OBLIGATION + " AND r.period_code = '" + period + "' AND v.action = 'SUBMITTED' "
                + "GROUP BY r.unit_id HAVING COUNT(*) = 1) x");
        long counted = number(c, "SELECT COALESCE(SUM(t.total), 0) FROM report_total t WHERE t.obligation_id = " + OBLIGATION + " AND t.period_code = '" + period
                + "' AND t.group_path LIKE '" + path + "%' AND t.field_key = '#'");
        long drift = number(c, "SELECT COUNT(*) FROM (SELECT v.group_unit_id, v.field_key, SUM(v.value) s, COUNT(*) n FROM report_value v WHERE v.obligation_id = "
                + OBLIGATION + " AND v.period_code = '" + period + "' GROUP BY v.group_unit_id, v.field_key) x LEFT JOIN report_total t ON t.obligation_id = "
                + OBLIGATION + " AND t.period_code = '" + period + "' AND t.group_unit_id = x.group_unit_id AND t.field_key = x.field_key "
                + "WHERE t.total IS NULL OR ABS(t.total - x.s) > 1e-6 * GREATEST(1, ABS(x.s)) OR t.reports <> x.n");
        System.out.printf(Locale.ROOT, "  checks in the database for %s (each must equal the %d schools that sent%s):%n", period, expected,
                expected == schools ? ", i.e. every school" : ", out of " + schools);
        System.out.printf(Locale.ROOT, "    schools with a SUBMITTED report: %d; with exactly one report, SUBMITTED: %d%n", submitted, oneReport);
        System.out.printf(Locale.ROOT, "    report_version rows with action SUBMITTED: %d; schools with exactly one: %d%n", versions, oneVersion);
        System.out.printf(Locale.ROOT, "    reports counted by report_total ('#' summed over the groups): %d; group totals that differ from their values: %d%n",
                counted, drift);
        boolean ok = submitted == expected && oneReport == expected && versions == expected && oneVersion == expected && counted == expected && drift == 0;
        System.out.println("    " + (ok ? "OK" : "MISMATCH"));
    }

    static String answers(Random rnd) {
        Map<String, String> a = new LinkedHashMap<>();
        String[] keys = {"so_tin_bai_website", "so_tin_bai_bao_chi", "luot_truy_cap", "so_bai_mang_xa_hoi", "so_buoi_cung_cap_thong_tin", "so_vu_viec_du_luan",
                "so_vu_viec_da_xu_ly", "so_phan_anh_duong_day_nong", "so_phan_anh_da_tra_loi", "so_can_bo_tap_huan", "so_hoat_dong_ngoai_khoa",
                "so_luot_phu_huynh", "so_noi_dung_cong_khai", "so_video", "so_guong_dien_hinh", "kinh_phi", "ty_le_cong_khai_dung_han",
                "ty_le_phu_huynh_hai_long", "luot_xem_cao_nhat", "so_ngay_khong_cap_nhat"};
        int[] high = {40, 5, 20000, 60, 2, 3, 3, 8, 8, 30, 12, 1500, 15, 6, 4, 15000, 100, 100, 30000, 20};
        for (int i = 0; i < keys.length; i++) {
            a.put(keys[i], String.valueOf(rnd.nextInt(high[i] + 1)));
        }
        a.put("so_vu_viec_da_xu_ly", String.valueOf(Math.min(Integer.parseInt(a.get("so_vu_viec_da_xu_ly")), Integer.parseInt(a.get("so_vu_viec_du_luan")))));
        a.put("so_phan_anh_da_tra_loi", String.valueOf(Math.min(Integer.parseInt(a.get("so_phan_anh_da_tra_loi")),
                Integer.parseInt(a.get("so_phan_anh_duong_day_nong")))));
        a.put("ty_le_phu_huynh_hai_long", (70 + rnd.nextInt(30)) + "," + rnd.nextInt(10));   // the Vietnamese decimal comma
        StringBuilder sb = new StringBuilder("{\"answers\":{");
        a.forEach((k, v) -> sb.append(sb.length() > 12 ? "," : "").append('"').append(k).append("\":\"").append(v).append('"'));
        return sb.append("}}").toString();
    }

    static String token() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String body = "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token: " + r.statusCode() + " " + r.body());
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no accessToken in " + r.body());
        }
        return m.group(1);
    }

    /** Removes every trace of the period's sends (to run the rush again on the same data, with other settings). */
    static void reset() throws Exception {
        String period = env("BENCH_PERIOD", "");
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            String where = "obligation_id = " + OBLIGATION + " AND period_code = '" + period + "'";
            int values = st.executeUpdate("DELETE FROM report_value WHERE " + where);
            st.executeUpdate("DELETE FROM report_total WHERE " + where);
            st.executeUpdate("DELETE FROM report_group_lock WHERE " + where);
            st.executeUpdate("DELETE v FROM report_version v JOIN report r ON r.id = v.report_id WHERE r." + where.replace(" AND ", " AND r."));
            int reports = st.executeUpdate("DELETE FROM report WHERE " + where);
            System.out.printf(Locale.ROOT, "reset %s: %d reports and %d values removed%n", period, reports, values);
        }
    }

    // ================================================================================================ helpers

    static Connection jdbc() throws Exception {
        return DriverManager.getConnection(System.getenv("BENCH_JDBC"), "root", "");
    }

    static Map<String, Long> status(Connection c) throws Exception {
        Map<String, Long> m = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS")) {
            while (rs.next()) {
                try {
                    m.put(rs.getString(1).toLowerCase(Locale.ROOT), Long.parseLong(rs.getString(2)));
                } catch (NumberFormatException e) {
                    // not a counter
                }
            }
        }
        return m;
    }

    static long delta(Map<String, Long> before, Map<String, Long> after, String name) {
        String k = name.toLowerCase(Locale.ROOT);
        return after.getOrDefault(k, 0L) - before.getOrDefault(k, 0L);
    }

    /** CPU time (clock ticks, 1/100 s) of the server processes named in BENCH_PIDS ("lantoa=123,mariadbd=456"). */
    static Map<String, Long> serverCpu() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String part : env("BENCH_PIDS", "").split(",")) {
            if (!part.contains("=")) {
                continue;
            }
            String[] kv = part.split("=");
            try {
                String stat = Files.readString(Path.of("/proc/" + kv[1] + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                m.put(kv[0], Long.parseLong(f[11]) + Long.parseLong(f[12]));
            } catch (Exception e) {
                m.put(kv[0], 0L);
            }
        }
        return m;
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String string(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static long number(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
