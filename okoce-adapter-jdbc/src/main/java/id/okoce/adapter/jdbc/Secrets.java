package id.okoce.adapter.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The embedded database's password: generated once, kept in a file of the data directory that only its owner may read. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /**
     * The password in {@code file}, first generating one if the file is missing and the cluster in
     * {@code pgdata} is new (a cluster that already requires a password cannot be given another).
     */
    static String readOrCreate(Path file, Path pgdata) throws IOException {
        if (!Files.exists(file)) {
            Path hba = pgdata.resolve("pg_hba.conf");
            if (Files.exists(hba) && Files.readString(hba).equals(EmbeddedDatabase.PG_HBA)) {
                throw new DatabaseUnavailableException("the embedded database requires the password in " + file
                        + ", which is missing: restore it from the backup of the data directory", null);
            }
        }
        return readOrCreate(file);
    }

    /** The password in {@code file}, first generating one if the file is missing. */
    static String readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n",
                        StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException raced) {
                // written by another process first: use theirs
            }
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
}
