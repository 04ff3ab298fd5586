package vn.lantoa.launcher;

import com.sun.jna.Pointer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings the class archives' pages into Lantoa's JVM in one call each, before Lantoa's classes load.
 * <p>
 * The JVM maps its class-data-sharing archives privately and writes into their read-write part as each class loads
 * (its mirror, its package, its linked methods). Page by page, each first write is a copy-on-write fault, and in a
 * virtual machine each such fault also flushes the other core's TLB. A warm start writes nearly all of Lantoa's
 * archive that way (58 of its 59 MB read-write part: about 15,000 faults), which took 0.3-0.5 s of the start's own
 * thread. {@code madvise(MADV_POPULATE_WRITE)} (Linux 5.14 and later) makes the same copies in one call, about 60 ms;
 * {@code MADV_POPULATE_READ} maps the read-only part, which is in the page cache already. Nearly every page would have
 * been copied or mapped anyway, so the resident size grows by only the rest, about 2 MB.
 * <p>
 * Where the system has no such advice (an older kernel, another system), nothing happens and the start is as before.
 * Measured with infra/bench/startup.sh: see README, Performance.
 */
final class ArchivePrefault {

    static final int MADV_POPULATE_READ = 22;
    static final int MADV_POPULATE_WRITE = 23;

    private ArchivePrefault() {
    }

    /** One mapping of an archive, from /proc/self/maps. */
    record Mapping(long start, long end, boolean writable) {

        long length() {
            return end - start;
        }
    }

    /** In Lantoa's JVM, first: populates every archive mapping; returns how many were (0 where it cannot). */
    static int populate(Path maps) {
        try {
            if (!Files.isReadable(maps)) {
                return 0;
            }
            List<Mapping> mappings = archiveMappings(Files.readAllLines(maps, StandardCharsets.UTF_8));
            int populated = 0;
            for (Mapping mapping : mappings) {
                int advice = mapping.writable() ? MADV_POPULATE_WRITE : MADV_POPULATE_READ;
                if (LibC.get().madvise(new Pointer(mapping.start()), mapping.length(), advice) == 0) {
                    populated++;
                }
            }
            return populated;
        } catch (IOException | RuntimeException | LinkageError e) {
            // JNA could not load, or /proc said something unexpected: the JVM faults its pages in as before.
            return 0;
        }
    }

    /**
     * The mappings of .jsa files: the JDK's own archive and Lantoa's. The read-write ones are private file mappings
     * ("rw-p"); a shared one would be written through to the file, so only private ones are populated for writing.
     */
    static List<Mapping> archiveMappings(List<String> maps) {
        List<Mapping> found = new ArrayList<>();
        for (String line : maps) {
            // address perms offset dev inode path
            String[] fields = line.strip().split("\\s+", 6);
            if (fields.length < 6 || !fields[5].endsWith(".jsa") || !fields[1].startsWith("r") || fields[1].charAt(3) != 'p') {
                continue;
            }
            String[] range = fields[0].split("-");
            found.add(new Mapping(Long.parseUnsignedLong(range[0], 16), Long.parseUnsignedLong(range[1], 16), fields[1].charAt(1) == 'w'));
        }
        return found;
    }
}
