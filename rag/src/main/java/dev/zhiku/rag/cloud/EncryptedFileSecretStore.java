package dev.zhiku.rag.cloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in a folder only the user can read: each secret encrypted with AES-256-GCM (its name bound in as
 * associated data, so files cannot be swapped), under a random key kept beside them in {@code master.key}. The
 * folder and files are owner-only (POSIX 700/600, or an owner-only ACL on Windows).
 *
 * <p>What this protects against: the key showing up in settings files, logs, screenshots, support bundles, a
 * backup of the settings, or a {@code grep} over the home. What it does not: someone who can already read the
 * user's files (see docs/decisions/0014).
 */
public final class EncryptedFileSecretStore implements SecretStore {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptedFileSecretStore.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path dir;
    private final SecureRandom random = new SecureRandom();

    private EncryptedFileSecretStore(Path dir) {
        this.dir = dir;
    }

    /** The store in {@code dir}, created owner-only when missing. */
    public static EncryptedFileSecretStore open(Path dir) {
        try {
            Files.createDirectories(dir);
            ownerOnly(dir, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the secrets folder " + dir + ": " + e.getMessage(), e);
        }
        return new EncryptedFileSecretStore(dir);
    }

    @Override
    public synchronized Optional<String> get(String name) {
        Path file = fileOf(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            ByteBuffer buffer = ByteBuffer.wrap(sealed);
            byte[] iv = new byte[IV_BYTES];
            buffer.get(iv);
            byte[] body = new byte[buffer.remaining()];
            buffer.get(body);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(masterKey(false), "AES"),
                    new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            return Optional.of(new String(cipher.doFinal(body), StandardCharsets.UTF_8));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException
                 | java.nio.BufferUnderflowException e) {
            LOG.warn("the stored secret {} cannot be read ({}); it must be entered again", name,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void put(String name, String value) {
        Path file = fileOf(name);
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(masterKey(true), "AES"),
                    new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            byte[] body = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array();
            writeOwnerOnly(file, Base64.getEncoder().encodeToString(sealed).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the secret " + name + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java cannot encrypt with AES-GCM: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void delete(String name) {
        try {
            Files.deleteIfExists(fileOf(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the secret " + name + ": " + e.getMessage(), e);
        }
    }

    private Path fileOf(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a secret's name is letters, digits, '.', '_' or '-'");
        }
        return dir.resolve(name + ".secret");
    }

    private byte[] masterKey(boolean create) throws IOException {
        Path file = dir.resolve("master.key");
        if (Files.isRegularFile(file)) {
            byte[] key = Files.readAllBytes(file);
            if (key.length != 32) {
                throw new IOException("master.key is damaged");
            }
            return key;
        }
        if (!create) {
            throw new IOException("master.key is missing");
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        writeOwnerOnly(file, key);
        return key;
    }

    /** Writes through a temporary file that is owner-only before any byte is in it, then moves it in place. */
    private static void writeOwnerOnly(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        ownerOnly(tmp, false);
        Files.write(tmp, bytes);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void ownerOnly(Path path, boolean directory) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(path);
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
    }
}
