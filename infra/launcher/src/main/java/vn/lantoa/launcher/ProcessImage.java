package vn.lantoa.launcher;

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

    private ProcessImage() {
    }

    /**
     * Starts loading JNA and libc on another thread (about 150 ms: JNA unpacks its own native library first), so that
     * it is done by the time the command is ready.
     */
    static void preload() {
        Thread loader = new Thread(() -> {
            try {
                LibC.get();
            } catch (LinkageError | RuntimeException e) {
                // replaceWith reports it, and the launcher starts a child instead.
            }
        }, "lantoa-libc-load");
        loader.setDaemon(true);
        loader.start();
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
            LibC.get().execve(argv[0], argv, envp);
            return new IOException("execve " + argv[0] + " failed, errno " + Native.getLastError());
        } catch (LinkageError | RuntimeException e) {
            return new IOException("execve is not available here: " + e.getMessage(), e);
        }
    }
}
