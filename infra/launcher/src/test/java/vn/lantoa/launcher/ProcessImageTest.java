package vn.lantoa.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessImageTest {

    /** Prints its pid, then becomes a shell that prints its own pid and the environment it was given. */
    public static void main(String[] args) {
        System.out.println(ProcessHandle.current().pid());
        ProcessImage.preload();
        IOException refused = ProcessImage.replaceWith(List.of("/bin/sh", "-c", "echo $$; echo $LANTOA_PROBE"),
                Map.of("LANTOA_PROBE", "given", "PATH", "/usr/bin:/bin"));
        System.out.println("refused: " + refused.getMessage());
    }

    @Test
    void theJvmBecomesTheProgramInTheSameProcessWithTheEnvironmentGiven() throws Exception {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ProcessImageTest.class.getName())
                .redirectErrorStream(true).start();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).isEqualTo(lines.get(0)).isEqualTo(String.valueOf(probe.pid()));
        assertThat(lines.get(2)).isEqualTo("given");
    }
}
