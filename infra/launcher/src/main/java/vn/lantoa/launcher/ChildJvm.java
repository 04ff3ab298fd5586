package vn.lantoa.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs Lantoa in a JVM with flags a plain {@code java -jar} cannot give it: a heap sized for the default run
 * rather than a quarter of the machine, the serial collector (the least memory per heap on a small heap), and a
 * class-data-sharing archive of Lantoa's own classes, written when the first run ends and mapped by every later
 * one (fewer classes to load and verify at start).
 * <p>
 * The launcher's JVM becomes that JVM ({@link ProcessImage}: same pid, signals and terminal). Where it cannot, it
 * starts it as a child and only waits: Ctrl+C reaches both (one process group); a SIGTERM to the launcher is passed
 * on; if the launcher is killed outright, the child reads the end of its standard input and stops itself (and with
 * it MariaDB). LANTOA_EXEC=false chooses the child.
 * {@code java -Xmx2g -jar ...} and LANTOA_JAVA_OPTS come after the defaults, so they win; LANTOA_FORK=false runs
 * everything in this JVM as before.
 */
final class ChildJvm {

    /** Set on the child: it is the one that runs Lantoa. */
    static final String CHILD = "lantoa.launcher.child";
    /** The launcher became Lantoa's JVM: there is no parent to watch. */
    static final String EXEC = "exec";
    /** Lantoa's JVM is a child whose standard input is a pipe from the launcher. */
    static final String PIPE = "pipe";
    /** When the launcher's JVM started (epoch ms), for the banner's start-up time. */
    static final String STARTED = "lantoa.launcher.started";
    /** The archive's name carries this so an archive from another build or JDK is never mapped. */
    private static final String ARCHIVE_PREFIX = "lantoa-classes-";
    private static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";
    private static final Path TRANSPARENT_HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private ChildJvm() {
    }

    static boolean wanted() {
        return System.getProperty(CHILD) == null && !"false".equalsIgnoreCase(System.getenv("LANTOA_FORK"));
    }

