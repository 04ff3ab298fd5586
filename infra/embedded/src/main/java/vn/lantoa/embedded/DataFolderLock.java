package vn.lantoa.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Says which process owns a MariaDB data folder: a lock on a file next to it, which the operating system lets go when
 * the process ends, however it ends (kill -9, the OOM killer). Holding it, a launcher knows that a server still running
 * on that folder was left behind by a launcher that is gone, not started by one that is still at work.
 */
final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path dataDir) throws IOException {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String owner = readOwner(channel);
            channel.close();
            throw new IllegalStateException("The data folder " + dataDir + " is in use by another running process"
                    + (owner.isEmpty() ? "" : " (pid " + owner + ")") + "; stop it first, or choose another LANTOA_DATA_DIR.");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
        return new DataFolderLock(channel, lock);
    }

    private static String readOwner(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The lock goes with the process anyway.
        }
    }
}
