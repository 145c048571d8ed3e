package id.okoce.adapter.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Who owns an embedded data directory: the process holding an exclusive lock on its
 * {@value #FILE} file (beside the PostgreSQL files, not among them), which also names that
 * process's PID. The operating system releases the lock
 * when its process ends, however it ends, so a lock that can be taken means no live service uses
 * the directory — whatever PostgreSQL server may still be running on it.
 */
final class DataDirectoryLock implements AutoCloseable {

    /** The lock file, inside the data directory. */
    static final String FILE = "okoce-service.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dataDirectory} for this process.
     *
     * @throws DatabaseUnavailableException naming the PID of the process that holds it
     */
    static DataDirectoryLock take(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                channel.close();
                throw held(dataDirectory, "this process (PID " + ProcessHandle.current().pid() + ")");
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.US_ASCII).strip();
                channel.close();
                throw held(dataDirectory, "another okoce process (PID " + (holder.isEmpty() ? "unknown" : holder)
                        + Postmaster.describe(holder) + ")");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(true);
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the data directory " + dataDirectory, e);
        }
    }

    private static DatabaseUnavailableException held(Path dataDirectory, String holder) {
        return new DatabaseUnavailableException("the embedded data directory " + dataDirectory + " (OKOCE_DATA_DIR) is in use by "
                + holder + "; stop that service or choose another --data-dir", null);
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the data directory lock", e);
        }
    }
}