    /**
     * Becomes the JVM that runs Lantoa (execve: same process, nothing returns); where the system cannot do that,
     * starts it as a child, waits for it and returns its exit code.
     */
    static int run(String[] args, Path dataDir) throws IOException, InterruptedException {
        boolean exec = !"false".equalsIgnoreCase(System.getenv("LANTOA_EXEC"));
        if (exec) {
            ProcessImage.preload();
        }
        Map<String, String> environment = new HashMap<>(System.getenv());
        // glibc gives threads that allocate at once their own 64 MB malloc arenas, up to 8 per core, whose pages stay
        // resident; Java objects live in the heap, not in malloc, so two arenas are enough (MariaDB inherits it).
        environment.putIfAbsent("MALLOC_ARENA_MAX", "2");
        if (exec) {
            IOException refused = ProcessImage.replaceWith(command(args, dataDir, EXEC), environment);
            System.err.println("Lantoa chạy trong một JVM con (" + refused.getMessage() + ")");
        }
        List<String> command = command(args, dataDir, PIPE);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process child = builder
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
            }
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lantoa-child-stop"));
        return child.waitFor();
    }

    /** In the child: when the launcher that started it is gone (its pipe closes), stop. */
    static void exitWithParent() {
        if (!PIPE.equals(System.getProperty(CHILD))) {
            return;
        }
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // Nothing is ever written; the read ends when the launcher does.
                }
            } catch (IOException e) {
                // The pipe is gone either way.
            }
            System.exit(0);
        }, "lantoa-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    static List<String> command(String[] args, Path dataDir, String mode) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> given = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        String extra = System.getenv("LANTOA_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            given.addAll(List.of(extra.strip().split("\\s+")));
        }
        command.addAll(defaults(given));
        command.addAll(CompilerPriority.flags(given, Path.of("/proc/self/status")));
        // Described once (about 450 files looked at), for the class archive's name and the service index's check.
        String classPath = BuildOutput.describeClassPath(System.getProperty("java.class.path"));
        command.addAll(classSharing(dataDir, given, PreparedFirstStart.archives(), classPath));
        command.addAll(given);
        ServiceIndex.flag(BuildOutput.launcherJar(), classPath).ifPresent(command::add);
        command.add("-D" + CHILD + "=" + mode);
        command.add("-D" + STARTED + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
        command.add("-cp");
        command.add(absoluteClassPath());
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The class archive records the class path it was written with, and the JVM maps it only for the same one: written
     * absolute, the class path is the same whatever folder the launcher was started from (the build's run, for one).
     */
    static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * Measured with infra/bench/site.sh: see README, Performance. A collector chosen by the user replaces ours (the
     * JVM refuses two).
     */
    static List<String> defaults(List<String> given) {
        return defaults(given, Runtime.getRuntime().availableProcessors());
    }

    static List<String> defaults(List<String> given, int processors) {
        List<String> flags = new ArrayList<>();
        if (given.stream().noneMatch(f -> f.startsWith("-XX:+Use") && f.endsWith("GC"))) {
            flags.add("-XX:+UseSerialGC");
        }
        flags.add("-Xms192m");
        flags.add("-Xmx192m");
        // Lantoa's classes take about 125 MB of metaspace; from the default threshold (21 MB) up, each step of its
        // growth during start-up cost a full collection of the heap.
        flags.add("-XX:MetaspaceSize=160m");
        flags.add("-XX:MaxMetaspaceSize=256m");
        flags.add("-XX:ReservedCodeCacheSize=64m");
        if (trimsNativeHeap(Runtime.version())) {
            // The JIT's scratch memory is malloc'd and freed per compilation, and glibc keeps what was freed: 20-40 MB
            // under load. Handed back to the system every 5 s (a JVM older than 17.0.9 has no such flag and refuses it).
            flags.add("-XX:TrimNativeHeapInterval=5000");
        }
        if (processors == 2 && given.stream().noneMatch(f -> f.contains(COMMON_POOL_PARALLELISM))) {
            // The common pool has a thread less than the machine has cores (one is left to the thread that hands it work):
            // on 2 cores one, so Micronaut makes its bean definitions and introspections one by one while the start's
            // own thread waits for them. With two, both cores make them (four alternating pairs: 0.1-0.3 s sooner).
            flags.add("-D" + COMMON_POOL_PARALLELISM + "=2");
        }
        if (given.stream().noneMatch(f -> f.contains("TransparentHugePages")) && hugePagesOnRequest(TRANSPARENT_HUGE_PAGES)) {
            // The heap is touched page by page as it fills; in 4 KB pages the faults cost the start-up's two young
            // collections about 0.1 s (in a VM each fault also flushes the other core's TLB). In 2 MB pages there are
            // 512 times fewer; the heap's size is fixed (-Xms = -Xmx), so its resident size ends the same.
            flags.add("-XX:+UseTransparentHugePages");
        }
        return flags;
    }

    /**
     * Linux gives a process huge pages where it asks for them ("[madvise]", Debian's default): the JVM asks only with
     * -XX:+UseTransparentHugePages, a flag that exists only on Linux. With "[always]" it gets them unasked; with
     * "[never]", or no such file, not at all.
     */
    static boolean hugePagesOnRequest(Path setting) {
        try {
            return Files.isReadable(setting) && Files.readString(setting, StandardCharsets.US_ASCII).contains("[madvise]");
        } catch (IOException e) {
            return false;
        }
    }

    /** -XX:TrimNativeHeapInterval exists from JDK 17.0.9 and in 21 and later (not in 18 to 20). */
    static boolean trimsNativeHeap(Runtime.Version version) {
        return version.feature() >= 21 || version.feature() == 17 && version.update() >= 9;
    }

    /**
     * -XX:SharedArchiveFile when an archive for exactly this class path and JDK exists, in the data folder or among
     * those the build wrote ({@link PreparedFirstStart}: mapped from there, not copied), otherwise
     * -XX:ArchiveClassesAtExit to write one when this run ends. None when the user chose their own.
     */
    static List<String> classSharing(Path dataDir, List<String> given, Optional<Path> built, String classPath) throws IOException {
        if (given.stream().anyMatch(f -> f.startsWith("-Xshare") || f.contains("SharedArchiveFile") || f.contains("ArchiveClassesAtExit"))
                || "false".equalsIgnoreCase(System.getenv("LANTOA_CDS"))) {
            return List.of();
        }
        Path cache = Files.createDirectories(dataDir.resolve("cache"));
        String name = ARCHIVE_PREFIX + fingerprint(given, classPath) + ".jsa";
        Path archive = cache.resolve(name);
        if (!Files.isRegularFile(archive) && built.isPresent() && Files.isRegularFile(built.get().resolve(name))) {
            archive = built.get().resolve(name);
        }
        if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
            // Debian's JDK 17 maps archives at a random address by default and then relocates every pointer in them,
            // which costs more than the archive saves; at its own address it maps in milliseconds.
            return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        try (Stream<Path> old = Files.list(cache)) {
            old.filter(p -> p.getFileName().toString().startsWith(ARCHIVE_PREFIX)).forEach(p -> p.toFile().delete());
        }
        return List.of("-XX:ArchiveClassesAtExit=" + cache.resolve(name), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** The JDK, the class path's jars (name, size, time) and the user's flags: any change makes a new archive. */
    static String fingerprint(List<String> given, String classPath) {
        return BuildOutput.checksum(System.getProperty("java.home") + '\n' + System.getProperty("java.vm.version") + '\n'
                + String.join(" ", given) + '\n' + classPath);
    }
}
