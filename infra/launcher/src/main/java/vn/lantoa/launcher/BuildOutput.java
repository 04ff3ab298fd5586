package vn.lantoa.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

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
        Path partial = folder.resolve(STAMP + ".partial");
        Files.writeString(partial, stamp, StandardCharsets.UTF_8);
        Files.move(partial, folder.resolve(STAMP), StandardCopyOption.ATOMIC_MOVE);
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
