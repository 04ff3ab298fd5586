import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where Lantoa's CPU went during a JFR recording (jdk.ExecutionSample): the share of samples by the library running on
 * top of the stack, the hottest methods, and the share of samples under each of Lantoa's own methods (inclusive).
 * Usage: java JfrTop.java recording.jfr [rows]
 */
public class JfrTop {

    static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("com.mysql.", "MySQL Connector/J (JDBC driver)");
        LIBRARIES.put("com.zaxxer.hikari.", "HikariCP");
        LIBRARIES.put("io.micronaut.data.", "Micronaut Data");
        LIBRARIES.put("io.micronaut.serde.", "Micronaut Serde (JSON)");
        LIBRARIES.put("com.fasterxml.jackson.", "Jackson (JSON)");
        LIBRARIES.put("io.micronaut.security.", "Micronaut Security (JWT)");
        LIBRARIES.put("com.nimbusds.", "Nimbus JOSE (JWT)");
        LIBRARIES.put("io.micronaut.http.", "Micronaut HTTP");
        LIBRARIES.put("io.micronaut.", "Micronaut (other)");
        LIBRARIES.put("io.netty.", "Netty");
        LIBRARIES.put("ch.qos.logback.", "Logback (logging)");
        LIBRARIES.put("org.slf4j.", "Logback (logging)");
        LIBRARIES.put("gg.jte.", "JTE (templates)");
        LIBRARIES.put("vn.lantoa.", "Lantoa's own code");
        LIBRARIES.put("reactor.", "Reactor (Micronaut HTTP)");
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Map<String, Integer> byLibrary = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int total = 0;
        int gcs = 0;
        double pauses = 0;
        java.time.Instant first = null;
        java.time.Instant last = null;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            first = first == null || e.getStartTime().isBefore(first) ? e.getStartTime() : first;
            last = last == null || e.getEndTime().isAfter(last) ? e.getEndTime() : last;
            if (e.getEventType().getName().equals("jdk.GarbageCollection")) {
                gcs++;
                pauses += e.getDuration("sumOfPauses").toNanos() / 1e6;
                continue;
            }
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = st.getFrames();
            // The benchmark's own sign-in (one bcrypt hash) is not the work measured.
            if (frames.stream().anyMatch(f -> name(f).startsWith("vn.lantoa.people.SignIn."))) {
                continue;
            }
            total++;
            String top = name(frames.get(0));
            self.merge(top, 1, Integer::sum);
            // JDK code is charged to the library that called it (a HashMap lookup inside Micronaut is Micronaut's).
            String owner = null;
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (!(n.startsWith("java.") || n.startsWith("jdk.") || n.startsWith("sun.") || n.startsWith("com.sun."))) {
                    owner = n;
                    break;
                }
            }
            byLibrary.merge(owner == null ? "JDK (JIT, GC and other VM threads' Java code)" : library(owner), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (n.startsWith("vn.lantoa.") && seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                }
            }
        }
        double secs = first == null ? 0 : java.time.Duration.between(first, last).toMillis() / 1000.0;
        System.out.printf("  %d CPU samples of Lantoa's JVM over %.0f s (the benchmark's sign-in left out); %d garbage collections, %.0f ms of pauses%n",
                total, secs, gcs, pauses);
        System.out.println("  by library (JDK code charged to the library that called it):");
        print(byLibrary, total, rows);
        System.out.println("  hottest methods (self):");
        print(self, total, rows);
        System.out.println("  Lantoa's methods, share of samples at or below them (inclusive):");
        print(inclusive, total, rows);
    }

    static void print(Map<String, Integer> counts, int total, int rows) {
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(rows)
                .forEach(e -> System.out.printf("    %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }

    static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    static String library(String method) {
        for (Map.Entry<String, String> e : LIBRARIES.entrySet()) {
            if (method.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        String[] parts = method.split("\\.");
        return parts.length > 2 ? parts[0] + "." + parts[1] : method;
    }
}
