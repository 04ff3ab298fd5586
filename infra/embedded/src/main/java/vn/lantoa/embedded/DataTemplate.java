package vn.lantoa.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies a data folder that a MariaDB of the same version left after a clean stop (the launcher's, made when it is
 * built, with the schema already migrated) into an empty one: a first start then skips installing the system tables
 * and running every migration. The system schema ({@code mysql}) is copied last, under another name, and renamed:
 * until it is there the folder counts as empty, so a copy cut short is made again rather than used.
 */
final class DataTemplate {

    private static final String SYSTEM = "mysql";
    private static final String PARTIAL = "mysql.copying";

    private DataTemplate() {
    }

    static void copy(Path template, Path dataDir) throws IOException {
        if (!Files.isDirectory(template.resolve(SYSTEM))) {
            throw new IOException(template + " is not a MariaDB data folder");
        }
        Files.createDirectories(dataDir);
        Folders.delete(dataDir.resolve(PARTIAL));
        List<Path> entries;
        try (Stream<Path> list = Files.list(template)) {
            entries = list.filter(p -> !p.getFileName().toString().equals(SYSTEM)).toList();
        }
        for (Path entry : entries) {
            Folders.copy(entry, dataDir.resolve(entry.getFileName().toString()));
        }
        Folders.copy(template.resolve(SYSTEM), dataDir.resolve(PARTIAL));
        Files.move(dataDir.resolve(PARTIAL), dataDir.resolve(SYSTEM), StandardCopyOption.ATOMIC_MOVE);
    }
}
