package id.okoce.adapter.jdbc.crypto;

import id.okoce.domain.identity.Nik;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens NIKs, and hashes them for look-ups. A sealed NIK is {@code [key id: 2 bytes]
 * [nonce: 12 bytes] [AES-256-GCM ciphertext and tag: 32 bytes]}; its hash is the first 128 bits of HMAC-SHA256 of the
 * 16 digits under the ring's hash key. Safe for many threads (each keeps its own cipher and MAC).
 *
 * <p>A vault on a key file follows the file: when it changes (a rotation), the vault seals with the
 * new current key from then on, looking at the file at most once a second, and at once when it
 * meets a key id it does not know.
 */
public final class NikVault {

    /** Bytes of a NIK's hash: HMAC-SHA256 truncated to 128 bits (no two of even 10^9 NIKs collide but with odds of 10^-20). */
    public static final int HASH_LENGTH = 16;
    /** Bytes of a sealed NIK. */
    public static final int SEALED_LENGTH = 2 + 12 + 16 + 16;
    private static final byte[] CONTEXT = "okoce:nik:v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long LOOK_EVERY_NANOS = 1_000_000_000L;

    private final Optional<Path> file;
    private volatile KeyRing ring;
    /** The ring's sealing keys as the cipher takes them, made once per ring. */
    private volatile Map<Integer, SecretKeySpec> specs;
    private volatile FileTime seen;
    private volatile long lookedAt = System.nanoTime();
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    });
    private final ThreadLocal<Mac> macs = new ThreadLocal<>();
    private volatile byte[] macKey;

    private NikVault(KeyRing ring, Optional<Path> file, FileTime seen) {
        this.ring = ring;
        this.specs = specs(ring);
        this.file = file;
        this.seen = seen;
    }

    /** A vault over a fixed ring (tests, one-off tools). */
    public static NikVault of(KeyRing ring) {
        return new NikVault(ring, Optional.empty(), null);
    }

    /**
     * A vault over the ring in {@code file}, following its changes.
     *
     * @throws KeyFileException when the file cannot be used
     */
    public static NikVault watching(Path file) {
        KeyRing ring = KeyRing.read(file);
        return new NikVault(ring, Optional.of(file), modified(file));
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The ring in use now. */
    public KeyRing ring() {
        follow(false);
        return ring;
    }

    /** The id of the key that seals now. */
    public int currentKey() {
        return ring().current();
    }

    private void follow(boolean now) {
        if (file.isEmpty() || (!now && System.nanoTime() - lookedAt < LOOK_EVERY_NANOS)) {
            return;
        }
        lookedAt = System.nanoTime();
        FileTime modified = modified(file.get());
        if (modified != null && !modified.equals(seen)) {
            synchronized (this) {
                KeyRing next = KeyRing.read(file.get());
                if (!java.util.Arrays.equals(next.hashKey(), ring.hashKey())) {
                    throw new KeyFileException("the key file " + file.get() + " now holds another hash key: every stored "
                            + "NIK hash would be lost; put the earlier hash key back");
                }
                specs = specs(next);
                ring = next;
                seen = modified;
            }
        }
    }

    private static Map<Integer, SecretKeySpec> specs(KeyRing ring) {
        Map<Integer, SecretKeySpec> specs = new HashMap<>();
        ring.keys().forEach((id, key) -> specs.put(id, new SecretKeySpec(key, "AES")));
        return Map.copyOf(specs);
    }

    /** The keyed hash of a NIK: what makes it unique and what an exact search looks for. */
    public byte[] hash(Nik nik) {
        return hash(nik.value());
    }

    /** The keyed hash of 16 digits. */
    public byte[] hash(String digits) {
        try {
            KeyRing r = ring;
            Mac mac = macs.get();
            if (mac == null || macKey != r.hashKey()) {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(r.hashKey(), "HmacSHA256"));
                macs.set(mac);
                macKey = r.hashKey();
            }
            return java.util.Arrays.copyOf(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)), HASH_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed", e);
        }
    }

    /** Bytes of a birth key. */
    public static final int BIRTH_KEY_LENGTH = 8;

    /**
     * The keyed hash of the birth date and sex a NIK encodes (its digits 7 to 12): what the
     * duplicate check groups registrations by without keeping a birth date in clear. Eight bytes:
     * a group key, not an identifier (any collision only adds a pair to compare).
     */
    public byte[] birthKey(Nik nik) {
        return birthKey(nik.value());
    }

    /** The birth key of 16 digits. */
    public byte[] birthKey(String digits) {
        return java.util.Arrays.copyOf(hash("birth " + digits.substring(6, 12)), BIRTH_KEY_LENGTH);
    }

    /** The NIK sealed under the current key. */
    public byte[] seal(Nik nik) {
        return seal(nik.value());
    }

    /** 16 digits sealed under the current key. */
    public byte[] seal(String digits) {
        follow(false);
        KeyRing r = ring;
        int id = r.current();
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, keyFor(id), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(CONTEXT);
            byte[] sealed = cipher.doFinal(digits.getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(2 + 12 + sealed.length).putShort((short) id).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM sealing failed", e);
        }
    }

    private SecretKeySpec keyFor(int id) {
        SecretKeySpec key = specs.get(id);
        return key != null ? key : new SecretKeySpec(ring.keys().get(id), "AES");
    }

    /** The id of the key that sealed {@code sealed}. */
    public static int keyOf(byte[] sealed) {
        return ByteBuffer.wrap(sealed, 0, 2).getShort();
    }

    /**
     * The 16 digits in {@code sealed}.
     *
     * @throws IllegalStateException when no key of the ring opens it, or it was altered
     */
    public String open(byte[] sealed) {
        int id = keyOf(sealed);
        SecretKeySpec key = specs.get(id);
        if (key == null) {
            follow(true);
            key = specs.get(id);
            if (key == null) {
                throw new IllegalStateException("no key " + id + " in the key ring " + ring + ": the NIK cannot be opened");
            }
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 2, 12));
            cipher.updateAAD(CONTEXT);
            return new String(cipher.doFinal(sealed, 14, sealed.length - 14), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed NIK did not open under key " + id + " (altered, or another key)", e);
        }
    }
}
