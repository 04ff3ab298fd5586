package vn.lantoa.launcher;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * What the launcher's build leaves next to its jar for starts to use ({@link PreparedDatabase},
 * {@link PreparedFirstStart}): where that is, and the stamp that says what a folder was made for. The stamp is written
 * last, under another name and renamed, so a folder cut short has none and is never used.
 */
final class BuildOutput {

    private static final String STAMP = "stamp";

    private BuildOutput() {
    }

    /** The launcher's jar, when Lantoa runs from it (not from the classes of a build or a test). */
    static Optional<Path> launcherJar() {
        try {
            Path code = Path.of(BuildOutput.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? Optional.of(code) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<String> stamp(Path folder) throws IOException {
        Path file = folder.resolve(STAMP);
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
    }

    static boolean stamped(Path folder) {
        return Files.isRegularFile(folder.resolve(STAMP));
    }

    static void writeStamp(Path folder, String stamp) throws IOException {
        writeWhole(folder.resolve(STAMP), stamp);
    }

    /** Written under another name and renamed: a reader finds the whole file or none. */
    static void writeWhole(Path file, String text) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A class path's entries (path, size, time), each jar with every jar in the lib folder beside it: what the class
     * archive's name ({@link ChildJvm#fingerprint}) and the service index ({@link ServiceIndex}) are made for.
     */
    static String describeClassPath(String classPath) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath().normalize();
            if (entry.endsWith(".jar")) {
                describeJar(text, path);
            } else {
                describeFile(text, path);
            }
        }
        return text.toString();
    }

    /**
     * A name for a text, not a signature (what it names is checked by other means), and on every start's path: two
     * cheap checksums rather than SHA-256, whose provider lookup alone cost 0.1-0.2 s of the launcher's JVM.
     */
    static String checksum(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return Long.toHexString(crc.getValue() << 32 | Integer.toUnsignedLong(Arrays.hashCode(bytes)));
    }

    /** A jar and every jar in the lib folder beside it (path, size, time), one line each: a new build changes some. */
    static void describeJar(StringBuilder text, Path jar) throws IOException {
        describeFile(text, jar);
        Path lib = jar.resolveSibling("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                for (Path file : jars.sorted().toList()) {
                    describeFile(text, file);
                }
            }
        }
    }

    static void describeFile(StringBuilder text, Path file) throws IOException {
        text.append(file);
        if (Files.exists(file)) {
            text.append(' ').append(Files.size(file)).append(' ').append(Files.getLastModifiedTime(file).toMillis());
        }
        text.append('\n');
    }
}
