package vn.lantoa.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CompilerPriorityTest {

    @TempDir
    Path folder;

    /** Prints the nice values of this JVM's compiler threads, restores them, and prints them again. */
    public static void main(String[] args) throws IOException {
        System.out.println(String.join(" ", compilerNiceValues()));
        System.out.println(CompilerPriority.restore(Path.of("/proc/self/task")));
        System.out.println(String.join(" ", compilerNiceValues()));
    }

    private static List<String> compilerNiceValues() throws IOException {
        List<String> values = new ArrayList<>();
        try (Stream<Path> threads = Files.list(Path.of("/proc/self/task"))) {
            for (Path thread : threads.toList()) {
                if (Files.readString(thread.resolve("comm")).matches("C[12] CompilerThre.*\\s*")) {
                    String stat = Files.readString(thread.resolve("stat"));
                    // After the name in parentheses: state is field 3, nice field 19.
                    values.add(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
                }
            }
        }
        return values;
    }

    @Test
    void compilersStartLoweredOnlyWhereTheProcessMayRaiseThemAgain() throws IOException {
        Path status = folder.resolve("status");
        Files.writeString(status, "Name:\tjava\nCapEff:\t000001ffffffffff\n");
        assertThat(CompilerPriority.flags(List.of(), status)).containsExactly("-XX:ThreadPriorityPolicy=1",
                "-XX:CompilerThreadPriority=19", "-XX:-UseDynamicNumberOfCompilerThreads", "-D" + CompilerPriority.LOWERED + "=true");

        Files.writeString(status, "Name:\tjava\nCapEff:\t0000000000000000\n");
        assertThat(CompilerPriority.flags(List.of(), status)).isEmpty();
        assertThat(CompilerPriority.flags(List.of(), folder.resolve("no-such-file"))).isEmpty();
    }

    @Test
    void aPriorityTheUserChoseIsLeftAlone() throws IOException {
        Path status = folder.resolve("status");
        Files.writeString(status, "CapEff:\t000001ffffffffff\n");
        assertThat(CompilerPriority.flags(List.of("-XX:CompilerThreadPriority=5"), status)).isEmpty();
        assertThat(CompilerPriority.flags(List.of("-XX:+UseDynamicNumberOfCompilerThreads"), status)).isEmpty();
    }

    @Test
    void theCompilerThreadsOfAJvmStartedLoweredGoBackToNiceZero() throws Exception {
        Path self = Path.of("/proc/self/status");
        assumeTrue(CompilerPriority.maySetLowerNice(self), "needs CAP_SYS_NICE (root), as in CI");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(CompilerPriority.flags(List.of(), self));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CompilerPriorityTest.class.getName()));
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).split(" ")).hasSizeGreaterThanOrEqualTo(2).containsOnly("19");
        assertThat(lines.get(1)).isEqualTo("0");
        assertThat(lines.get(2).split(" ")).hasSizeGreaterThanOrEqualTo(2).containsOnly("0");
    }
}
