package vn.lantoa.launcher;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * While Lantoa starts, the JIT's two compiler threads run at nice 19, so the thread that starts Lantoa keeps a core:
 * on 2 cores they otherwise take half the CPU of a start (C2 alone about 2 s of 4), and the start's own thread waits
 * for a core. Two seconds after Lantoa serves they go back to nice 0, so a loaded instance warms up as before; the two
 * seconds are for the first requests, which otherwise shared the cores with the compilers' whole backlog.
 * <p>
 * Only where the process may lower a nice value again (CAP_SYS_NICE, as root): elsewhere the threads would stay behind
 * for good and pages would reach their speed later under load, so they are left alone. Measured with
 * infra/bench/startup.sh: see README, Performance.
 */
final class CompilerPriority {

    /** Set on Lantoa's JVM when its compiler threads start at {@link #STARTING_NICE}. */
    static final String LOWERED = "lantoa.launcher.compilers-lowered";
    static final int STARTING_NICE = 19;
    /**
     * Five alternating pairs of warm starts: the first page 0.1-1.4 s sooner with the two seconds than with the
     * compilers raised at once, in every pair (README, Performance).
     */
    static final Duration RESTORE_AFTER = Duration.ofSeconds(2);
    private static final int CAP_SYS_NICE = 23;
    private static final int PRIO_PROCESS = 0;

    private CompilerPriority() {
    }

    /** The JVM flags for a start with its compilers at {@link #STARTING_NICE}, or none. */
    static List<String> flags(List<String> given, Path procStatus) {
        if (given.stream().anyMatch(f -> f.contains("ThreadPriorityPolicy") || f.contains("CompilerThreadPriority")
                || f.contains("DynamicNumberOfCompilerThreads")) || !maySetLowerNice(procStatus)) {
            return List.of();
        }
        // Policy 1 makes the JVM set native priorities at all; every compiler thread is made at start-up, so each is
        // raised again when Lantoa is up (with a dynamic number, one made later would keep nice 19).
        return List.of("-XX:ThreadPriorityPolicy=1", "-XX:CompilerThreadPriority=" + STARTING_NICE,
                "-XX:-UseDynamicNumberOfCompilerThreads", "-D" + LOWERED + "=true");
    }

    /** CAP_SYS_NICE among the effective capabilities in /proc/self/status: Linux, and allowed to lower a nice value. */
    static boolean maySetLowerNice(Path procStatus) {
        try {
            if (!Files.isReadable(procStatus)) {
                return false;
            }
            for (String line : Files.readAllLines(procStatus, StandardCharsets.US_ASCII)) {
                if (line.startsWith("CapEff:")) {
                    return new BigInteger(line.substring("CapEff:".length()).strip(), 16).testBit(CAP_SYS_NICE);
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** In Lantoa's JVM once it serves: its compiler threads back to nice 0 {@link #RESTORE_AFTER} later. */
    static void restoreWhenLowered() {
        if (!Boolean.getBoolean(LOWERED)) {
            return;
        }
        Thread restorer = new Thread(() -> {
            try {
                Thread.sleep(RESTORE_AFTER.toMillis());
            } catch (InterruptedException e) {
                // The JVM is stopping: nothing left to compile for.
                return;
            }
            int left = restore(Path.of("/proc/self/task"));
            if (left > 0) {
                System.err.println("Không trả được mức ưu tiên bình thường cho " + left + " luồng biên dịch của JVM");
            }
        }, "lantoa-compiler-priority");
        restorer.setDaemon(true);
        restorer.start();
    }

    /** Sets every compiler thread of this JVM to nice 0; returns how many could not be. */
    static int restore(Path tasks) {
        int failed = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                if (isCompilerThread(thread) && LibC.get().setpriority(PRIO_PROCESS, Integer.parseInt(thread.getFileName().toString()), 0) != 0) {
                    failed++;
                }
            }
        } catch (IOException | LinkageError | RuntimeException e) {
            failed++;
        }
        return failed;
    }

    /** The JVM names them "C1 CompilerThread0" and "C2 CompilerThread0", cut to 15 characters by Linux. */
    private static boolean isCompilerThread(Path thread) {
        try {
            String name = Files.readString(thread.resolve("comm"), StandardCharsets.UTF_8);
            return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
        } catch (IOException e) {
            return false;
        }
    }
}
