package vn.lantoa.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Makes the server end with the process that started it. A tiny shell waits on a pipe from this JVM; the pipe closes
 * when the JVM ends, however it ends (kill -9 too: the kernel closes its files), and the shell then sends the server
 * SIGTERM, a clean shutdown. Java cannot ask the kernel to signal a child on its parent's death (PR_SET_PDEATHSIG),
 * and the server does not read its standard input, so this is the smallest thing that works. A normal stop ends the
 * watchdog first. Where there is no /bin/sh the next start still stops a server left behind ({@link LeftBehindServer}).
 */
final class ServerWatchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerWatchdog.class);
    // $1: the server's pid, $2: its --datadir argument. The check of /proc (Linux) guards against a reused pid.
    private static final String SCRIPT = "read line; "
            + "if [ -r \"/proc/$1/cmdline\" ] && ! grep -qF -- \"$2\" \"/proc/$1/cmdline\"; then exit 0; fi; "
            + "kill -TERM \"$1\" 2>/dev/null";

    private final Process process;

    private ServerWatchdog(Process process) {
        this.process = process;
    }

    /** Null when no shell could be started; the server then runs without a watchdog. */
    static ServerWatchdog start(ProcessHandle server, Path dataDir) {
        try {
            Process process = new ProcessBuilder("/bin/sh", "-c", SCRIPT, "lantoa-mariadb-watchdog", String.valueOf(server.pid()),
                    "--datadir=" + dataDir.toFile().getCanonicalPath())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new ServerWatchdog(process);
        } catch (IOException e) {
            LOG.warn("No watchdog for MariaDB (pid {}): {}", server.pid(), e.getMessage());
            return null;
        }
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
    }
}
