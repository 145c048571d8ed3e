package id.okoce.adapter.jdbc.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NikVaultTest {

    private static final String NIK = "3171014507900001";

    @TempDir
    Path dir;

    @Test
    void a_sealed_nik_opens_to_itself_is_never_the_same_twice_and_names_its_key() {
        NikVault vault = NikVault.of(KeyRing.generate());
        byte[] once = vault.seal(NIK);
        byte[] twice = vault.seal(NIK);
        assertThat(once).hasSize(NikVault.SEALED_LENGTH).isNotEqualTo(twice);
        assertThat(vault.open(once)).isEqualTo(NIK);
        assertThat(vault.open(twice)).isEqualTo(NIK);
        assertThat(NikVault.keyOf(once)).isEqualTo(1);
        assertThat(new String(once, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(NIK);
    }

    @Test
    void the_hash_is_hmac_sha256_under_the_hash_key_and_nothing_else() throws Exception {
        KeyRing ring = KeyRing.generate();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(ring.hashKey(), "HmacSHA256"));
        assertThat(NikVault.of(ring).hash(NIK)).as("HMAC-SHA256, its first 128 bits")
                .isEqualTo(java.util.Arrays.copyOf(mac.doFinal(NIK.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 16));
        assertThat(NikVault.of(KeyRing.generate()).hash(NIK)).as("another ring, another hash").isNotEqualTo(NikVault.of(ring).hash(NIK));
    }

    @Test
    void an_altered_ciphertext_or_an_unknown_key_does_not_open() {
        NikVault vault = NikVault.of(KeyRing.generate());
        byte[] sealed = vault.seal(NIK);
        sealed[20] ^= 1;
        assertThatThrownBy(() -> vault.open(sealed)).hasMessageContaining("did not open");
        byte[] foreign = NikVault.of(KeyRing.generate().rotated()).seal(NIK);
        assertThatThrownBy(() -> vault.open(foreign)).hasMessageContaining("no key 2");
    }

    @Test
    void after_a_rotation_the_new_key_seals_and_the_old_one_still_opens() {
        KeyRing ring = KeyRing.generate();
        byte[] old = NikVault.of(ring).seal(NIK);
        NikVault rotated = NikVault.of(ring.rotated());
        assertThat(NikVault.keyOf(rotated.seal(NIK))).isEqualTo(2);
        assertThat(rotated.open(old)).isEqualTo(NIK);
        assertThat(rotated.hash(NIK)).as("the hash key is never rotated").isEqualTo(NikVault.of(ring).hash(NIK));
        assertThat(ring.rotated().currentOnly().keys()).containsOnlyKeys(2);
    }

    @Test
    void a_vault_on_a_file_follows_a_rotation_and_refuses_a_changed_hash_key() throws Exception {
        Path file = dir.resolve("okoce-keys");
        KeyRing ring = KeyRing.readOrCreate(file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        NikVault vault = NikVault.watching(file);
        assertThat(vault.currentKey()).isEqualTo(1);
        ring.rotated().replace(file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        Thread.sleep(1_100);
        assertThat(NikVault.keyOf(vault.seal(NIK))).as("sealing follows the file within a second").isEqualTo(2);

        KeyRing.generate().replace(file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        Thread.sleep(1_100);
        assertThatThrownBy(() -> vault.seal(NIK)).isInstanceOf(KeyFileException.class).hasMessageContaining("another hash key");
    }

    @Test
    void a_key_file_others_may_read_or_a_missing_one_is_refused_with_what_to_do() throws Exception {
        Path file = dir.resolve("open-keys");
        KeyRing.generate().writeNew(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> KeyRing.read(file)).isInstanceOf(KeyFileException.class).hasMessageContaining("chmod 600");
        assertThatThrownBy(() -> KeyRing.read(dir.resolve("none"))).hasMessageContaining("okoce keys init");
        assertThat(KeyRing.generate().toString()).doesNotContain(HexFormat.of().formatHex(new byte[0]) + "=")
                .contains("current 1");
    }
}
