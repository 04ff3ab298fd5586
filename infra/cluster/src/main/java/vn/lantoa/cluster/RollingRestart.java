package vn.lantoa.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A rolling restart under load: clients keep asking nginx for a school's home page and sending reports (POST, each with its
 * own Idempotency-Key and no retry) while each instance in turn gets SIGTERM, is waited for until it has ended, and is
 * started again and waited for until ready. Every answer should be a 200 or a 201 and every POST stored.
 * {@code main} is infra/bench/rolling-restart.sh; SeveralInstancesTest runs {@link #run} on its cluster.
 */
public final class RollingRestart {

    /** Answers by kind ("GET 200", "POST 201", "POST 502", "IOException"...), POSTs sent and answered 201, and each instance's times. */
    public record Outcome(double seconds, Map<String, Integer> answers, int posts, int created, List<String> steps) {

        public boolean clean() {
            return answers.keySet().stream().allMatch(a -> a.equals("GET 200") || a.equals("POST 201"));
        }

        public String summary() {
            return String.format(Locale.ROOT, "rolling restart in %.1f s under load: answers %s, %d POSTs sent, %d answered 201", seconds, answers, posts, created);
        }
    }

    private RollingRestart() {
    }

    public static Outcome run(Cluster cluster, String token, Rush.Target target, String tag, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        AtomicInteger posts = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        String time = DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneId.of("Asia/Ho_Chi_Minh")).format(Instant.now().minus(10, ChronoUnit.MINUTES));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> loops = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            loops.add(pool.submit(() -> {
                for (int k = 0; running.get(); k++) {
                    String answer;
                    try {
                        if (k % 2 == 0) {
                            answer = "GET " + http.send(HttpRequest.newBuilder(URI.create(cluster.balancerUrl() + "/thcs-tan-mai/")).header("Accept", "text/html")
                                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        } else {
                            int i = posts.getAndIncrement();
                            long unit = target.units().get(i % target.units().size());
                            int status = http.send(HttpRequest.newBuilder(URI.create(cluster.balancerUrl() + "/api/v1/units/" + unit + "/reports/"
                                            + target.obligationId() + "/E" + time + "-" + tag + String.format(Locale.ROOT, "%05d", i)))
                                    .header("Authorization", "Bearer " + token).header("Idempotency-Key", UUID.randomUUID().toString())
                                    .header("Content-Type", "application/json").header("Accept", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"answers\":{\"dia_diem\":\"Khởi động lại " + client + "\",\"bao_chi\":\"Chưa\"}}"))
                                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status == 201) {
                                created.incrementAndGet();
                            }
                            answer = "POST " + status;
                        }
                    } catch (IOException e) {
                        answer = e.getClass().getSimpleName();
                    }
                    answers.computeIfAbsent(answer, a -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        List<String> steps = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            for (int i = 0; i < cluster.size(); i++) {
                Duration stopped = cluster.stop(i);
                long restarting = System.nanoTime();
                cluster.startInstance(i);
                steps.add(String.format(Locale.ROOT, "instance %d: SIGTERM to exit %.1f s, start to ready %.1f s", i + 1, stopped.toMillis() / 1e3,
                        (System.nanoTime() - restarting) / 1e9));
            }
        } finally {
            running.set(false);
            for (Future<?> f : loops) {
                f.get();
            }
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Integer> counted = new TreeMap<>();
        answers.forEach((a, n) -> counted.put(a, n.get()));
        return new Outcome(seconds, counted, posts.get(), created.get(), steps);
    }

    /** infra/bench/rolling-restart.sh: a cluster of N (2) instances, a rolling restart under load, the figures. */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Cluster.Settings d = Cluster.defaults(Path.of(System.getenv().getOrDefault("CLUSTER_DIR", "target-cluster")).toAbsolutePath());
        Cluster.Settings settings = d.with(n, Cluster.freePorts(n), Cluster.freePorts(1), Map.of(), List.of());
        try (Cluster cluster = Cluster.start(settings)) {
            Rush rush = new Rush(cluster.balancerUrl(), 1);
            String token = rush.token("admin@lantoa.vn", "Lantoa@2026");
            Rush.Target target;
            try (Connection db = cluster.database()) {
                target = Rush.target(db);
            }
            // Warm: a first rush through every code path the load takes.
            rush.run(token, target, "rw", 300, 8, done -> { });
            Outcome o = run(cluster, token, target, "rr", clients);
            long[] stored;
            try (Connection db = cluster.database()) {
                stored = Rush.stored(db, target.obligationId(), "rr");
            }
            System.out.printf(Locale.ROOT, "%d instances, %d clients (half GET of a home page, half POST of a report), drain %d s%n", n, clients, settings.drainSeconds());
            o.steps().forEach(s -> System.out.println("  " + s));
            System.out.println("  " + o.summary());
            System.out.printf(Locale.ROOT, "  5xx or no answer: %d (goal 0); POSTs stored: %d of %d%n",
                    o.answers().entrySet().stream().filter(e -> !e.getKey().startsWith("GET 2") && !e.getKey().startsWith("POST 2")
                            && !e.getKey().matches("(GET|POST) 4\\d\\d")).mapToInt(Map.Entry::getValue).sum(), stored[0], o.posts());
        }
        System.exit(0);
    }
}
