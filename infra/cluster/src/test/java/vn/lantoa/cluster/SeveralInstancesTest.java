package vn.lantoa.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 15, item 3: two production jars (three with -Dlantoa.cluster.instances=3) on one MariaDB, one S3 server and
 * one SMTP sink, behind nginx, as {@link Cluster} starts them. Each test is a claim of the README's "Several instances";
 * they share one cluster and run in order, since the later ones kill and restart instances.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesTest {

    private static final String PASSWORD = "Lantoa@2026";
    private static final String PRINCIPAL = "hieutruong.thcstanmai@hanoi.edu.vn";
    private static final String ADMIN = "admin@lantoa.vn";
    private static final Pattern LOCATION_ID = Pattern.compile("/(\\d+)$");

    private Cluster cluster;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** Mail received by the sink, by subject. */
    private final Map<String, AtomicInteger> mailBySubject = new ConcurrentHashMap<>();

    @BeforeAll
    void startCluster() throws Exception {
        assumeTrue(Cluster.nginx().isPresent(), "nginx is not installed (apt-get install nginx; .ci/run installs it)");
        Path dir = Path.of("target", "cluster-test").toAbsolutePath();
        deleteTree(dir);
        int n = Integer.getInteger("lantoa.cluster.instances", 2);
        Cluster.Settings settings = new Cluster.Settings(n, dir, Path.of(System.getProperty("lantoa.jar", "../../backend/target/lantoa.jar")).toAbsolutePath(),
                Cluster.freePorts(n), Cluster.freePorts(1), "320m", 3, true,
                // Quick to start (C1 only) and quick to check a password: this test restarts instances and signs in a lot.
                // A mail claimed by an instance that dies waits for the claim's lease: short here, so the test need not wait 3 minutes.
                Map.of("LANTOA_BCRYPT_COST", "4", "LANTOA_MAIL_CLAIM_LEASE", "15s"), List.of("-XX:TieredStopAtLevel=1"));
        long t0 = System.nanoTime();
        cluster = Cluster.start(settings);
        System.out.printf("cluster: %d instances and nginx ready in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        cluster.mail().onArrival(message -> {
            try {
                mailBySubject.computeIfAbsent(message.getSubject(), s -> new AtomicInteger()).incrementAndGet();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterAll
    void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aSessionSignedInThroughOneInstanceWorksOnEveryInstance() throws Exception {
        String session = signIn(cluster.balancerUrl(), PRINCIPAL);
        for (int i = 0; i < cluster.size(); i++) {
            HttpResponse<String> account = http.send(HttpRequest.newBuilder(URI.create(cluster.url(i) + "/account")).header("Accept", "text/html")
                    .header("Cookie", "lantoa_session=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(account.statusCode()).as("instance %d, /account with the session", i + 1).isEqualTo(200);
            assertThat(account.body()).contains("Nguyễn Thị Thanh Hương");
        }
    }

    @Test
    @Order(2)
    void aPublishOnOneInstanceDropsTheCachedPageOnTheOthersWithinASecond() throws Exception {
        String home = "/thcs-tan-mai/";
        for (int i = 0; i < cluster.size(); i++) {
            get(cluster.url(i) + home);   // in every instance's page cache now
        }
        String token = new Rush(cluster.url(0), 1).token(PRINCIPAL, PASSWORD);
        String title = "Tin nhiều máy chủ " + UUID.randomUUID().toString().substring(0, 8);
        long article = writeArticle(cluster.url(0), token, title);
        post(cluster.url(0), token, "/api/v1/units/" + tanMai() + "/articles/" + article + "/publish", "{}", 200);
        long published = System.nanoTime();
        for (int i = 1; i < cluster.size(); i++) {
            String page = cluster.url(i) + home;
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).until(() -> get(page).contains(title));
            System.out.printf("invalidation: instance %d showed the article %d ms after the publish on instance 1 returned%n", i + 1,
                    (System.nanoTime() - published) / 1_000_000);
        }
    }

    @Test
    @Order(3)
    void theSignInLimitHoldsInTotalAcrossInstances() throws Exception {
        int perMinute = 20;   // LANTOA_LOGIN_ATTEMPTS_PER_MINUTE's default
        int tries = 30 * cluster.size();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(3 * cluster.size());
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 3 * cluster.size(); t++) {
            String base = cluster.url(t % cluster.size());
            int first = t;
            done.add(clients.submit(() -> {
                for (int k = first; k < tries; k += 3 * cluster.size()) {
                    // One client address (forwarded by a trusted proxy), guessing passwords against every instance in turn.
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token")).header("Content-Type", "application/json")
                            .header("X-Forwarded-For", "203.0.113.77").POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"email\":\"doan-" + k + "@example.test\",\"password\":\"sai-mat-khau\"}")).build(), HttpResponse.BodyHandlers.discarding());
                    statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        int tried = statuses.getOrDefault(401, new AtomicInteger()).get();
        // The bucket refills greedily: one more try every 60/perMinute seconds.
        int allowed = perMinute + (int) Math.ceil(seconds * perMinute / 60);
        System.out.printf("sign-in limit: %d tries from one address over %d instances in %.1f s: %s (allowed in total: %d)%n", tries, cluster.size(), seconds,
                new TreeMap<>(statuses), allowed);
        assertThat(tried).as("wrong passwords checked, over every instance").isLessThanOrEqualTo(allowed);
        assertThat(statuses.getOrDefault(429, new AtomicInteger()).get()).isGreaterThanOrEqualTo(tries - allowed);
    }

    @Test
    @Order(4)
    void eachMailIsSentOnceAndEachScheduledArticlePublishedOnce() throws Exception {
        String tag = "hàng đợi " + UUID.randomUUID().toString().substring(0, 6);
        int mails = 200;
        queueMail(tag, mails);

        String token = new Rush(cluster.url(0), 1).token(PRINCIPAL, PASSWORD);
        List<Long> scheduled = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            scheduled.add(writeArticle(cluster.url(k % cluster.size()), token, "Bài hẹn giờ " + k + " " + tag));
        }
        // Lantoa schedules a publish only more than 30 s ahead (nearer, it publishes at once).
        String at = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(35).truncatedTo(ChronoUnit.SECONDS).toString();
        for (int k = 0; k < scheduled.size(); k++) {
            HttpResponse<String> r = post(cluster.url(k % cluster.size()), token, "/api/v1/units/" + tanMai() + "/articles/" + scheduled.get(k) + "/publish",
                    "{\"at\":\"" + at + "\"}", 200);
            assertThat(r.body()).contains("\"SCHEDULED\"");
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsOf(tag).size() == mails);
        await().atMost(Duration.ofSeconds(90)).until(() -> count("SELECT COUNT(*) FROM article WHERE status = 'PUBLISHED' AND id IN ("
                + String.join(",", scheduled.stream().map(String::valueOf).toList()) + ")") == scheduled.size());
        // Several more periods of both jobs on every instance: nothing more may come.
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> mailsOf(tag).values().stream().allMatch(times -> times == 1));
        assertThat(mailsOf(tag)).as("each queued mail, received").hasSize(mails).allSatisfy((subject, times) -> assertThat(times).as(subject).isEqualTo(1));
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE '%" + tag + "%' AND status = 'SENT'")).isEqualTo(mails);
        for (long id : scheduled) {
            assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'article.published' AND entity_id = '" + id + "'"))
                    .as("scheduled publishing of article %d", id).isEqualTo(1);
        }
    }

    @Test
    @Order(5)
    void killingAnInstanceDuringADeadlineRushLosesNoSendAndDoublesNone() throws Exception {
        Rush rush = new Rush(cluster.balancerUrl(), 16);
        String token = rush.token(ADMIN, PASSWORD);
        Rush.Target target;
        try (Connection db = cluster.database()) {
            target = Rush.target(db);
        }
        int sends = 600;
        String mailTag = "lúc dừng " + UUID.randomUUID().toString().substring(0, 6);
        int victim = cluster.size() - 1;
        AtomicBoolean killed = new AtomicBoolean();
        try {
            Rush.Result result = rush.run(token, target, "kil", sends, 16, answered -> {
                if (answered >= sends / 4 && killed.compareAndSet(false, true)) {
                    queueMail(mailTag, 100);   // the mail job is busy with these when the instance dies
                    cluster.kill(victim);
                    System.out.printf("rush: kill -9 of instance %d after %d sends%n", victim + 1, answered);
                }
            });
            System.out.println("rush through nginx with a kill -9: " + result.summary());
            assertThat(killed).isTrue();
            assertThat(result.lost()).as("sends that never got a 201 or 200").isZero();
            long[] stored;
            try (Connection db = cluster.database()) {
                stored = Rush.stored(db, target.obligationId(), "kil");
            }
            assertThat(stored).as("reports, distinct periods, SUBMITTED versions").containsExactly(sends, sends, sends);

            // An instance killed while it sent mail holds up at most its own claimed batch, until the claim's lease (15 s here) ends.
            long rushEnded = System.nanoTime();
            await().atMost(Duration.ofSeconds(90)).until(() -> mailsOf(mailTag).size() == 100);
            System.out.printf("mail queued at the kill: all 100 received %.1f s after the rush ended; sent twice: %d%n", (System.nanoTime() - rushEnded) / 1e9,
                    mailsOf(mailTag).values().stream().filter(t -> t > 1).count());
        } finally {
            if (!cluster.running(victim)) {
                cluster.startInstance(victim);
            }
        }
    }

    @Test
    @Order(6)
    void aRollingRestartServesEveryRequestWithoutA5xx() throws Exception {
        for (int i = 0; i < cluster.size(); i++) {
            assertThat(cluster.running(i)).as("instance %d before the rolling restart", i + 1).isTrue();
        }
        String token = new Rush(cluster.balancerUrl(), 1).token(ADMIN, PASSWORD);
        Rush.Target target;
        try (Connection db = cluster.database()) {
            target = Rush.target(db);
        }
        RollingRestart.Outcome o = RollingRestart.run(cluster, token, target, "rol", 4);
        o.steps().forEach(step -> System.out.println("rolling restart: " + step));
        System.out.println(o.summary());
        assertThat(o.answers().keySet()).as("answers during the rolling restart").allMatch(a -> a.equals("GET 200") || a.equals("POST 201"));
        long[] stored;
        try (Connection db = cluster.database()) {
            stored = Rush.stored(db, target.obligationId(), "rol");
        }
        assertThat(stored[0]).as("POSTs stored").isEqualTo(o.posts()).isEqualTo(o.created());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Signs in with the form as a browser does, through the given address; the session cookie's value. */
    private String signIn(String base, String email) throws IOException, InterruptedException {
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String csrf = cookie(login, "lantoa_csrf");
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login?csrfToken=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "lantoa_csrf=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).as("sign-in").isEqualTo(303);
        return cookie(r, "lantoa_session");
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.contains(";") ? c.indexOf(';') : c.length())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
    }

    private String get(String address) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(address)).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(address).isEqualTo(200);
        return r.body();
    }

    private HttpResponse<String> post(String base, String token, String path, String json, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("POST %s: %s", path, r.body()).isEqualTo(expected);
        return r;
    }

    /** A news draft of THCS Tân Mai, sent for review and approved by its principal: ready to publish. */
    private long writeArticle(String base, String token, String title) throws Exception {
        String articles = "/api/v1/units/" + tanMai() + "/articles";
        HttpResponse<String> created = post(base, token, articles, "{\"kind\":\"NEWS\",\"title\":\"" + title + "\",\"summary\":\"Tin viết trong phép thử nhiều máy chủ.\","
                + "\"bodyHtml\":\"<p>Nội dung của bài " + title + ".</p>\"}", 201);
        Matcher m = LOCATION_ID.matcher(created.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        long id = Long.parseLong(m.group(1));
        post(base, token, articles + "/" + id + "/submit", "{}", 200);
        post(base, token, articles + "/" + id + "/approve", "{}", 200);
        return id;
    }

    private long tanMai() throws SQLException {
        return count("SELECT id FROM unit WHERE slug = 'thcs-tan-mai'");
    }

    private void queueMail(String tag, int count) {
        try (Connection db = cluster.database();
             PreparedStatement ps = db.prepareStatement("INSERT INTO mail_outbox (to_address, subject, body_text, status, attempts, next_attempt_at, created_at) "
                     + "VALUES (?, ?, ?, 'PENDING', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (int k = 0; k < count; k++) {
                ps.setString(1, "thu-" + k + "@example.test");
                ps.setString(2, "Thư " + k + " " + tag);
                ps.setString(3, "Thư thử nhiều máy chủ.");
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Integer> mailsOf(String tag) {
        Map<String, Integer> of = new TreeMap<>();
        mailBySubject.forEach((subject, times) -> {
            if (subject.endsWith(" " + tag)) {
                of.put(subject, times.get());
            }
        });
        return of;
    }

    private long count(String sql) throws SQLException {
        try (Connection db = cluster.database(); PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
