package vn.lantoa.embedded;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** At the JVM's exit, what uses the database stops first and the server after it, not both at once. */
class StopOrderTest {

    private Path root;
    private Path dataDir;

    @BeforeEach
    void folders() throws IOException {
        root = TestFolders.outsideTmp("stop-order");
        dataDir = root.resolve("mariadb").resolve("data");
    }

    @AfterEach
    void cleanUp() throws IOException {
        EmbeddedMariaDb.stopLeftBehind(dataDir);
        Folders.delete(root);
    }

    @Test
    void theActionGivenForTheExitRunsWhileTheServerStillAnswersAndTheServerStopsAfterIt() throws Exception {
        Path baseDir = EmbeddedMariaDb.binaries(root.resolve("base"));
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), StopOrderProbe.class.getName(),
                baseDir.toString(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(probe.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).contains("BEFORE STOP 42");
        long server = lines.stream().filter(l -> l.startsWith("SERVER ")).mapToLong(l -> Long.parseLong(l.substring(7))).findFirst().orElseThrow();
        assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }
}
