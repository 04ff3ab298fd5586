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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measuring half of infra/bench/press-board.sh: signs in as the ministry's reporter and times the national board of
 * open incidents below (warm-up, then sequential requests, then BENCH_CLIENTS concurrent clients), a drill-down to the
 * largest Sở, a severity filter and a deep page. Prints median, p95, p99 and the largest time per page.
 */
public class Bench {

    static final String BASE = env("BENCH_URL", "http://127.0.0.1:18091");

    record Page(String label, String path) {
    }

    public static void main(String[] args) throws Exception {
        long ministry = Long.parseLong(env("BENCH_MINISTRY", "0"));
        String child = env("BENCH_BIG_PROVINCE", "");
        int warmup = Integer.parseInt(env("BENCH_WARMUP", "50"));
        int requests = Integer.parseInt(env("BENCH_REQUESTS", "300"));
        int clients = Integer.parseInt(env("BENCH_CLIENTS", "4"));
        String base = "/admin/u/" + ministry + "/press/incidents/below";
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("(a) Bộ: open incidents below (counts + page 1)", base));
        if (!child.isEmpty()) {
            pages.add(new Page("(b) Bộ: drill-down to the largest Sở", base + "?unit=" + child));
        }
        pages.add(new Page("(c) Bộ: severity GRAVE", base + "?severity=GRAVE"));
        pages.add(new Page("(d) Bộ: page 20 (rows 951-1000)", base + "?page=20"));
        Browser b = new Browser();
        b.signIn(env("BENCH_EMAIL", "baocao@bo-bench.edu.vn"), env("BENCH_PASSWORD", "Lantoa@2026"));
        HttpResponse<byte[]> first = b.get(base);
        String html = new String(first.body(), StandardCharsets.UTF_8);
        Matcher total = Pattern.compile("id=\"board-total\"><strong>([^<]*)<").matcher(html);
        System.out.println("first answer: " + first.statusCode() + ", " + (total.find() ? total.group(1) : "no total on the page") + ", "
                + count(html, "<tr data-incident=") + " incident rows on page 1");
        System.out.printf(Locale.ROOT, "%-52s %6s %9s %9s %9s %9s %9s%n", "page", "status", "median", "p95", "p99", "max", "bytes");
        for (Page p : pages) {
            for (int i = 0; i < warmup; i++) {
                b.get(p.path());
            }
            long[] t = new long[requests];
            int status = 0;
            int bytes = 0;
            for (int i = 0; i < requests; i++) {
                long s = System.nanoTime();
                HttpResponse<byte[]> r = b.get(p.path());
                t[i] = System.nanoTime() - s;
                status = r.statusCode();
                bytes = r.body().length;
            }
            System.out.println(line(p.label() + ", sequential", status, t, bytes));
        }
        // Several people at once on the main page, each with its own session.
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                Browser mine = new Browser();
                mine.signIn(env("BENCH_EMAIL", "baocao@bo-bench.edu.vn"), env("BENCH_PASSWORD", "Lantoa@2026"));
                long[] t = new long[requests / 2];
                for (int i = 0; i < t.length; i++) {
                    long s = System.nanoTime();
                    HttpResponse<byte[]> r = mine.get(base);
                    t[i] = System.nanoTime() - s;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("status " + r.statusCode());
                    }
                }
                return t;
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : futures) {
            long[] t = f.get();
            long[] joined = Arrays.copyOf(all, all.length + t.length);
            System.arraycopy(t, 0, joined, all.length, t.length);
            all = joined;
        }
        pool.shutdown();
        System.out.println(line("(a) with " + clients + " clients at once", 200, all, 0));
        System.exit(0);
    }

    static int count(String s, String what) {
        return s.split(Pattern.quote(what), -1).length - 1;
    }

    static String line(String label, int status, long[] t, int bytes) {
        long[] s = t.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%-52s %6d %7.1fms %7.1fms %7.1fms %7.1fms %9d", label, status, pct(s, 50), pct(s, 95), pct(s, 99),
                s[s.length - 1] / 1e6, bytes);
    }

    static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
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
        }
    }
}
