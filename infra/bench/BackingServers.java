import vn.lantoa.embedded.EmbeddedMariaDb;
import vn.lantoa.embedded.EmbeddedS3;

import java.nio.file.Path;

/**
 * The already running MariaDB and S3 server that infra/bench/startup-production.sh starts the production jar
 * against: the embedded stand-ins of infra/embedded in a JVM of their own, started once. Run as a source file with
 * the launcher's libraries on the class path; prints "ready" once both answer, and stops MariaDB on SIGTERM (its
 * shutdown hook).
 * Arguments: folder, MariaDB port, S3 port, S3 access key, S3 secret key.
 */
public class BackingServers {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        EmbeddedMariaDb.start(EmbeddedMariaDb.binaries(folder.resolve("mariadb/base")), folder.resolve("mariadb/data"), Integer.parseInt(args[1]));
        EmbeddedS3.start(folder.resolve("s3"), "lantoa", args[3], args[4], Integer.parseInt(args[2]));
        System.out.println("ready");
        Thread.currentThread().join();
    }
}
