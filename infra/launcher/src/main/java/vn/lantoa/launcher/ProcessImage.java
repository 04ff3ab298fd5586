package vn.lantoa.launcher;

import com.sun.jna.Library;
import com.sun.jna.Native;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Replaces this process with another program, as a shell's {@code exec} does (POSIX {@code execve}, called through
 * JNA): same pid, same terminal, same signals, and nothing left behind. The launcher uses it to become the JVM that
 * runs Lantoa with its own flags, instead of keeping a second JVM (40-45 MB resident) only to wait for it.
 */
final class ProcessImage {

    private static final String NO_SEARCH_PATH = "jna.platform.library.path";

    private ProcessImage() {
    }

    /** libc's execve; JNA passes a String[] as the NULL-terminated char** it wants. */
    interface LibC extends Library {
        int execve(String path, String[] argv, String[] envp);
    }

    /**
     * Loaded once, by whichever thread comes first (the JVM makes the others wait for it). From the symbols the process
     * already has (null: dlopen of the process itself, which the java launcher linked to libc), not by the name "c",
     * for which JNA searches the library paths for a libc.so it can open (glibc's is a linker script, when installed at
     * all) before it finds libc.so.6.
     */
    private static final class Loaded {
        static final LibC LIBC = Native.load(null, LibC.class);
    }

    /**
     * Starts loading JNA and libc on another thread (about 150 ms: JNA unpacks its own native library first), so that
     * it is done by the time the command is ready.
     */
    static void preload() {
        skipLibrarySearch();
        Thread loader = new Thread(() -> {
            try {
                Loaded.LIBC.hashCode();
            } catch (LinkageError | RuntimeException e) {
                // replaceWith reports it, and the launcher starts a child instead.
            }
        }, "lantoa-libc-load");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * JNA fills its library search path from `/sbin/ldconfig -p`, a process it starts, unless this is set; the process's
     * own symbols, all the launcher asks for, need no search (about 40 ms less before the launcher becomes Lantoa's JVM).
     */
    static void skipLibrarySearch() {
        if (System.getProperty(NO_SEARCH_PATH) == null) {
            System.setProperty(NO_SEARCH_PATH, "");
        }
    }

    /**
     * Returns only when the system refused (no libc through JNA, as on Windows, or execve failed); the caller then
     * starts the program as a child instead.
     */
    static IOException replaceWith(List<String> command, Map<String, String> environment) {
        String[] argv = command.toArray(String[]::new);
        String[] envp = environment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        System.out.flush();
        System.err.flush();
        try {
            Loaded.LIBC.execve(argv[0], argv, envp);
            return new IOException("execve " + argv[0] + " failed, errno " + Native.getLastError());
        } catch (LinkageError | RuntimeException e) {
            return new IOException("execve is not available here: " + e.getMessage(), e);
        }
    }
}
