package vn.lantoa.launcher;

import vn.lantoa.embedded.EmbeddedMariaDb;
import vn.lantoa.embedded.Folders;
import vn.lantoa.embedded.FreePort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The data folder of a first start of the default run, made when the launcher is built: Maven runs {@link #main} in
 * the package phase (after {@link PreparedDatabase}), which starts the built launcher once on an empty folder; it
 * writes the demo through Lantoa's services like any first start, then stops, leaving its database, its S3 objects
 * and its class-data archive. A first start copies those (about 0.1 s) instead of writing the demo in a cold JVM
 * (about 13 s) with every class loaded unshared (about 4 s more).
 * <p>
 * Only when the copy is what that start would have written: with the same build of Lantoa and MariaDB; with the demo
 * and the embedded database and S3; at the same base URL (the mail the demo queues links to it); and on the day the
 * demo was written, in Vietnam, for the demo is dated from its day (today's hotline calls, questions due today, this
 * month's reports). Any other first start writes the demo as before. Mail the demo queued is not sent by the build's
 * run: the first start sends it, and it lands in that start's outbox.
 */
final class PreparedFirstStart {

    static final String FOLDER = "first-start";
    /** The default run's address: the one the prepared demo's links point to. */
    static final String BASE_URL = "http://localhost:8080";
    /** Set by the build on the launcher it runs: start, write the demo, stop. */
    static final String EXIT_AFTER_START = "LANTOA_EXIT_AFTER_START";
    /** In a data folder while the copy runs: a copy cut short is removed, not taken for a database. */
    private static final String COPYING = "first-start.copying";
    /**
     * What the copy takes from the prepared folder: the secrets and scratch files of the build's run stay behind, and its
     * class archive is mapped from where it is ({@link #archives}).
     */
    private static final List<String> COPIED = List.of("s3");
    private static final String DATABASE = "mariadb/data";
    /** The environment of the build's run: everything that would point it at other servers or change its demo. */
    private static final List<String> NOT_PASSED = List.of("LANTOA_JAVA_OPTS", "JDK_JAVA_OPTIONS", "DATASOURCE_URL", "S3_ENDPOINT",
            "S3_BUCKET", "SMTP_HOST", "LANTOA_DEMO", "LANTOA_CLEAN", "LANTOA_FORK", "LANTOA_CDS", "LANTOA_PORT", "LANTOA_BASE_URL");

    private PreparedFirstStart() {
    }

    /** Build time: {@code PreparedFirstStart <target folder>}, after the launcher's jar and its lib folder are made. */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]).toAbsolutePath();
        Path jar = target.resolve("lantoa-launcher.jar");
        Path folder = target.resolve(FOLDER);
        Clock clock = Clock.systemUTC();
        String wanted = stamp(jar, today(clock), BASE_URL);
        if (BuildOutput.stamp(folder).filter(wanted::equals).isPresent()) {
            System.out.println("Prepared first start up to date: " + folder);
            return;
        }
        long started = System.nanoTime();
        Folders.delete(folder);
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        ProcessBuilder run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .directory(target.toFile()).redirectErrorStream(true).redirectOutput(folder.resolve("run.log").toFile());
        Map<String, String> environment = run.environment();
        NOT_PASSED.forEach(environment::remove);
        environment.put("LANTOA_DATA_DIR", data.toString());
        environment.put("LANTOA_PORT", String.valueOf(FreePort.find()));
        environment.put("LANTOA_BASE_URL", BASE_URL);
        environment.put(EXIT_AFTER_START, "true");
        Process launcher = run.start();
        if (!launcher.waitFor(10, TimeUnit.MINUTES)) {
            launcher.destroyForcibly();
            throw new IllegalStateException("The launcher did not stop within 10 minutes of writing the demo");
        }
        if (launcher.exitValue() != 0) {
            List<String> log = Files.readAllLines(folder.resolve("run.log"), StandardCharsets.UTF_8);
            log.subList(Math.max(0, log.size() - 40), log.size()).forEach(System.err::println);
            throw new IllegalStateException("The launcher that writes the demo ended with " + launcher.exitValue() + ": " + folder.resolve("run.log"));
        }
        // Its MariaDB stops in the launcher's shutdown hook; a copy must never be made of a running server's files.
        EmbeddedMariaDb.stopLeftBehind(data.resolve(DATABASE));
        BuildOutput.writeStamp(folder, wanted);
        System.out.printf("Prepared first start in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000, data);
    }

    /**
     * At the start of a data folder whose database is empty: when the folder prepared next to this launcher's jar is
     * what this start would write (see the class comment), copies its stored files and returns its database, for
     * {@link EmbeddedMariaDb#start} to copy while Lantoa starts; {@link #finished} once it has.
     */
    static Optional<Path> begin(Path dataDir, Clock clock, String baseUrl) throws IOException {
        Optional<Path> jar = BuildOutput.launcherJar();
        // A restart, the usual case, is told apart before the stamp (150 jars to look at) is worked out.
        if (jar.isEmpty() || !Files.exists(dataDir.resolve(COPYING)) && Files.exists(dataDir.resolve(DATABASE).resolve("mysql"))) {
            return Optional.empty();
        }
        return begin(jar.get().resolveSibling(FOLDER), stamp(jar.get(), today(clock), baseUrl), dataDir);
    }

    /**
     * The day in Vietnam, for the demo is dated from its day (made here, not in a constant: loading the time-zone rules
     * cost every start's launcher about 0.1 s, and only a first start needs them).
     */
    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    static Optional<Path> begin(Path folder, String wanted, Path dataDir) throws IOException {
        Path database = dataDir.resolve(DATABASE);
        Path marker = dataDir.resolve(COPYING);
        if (Files.exists(marker)) {
            // A copy was cut short: what it wrote is removed, whatever this start does next.
            Folders.delete(database);
            for (String name : COPIED) {
                Folders.delete(dataDir.resolve(name));
            }
            Files.delete(marker);
        }
        Path prepared = folder.resolve("data").resolve(DATABASE);
        if (Files.exists(database.resolve("mysql")) || !Files.isDirectory(prepared.resolve("mysql"))
                || BuildOutput.stamp(folder).filter(wanted::equals).isEmpty()) {
            return Optional.empty();
        }
        Files.createDirectories(dataDir);
        Files.writeString(marker, folder.toString(), StandardCharsets.UTF_8);
        for (String name : COPIED) {
            Path from = folder.resolve("data").resolve(name);
            if (Files.isDirectory(from)) {
                Folders.copy(from, dataDir.resolve(name));
            }
        }
        return Optional.of(prepared);
    }

    /** The prepared database is in place (MariaDB started on it): the copy is whole. */
    static void finished(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(COPYING));
    }

    /**
     * The folder of the class archive the build's run wrote, once that run ended well: named by the class path, JDK and
     * flags it fits ({@link ChildJvm#fingerprint}), it serves any start of this launcher, whatever its data folder or day.
     */
    static Optional<Path> archives() {
        return BuildOutput.launcherJar().map(jar -> jar.resolveSibling(FOLDER)).filter(BuildOutput::stamped)
                .map(folder -> folder.resolve("data").resolve("cache"));
    }

    /** The build of Lantoa and MariaDB (the jar and every jar in its lib folder: path, size, time), the day and the address. */
    static String stamp(Path jar, LocalDate day, String baseUrl) throws IOException {
        StringBuilder build = new StringBuilder(EmbeddedMariaDb.version()).append('\n');
        BuildOutput.describeJar(build, jar);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(build.toString().getBytes(StandardCharsets.UTF_8));
            return "day " + day + "\nbase-url " + baseUrl + "\nbuild " + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
