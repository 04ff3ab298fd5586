package vn.lantoa.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ArchivePrefaultTest {

    /**
     * In a JVM of its own, mapped with the JDK's class archive: prints each archive mapping's size, resident and
     * privately written kilobytes before and after {@link ArchivePrefault#populate}, and how many it populated.
     */
    public static void main(String[] args) throws IOException {
        List<String> before = archiveMemory();
        int populated = ArchivePrefault.populate(Path.of("/proc/self/maps"));
        System.out.println(populated);
        System.out.println(String.join(";", before));
        System.out.println(String.join(";", archiveMemory()));
    }

    /** "rw size rss dirty" per archive mapping, from /proc/self/smaps. */
    private static List<String> archiveMemory() throws IOException {
        List<String> found = new ArrayList<>();
        String current = null;
        long size = 0;
        long rss = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/smaps"), StandardCharsets.UTF_8)) {
            String[] fields = line.strip().split("\\s+");
            if (line.matches("^[0-9a-f]+-[0-9a-f]+ .*")) {
                current = fields.length >= 6 && fields[5].endsWith(".jsa") ? fields[1].substring(0, 2) : null;
            } else if (current != null && fields[0].equals("Size:")) {
                size = Long.parseLong(fields[1]);
            } else if (current != null && fields[0].equals("Rss:")) {
                rss = Long.parseLong(fields[1]);
            } else if (current != null && fields[0].equals("Private_Dirty:")) {
                found.add(current + " " + size + " " + rss + " " + fields[1]);
            }
        }
        return found;
    }

    @Test
    void onlyTheClassArchivesPrivateMappingsAreFound() {
        List<ArchivePrefault.Mapping> mappings = ArchivePrefault.archiveMappings(List.of(
                "800000000-800454000 rw-p 00001000 08:01 1311 /usr/lib/jvm/java-17-openjdk-amd64/lib/server/classes.jsa",
                "800454000-800bc7000 r--p 00455000 08:01 1311 /usr/lib/jvm/java-17-openjdk-amd64/lib/server/classes.jsa",
                "800bc7000-804580000 rw-p 00001000 08:01 2455 /srv/lantoa-data/cache/lantoa-classes-7508b9437448b03a.jsa",
                "7f0000000000-7f0000001000 rw-s 00000000 08:01 2455 /srv/shared.jsa",
                "7f19a3000000-7f19a3021000 rw-p 00000000 00:00 0 ",
                "7f19a4000000-7f19a4200000 r-xp 00000000 08:01 99 /usr/lib/jvm/java-17-openjdk-amd64/lib/server/libjvm.so",
                "7ffd5a000000-7ffd5a021000 rw-p 00000000 00:00 0                          [stack]"));

        assertThat(mappings).containsExactly(
                new ArchivePrefault.Mapping(0x800000000L, 0x800454000L, true),
                new ArchivePrefault.Mapping(0x800454000L, 0x800bc7000L, false),
                new ArchivePrefault.Mapping(0x800bc7000L, 0x804580000L, true));
    }

    @Test
    void aSystemWithoutProcMapsIsLeftAsItIs() {
        assertThat(ArchivePrefault.populate(Path.of("/no/such/proc/self/maps"))).isZero();
    }

    @Test
    void afterPopulatingEveryPageOfTheArchiveIsInTheJvmAndItsReadWritePartIsAlreadyCopied() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/smaps")) && linuxAtLeast(5, 14, System.getProperty("os.version")),
                "MADV_POPULATE_READ and _WRITE came with Linux 5.14");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), ArchivePrefaultTest.class.getName());
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assumeTrue(!lines.get(2).isEmpty(), "this JDK maps no class archive");

        List<String> after = List.of(lines.get(2).split(";"));
        assertThat(Integer.parseInt(lines.get(0))).isEqualTo(after.size());
        // The read-write part was only partly copied when the JVM started, and wholly after.
        assertThat(lines.get(1).split(";")).anySatisfy(before -> assertThat(dirty(before)).isLessThan(size(before)));
        for (String mapping : after) {
            String[] fields = mapping.split(" ");
            assertThat(Long.parseLong(fields[2])).as("resident: %s", mapping).isEqualTo(size(mapping));
            if (fields[0].equals("rw")) {
                assertThat(dirty(mapping)).as("copied: %s", mapping).isEqualTo(size(mapping));
            }
        }
    }

    @Test
    void theKernelVersionIsReadFromItsFirstTwoNumbers() {
        assertThat(linuxAtLeast(5, 14, "6.18.44-fc-v1272")).isTrue();
        assertThat(linuxAtLeast(5, 14, "5.14.0-362.el9.x86_64")).isTrue();
        assertThat(linuxAtLeast(5, 14, "5.10.0-28-amd64")).isFalse();
        assertThat(linuxAtLeast(5, 14, "4.19.0")).isFalse();
    }

    private static boolean linuxAtLeast(int major, int minor, String version) {
        String[] numbers = version.split("[^0-9]+");
        int theirMajor = Integer.parseInt(numbers[0]);
        return theirMajor > major || theirMajor == major && Integer.parseInt(numbers[1]) >= minor;
    }

    private static long size(String mapping) {
        return Long.parseLong(mapping.split(" ")[1]);
    }

    private static long dirty(String mapping) {
        return Long.parseLong(mapping.split(" ")[3]);
    }
}
