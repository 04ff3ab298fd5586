package vn.lantoa.launcher;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The C library functions the launcher calls through JNA: {@code execve} to become Lantoa's JVM ({@link ProcessImage}),
 * {@code setpriority} to give the JIT's threads their priority back ({@link CompilerPriority}) and {@code madvise} to
 * bring in the class archive's pages at once ({@link ArchivePrefault}).
 */
interface LibC extends Library {

    /** JNA passes a String[] as the NULL-terminated char** it wants. */
    int execve(String path, String[] argv, String[] envp);

    /** On Linux, PRIO_PROCESS with a thread id sets that thread's nice value. */
    int setpriority(int which, int who, int prio);

    /** advice: MADV_POPULATE_READ (22) or MADV_POPULATE_WRITE (23), Linux 5.14 and later; 0, or -1 with errno. */
    int madvise(Pointer address, long length, int advice);

    /** Loaded on first use, by whichever thread comes first (the JVM makes the others wait for it). */
    static LibC get() {
        return Loaded.LIBC;
    }

    /**
     * From the symbols the process already has (null: dlopen of the process itself, which the java launcher linked to
     * libc), not by the name "c", for which JNA searches the library paths for a libc.so it can open (glibc's is a
     * linker script, when installed at all) before it finds libc.so.6. For the same reason JNA is told not to fill its
     * search path from `/sbin/ldconfig -p`, a process it would start first (about 40 ms of the launcher's start).
     */
    final class Loaded {
        static final LibC LIBC;

        static {
            if (System.getProperty("jna.platform.library.path") == null) {
                System.setProperty("jna.platform.library.path", "");
            }
            LIBC = Native.load(null, LibC.class);
        }

        private Loaded() {
        }
    }
}
