package dev.zhiku.rag.cloud;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileSecretStoreTest {

    private static final String KEY = "sk-live-7f3a9c2e1b4d8f6a0e5c";

    @TempDir
    Path dir;

    @Test
    void aStoredKeyReadsBackAndNoFileHoldsItInPlainText() throws Exception {
        Path secrets = dir.resolve("secrets");
        EncryptedFileSecretStore.open(secrets).put(SecretStore.CLOUD_API_KEY, KEY);
        Optional<String> read = EncryptedFileSecretStore.open(secrets).get(SecretStore.CLOUD_API_KEY);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(KEY), f.toString());
            }
        }
        assertEquals(Optional.of(KEY), read);
    }

    @Test
    void onlyTheUserCanReadTheFolderAndFiles() throws Exception {
        Path secrets = dir.resolve("secrets");
        EncryptedFileSecretStore.open(secrets).put("a", "b");
        assertAll(
                () -> assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))),
                () -> assertEquals("rw-------", PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(secrets.resolve("master.key")))),
                () -> assertEquals("rw-------", PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(secrets.resolve("a.secret")))));
    }

    @Test
    void aTamperedOrSwappedSecretReadsAsMissingNotAsGarbage() throws Exception {
        Path secrets = dir.resolve("secrets");
        EncryptedFileSecretStore store = EncryptedFileSecretStore.open(secrets);
        store.put("one", "first");
        store.put("two", "second");
        Files.copy(secrets.resolve("one.secret"), secrets.resolve("two.secret"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] sealed = Files.readAllBytes(secrets.resolve("one.secret"));
        sealed[sealed.length / 2] = (byte) (sealed[sealed.length / 2] == 'A' ? 'B' : 'A');
        Files.write(secrets.resolve("one.secret"), sealed);
        assertAll(() -> assertTrue(store.get("one").isEmpty(), "changed bytes fail authentication"),
                () -> assertTrue(store.get("two").isEmpty(), "a file moved to another name fails too"));
    }

    @Test
    void deleteForgetsTheKey() {
        EncryptedFileSecretStore store = EncryptedFileSecretStore.open(dir.resolve("s"));
        store.put(SecretStore.CLOUD_API_KEY, KEY);
        store.delete(SecretStore.CLOUD_API_KEY);
        assertTrue(store.get(SecretStore.CLOUD_API_KEY).isEmpty());
    }
}
