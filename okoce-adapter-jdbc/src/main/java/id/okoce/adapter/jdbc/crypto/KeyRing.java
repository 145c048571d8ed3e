package id.okoce.adapter.jdbc.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The keys that protect NIKs: one hash key (HMAC-SHA256, never rotated) and numbered sealing keys
 * (AES-256), the highest of them current. Stored as one text file readable by its owner only:
 *
 * <pre>
 * hash-key=BASE64
 * key.1=BASE64
 * key.2=BASE64
 * </pre>
 *
 * @param hashKey the HMAC key
 * @param keys    the sealing keys by id (1–32767); the highest seals, every one opens
 */
public record KeyRing(byte[] hashKey, Map<Integer, byte[]> keys) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String HEADER = "# OK OCE Network keys. Keep this file secret and backed up with the database:\n"
            + "# without it no NIK stored can be read. Rotate with: okoce keys rotate\n";

    /** Checks the parts: a 32-byte hash key and at least one 32-byte sealing key. */
    public KeyRing {
        if (hashKey == null || hashKey.length != 32) {
            throw new IllegalArgumentException("the hash key must be 32 bytes");
        }
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("a key ring needs at least one sealing key");
        }
        keys.forEach((id, key) -> {
            if (id < 1 || id > Short.MAX_VALUE || key.length != 32) {
                throw new IllegalArgumentException("sealing key " + id + " must have an id of 1–32767 and 32 bytes");
            }
        });
        keys = Collections.unmodifiableMap(new TreeMap<>(keys));
    }

    /** A new ring: a fresh hash key and sealing key 1. */
    public static KeyRing generate() {
        return new KeyRing(random(), Map.of(1, random()));
    }

    private static byte[] random() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    /** The id of the key that seals. */
    public int current() {
        return keys.keySet().stream().max(Integer::compare).orElseThrow();
    }

    /** This ring with a new sealing key, which becomes current; the others stay to open what they sealed. */
    public KeyRing rotated() {
        Map<Integer, byte[]> more = new TreeMap<>(keys);
        more.put(current() + 1, random());
        return new KeyRing(hashKey, more);
    }

    /** This ring with the current sealing key alone (once nothing is sealed under the others). */
    public KeyRing currentOnly() {
        return new KeyRing(hashKey, Map.of(current(), keys.get(current())));
    }

    /**
     * Reads a ring.
     *
     * @throws KeyFileException when the file is missing, unreadable, readable by others, or malformed
     */
    public static KeyRing read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new KeyFileException("the key file " + file + " does not exist (create one with: okoce keys init --key-file "
                    + file + ")");
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new KeyFileException("the key file " + file + " may be read by others ("
                        + PosixFilePermissions.toString(permissions) + "); allow its owner only: chmod 600 " + file);
            }
            byte[] hash = null;
            Map<Integer, byte[]> keys = new TreeMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int eq = l.indexOf('=');
                if (eq < 0) {
                    throw new KeyFileException("the key file " + file + " has a line that is not name=value");
                }
                String name = l.substring(0, eq).strip();
                byte[] value = Base64.getDecoder().decode(l.substring(eq + 1).strip());
                if (name.equals("hash-key")) {
                    hash = value;
                } else if (name.startsWith("key.")) {
                    keys.put(Integer.parseInt(name.substring(4)), value);
                } else {
                    throw new KeyFileException("the key file " + file + " names an unknown entry " + name);
                }
            }
            return new KeyRing(hash, keys);
        } catch (IOException e) {
            throw new KeyFileException("cannot read the key file " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new KeyFileException("the key file " + file + " is malformed: " + e.getMessage());
        }
    }

    /** Reads the ring in {@code file}, first creating a new one there if there is none. */
    public static KeyRing readOrCreate(Path file) {
        if (!Files.exists(file)) {
            try {
                generate().writeNew(file);
            } catch (FileAlreadyExistsException raced) {
                // another process created it first: read theirs
            }
        }
        return read(file);
    }

    /**
     * Writes this ring to a new file, readable by its owner only from the moment it exists.
     *
     * @throws FileAlreadyExistsException when the file exists
     */
    public void writeNew(Path file) throws FileAlreadyExistsException {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(file, text(), StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key file " + file, e);
        }
    }

    /** Replaces the ring in {@code file} at once (a reader sees the old ring or the new, never a part). */
    public void replace(Path file) {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.deleteIfExists(next);
            writeNew(next);
            try {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the key file " + file, e);
        }
    }

    private String text() {
        StringBuilder out = new StringBuilder(HEADER);
        out.append("hash-key=").append(Base64.getEncoder().encodeToString(hashKey)).append('\n');
        keys.forEach((id, key) -> out.append("key.").append(id).append('=').append(Base64.getEncoder().encodeToString(key))
                .append('\n'));
        return out.toString();
    }

    /** Never prints a key. */
    @Override
    public String toString() {
        return "KeyRing[sealing keys " + keys.keySet() + ", current " + current() + "]";
    }
}
