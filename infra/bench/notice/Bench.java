import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The measuring half of infra/bench/notice.sh: loads the home page of every school of the Sở (BENCH_PROVINCE) so the
 * page cache holds them all, signs in as the Sở's admin, previews a storm notice to all its schools, sends it, then
 * polls every school's home page (BENCH_CLIENTS at once) until all show the banner, and the mail outbox until the
 * notice's batch is sent. Prints the time from the click on "send" to each.
 */
public class Bench {

    static final String BASE = env("BENCH_URL", "http://127.0.0.1:18093");

    public static void main(String[] args) throws Exception {
        long province = Long.parseLong(env("BENCH_PROVINCE", "0"));
        int clients = Integer.parseInt(env("BENCH_CLIENTS", "4"));
        List<String> slugs = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(System.getenv("BENCH_JDBC"), "root", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT u.slug FROM unit u JOIN unit p ON p.id = " + province + " WHERE u.path LIKE CONCAT(p.path, '%') "
                     + "AND u.type = 'SCHOOL' AND u.closed_on IS NULL ORDER BY u.id")) {
            while (rs.next()) {
                slugs.add(rs.getString(1));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t = System.nanoTime();
        List<String> notShown = poll(pool, clients, slugs, null);
        System.out.printf(Locale.ROOT, "page cache filled: %d school home pages in %.1f s (%d answered without a page)%n", slugs.size(), secs(t),
                notShown.size());

        Browser sender = new Browser();
        sender.signIn(env("BENCH_EMAIL", "thongbao@so-bench.edu.vn"), env("BENCH_PASSWORD", "Lantoa@2026"));
        String base = "/admin/u/" + province + "/notices";
        sender.get(base + "/new");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "STORM");
        form.put("severity", "URGENT");
        form.put("title", "Bão số 3: học sinh toàn tỉnh nghỉ học ngày mai");
        form.put("body", "Theo công điện ứng phó với bão số 3, học sinh toàn tỉnh nghỉ học ngày mai. Các trường thông báo tới cha mẹ học sinh "
                + "và bố trí trực 24/24 giờ.");
        // The application's own time zone: the form reads Vietnamese local time.
        form.put("expiresAt", LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(12).withSecond(0).withNano(0).toString());
        form.put("audience", "TYPE:SCHOOL");
        t = System.nanoTime();
        String preview = new String(sender.post(base, form).body(), StandardCharsets.UTF_8);
        Matcher counts = Pattern.compile("id=\"preview-counts\">([^<]*)<").matcher(preview);
        Matcher seen = Pattern.compile("name=\"seen\" value=\"([^\"]*)\"").matcher(preview);
        if (!counts.find() || !seen.find()) {
            throw new IllegalStateException("no preview: " + preview.substring(0, Math.min(preview.length(), 2000)));
        }
        System.out.printf(Locale.ROOT, "preview in %.2f s: %s%n", secs(t), counts.group(1));
        form.put("confirm", "yes");
        form.put("seen", seen.group(1));

        long sent = System.nanoTime();
        HttpResponse<byte[]> answer = sender.post(base, form);
        double sendSecs = secs(sent);
        String location = answer.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("not sent: " + answer.statusCode()));
        long id = Long.parseLong(location.replaceAll(".*/(\\d+)$", "$1"));
        System.out.printf(Locale.ROOT, "send (one transaction: notice, %d targets, mails, site changes): %.2f s%n", slugs.size(), sendSecs);

        List<String> left = slugs;
        int rounds = 0;
        while (!left.isEmpty()) {
            left = poll(pool, clients, left, "id=\"notice-" + id + "\"");
            rounds++;
        }
        double visibleSecs = secs(sent);
        System.out.printf(Locale.ROOT, "visible on all %d school sites: %.2f s after the click (%d rounds of polling their home pages)%n", slugs.size(),
                visibleSecs, rounds);

        double drainedSecs;
        long mails;
        try (Connection c = DriverManager.getConnection(System.getenv("BENCH_JDBC"), "root", ""); Statement st = c.createStatement()) {
            mails = count(st, "SELECT COUNT(*) FROM mail_outbox WHERE batch = 'notice-" + id + "'");
            while (count(st, "SELECT COUNT(*) FROM mail_outbox WHERE batch = 'notice-" + id + "' AND status = 'PENDING'") > 0) {
                Thread.sleep(200);
            }
            drainedSecs = secs(sent);
            long failed = count(st, "SELECT COUNT(*) FROM mail_outbox WHERE batch = 'notice-" + id + "' AND status = 'FAILED'");
            System.out.printf(Locale.ROOT, "mail queue drained: %d mails sent to the SMTP sink %.1f s after the click (%d failed)%n", mails - failed,
                    drainedSecs, failed);
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "SUMMARY schools=%d send=%.2fs visible=%.2fs mails=%d drained=%.1fs%n", slugs.size(), sendSecs, visibleSecs, mails,
                drainedSecs);
    }

    /** Loads each page once, over the clients; returns the slugs whose page does not yet contain the marker (all, when null). */
    static List<String> poll(ExecutorService pool, int clients, List<String> slugs, String marker) throws Exception {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(slugs);
        ConcurrentLinkedQueue<String> missing = new ConcurrentLinkedQueue<>();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            running.add(pool.submit(() -> {
                Browser b = new Browser();
                String slug;
                while ((slug = queue.poll()) != null) {
                    try {
                        HttpResponse<byte[]> r = b.get("/" + slug + "/");
                        if (r.statusCode() != 200 || (marker != null && !new String(r.body(), StandardCharsets.UTF_8).contains(marker))) {
                            missing.add(slug);
                        }
                    } catch (IOException | InterruptedException e) {
                        missing.add(slug);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        return new ArrayList<>(missing);
    }

    static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }

    /** Signs in as the tests do: GET /login for the CSRF cookie, POST the form with the token in the query. */
    static final class Browser {
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", "text/html").timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        String csrf() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("lantoa_csrf")).map(HttpCookie::getValue)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no CSRF cookie"));
        }

        HttpResponse<byte[]> post(String path, Map<String, String> fields) throws Exception {
            String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(BASE + path + "?csrfToken=" + URLEncoder.encode(csrf(), StandardCharsets.UTF_8)))
                    .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        void signIn(String email, String password) throws Exception {
            get("/login");
            HttpResponse<byte[]> r = post("/login", Map.of("email", email, "password", password));
            if (r.statusCode() != 303) {
                throw new IllegalStateException("sign-in failed: " + r.statusCode());
            }
        }
    }
}
