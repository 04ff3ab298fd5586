package vn.lantoa.launcher;

import org.flywaydb.core.Flyway;
import vn.lantoa.Application;
import vn.lantoa.embedded.EmbeddedMariaDb;
import vn.lantoa.embedded.Folders;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipFile;

/**
 * The database of a first start, made when the launcher is built (Maven runs {@link #main} in its package phase):
 * MariaDB's system tables installed and Lantoa's migrations applied, in a data folder next to the jar that a first
 * start copies instead of installing and migrating (about 6 s of a first start). Its stamp names the MariaDB version
 * and every migration it holds (name, size, checksum); a launcher whose migrations differ ignores it and installs and
 * migrates as before, and Flyway still checks the copy at start-up like any database.
 */
final class PreparedDatabase {

    static final String FOLDER = "mariadb-template";
    private static final String MIGRATIONS = "db/migration/";

    private PreparedDatabase() {
    }

    /** Build time: {@code PreparedDatabase <target folder>}; does nothing when the folder is up to date. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]).toAbsolutePath().resolve(FOLDER);
        String fingerprint = fingerprint();
        if (BuildOutput.stamp(folder).filter(fingerprint::equals).isPresent()) {
            System.out.println("Prepared database up to date: " + folder);
            return;
        }
        long started = System.nanoTime();
        Folders.delete(folder);
        Path data = folder.resolve("data");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(EmbeddedMariaDb.binaries(folder.resolve("base")), data, 0)) {
            Flyway.configure().dataSource(db.jdbcUrl("lantoa"), db.username(), db.password())
                    .locations("classpath:db/migration").load().migrate();
        }
        BuildOutput.writeStamp(folder, fingerprint);
        System.out.printf("Prepared database in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000, data);
    }

    /** At start-up: the prepared data folder next to this launcher's jar, when it was made for exactly its migrations. */
    static Optional<Path> find() {
        return BuildOutput.launcherJar().flatMap(jar -> find(jar.resolveSibling(FOLDER)));
    }

    /** The data folder prepared in {@code folder}, if its stamp names this launcher's MariaDB and migrations. */
    static Optional<Path> find(Path folder) {
        try {
            if (!Files.isDirectory(folder.resolve("data"))) {
                return Optional.empty();
            }
            String fingerprint = fingerprint();
            return BuildOutput.stamp(folder).filter(fingerprint::equals).map(s -> folder.resolve("data"));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The MariaDB version and Lantoa's migrations (SQL and Java), from the jar or folder Lantoa's classes come from. */
    static String fingerprint() throws IOException, URISyntaxException {
        List<String> lines = new ArrayList<>();
        lines.add(EmbeddedMariaDb.version());
        Path code = Path.of(Application.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(code)) {
            Path dir = code.resolve(MIGRATIONS);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        byte[] bytes = Files.readAllBytes(file);
                        CRC32 crc = new CRC32();
                        crc.update(bytes);
                        lines.add(MIGRATIONS + dir.relativize(file).toString().replace('\\', '/') + " " + bytes.length + " " + crc.getValue());
                    }
                }
            }
        } else {
            try (ZipFile jar = new ZipFile(code.toFile())) {
                jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(MIGRATIONS))
                        .map(e -> e.getName() + " " + e.getSize() + " " + e.getCrc()).forEach(lines::add);
            }
        }
        lines.subList(1, lines.size()).sort(Comparator.naturalOrder());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
