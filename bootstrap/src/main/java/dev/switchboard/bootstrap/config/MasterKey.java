package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.auth.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key that encrypts secrets at rest: base64 of 32 random bytes (an AES-256 key). It comes from
 * {@value #VARIABLE} if set, else from the key file, which is created on first start readable by its owner only.
 * Errors name the variable or the file, never the key.
 */
public final class MasterKey {

    /** The environment variable that holds the key, when it is not kept in a file. */
    public static final String VARIABLE = "SWITCHBOARD_MASTER_KEY";

    /** Where the key is kept by default, next to the embedded database. */
    public static final Path DEFAULT_FILE = Path.of("data", "master.key");

    private static final int KEY_BYTES = 32;

    private MasterKey() {}

    /**
     * The master key from {@code env}, else read from {@code keyFile}, else newly created there (with its parent
     * directories) with permissions {@code rw-------}. Safe when two processes start at once: both end with the key
     * that reached the file first.
     *
     * @throws ConfigException when the key is not base64 of 32 bytes, or the file cannot be read or created
     */
    public static Secret resolve(Map<String, String> env, Path keyFile) {
        String fromEnv = env.get(VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return valid(fromEnv.trim())
                    .orElseThrow(() -> problem(VARIABLE, "must be the base64 encoding of 32 bytes"));
        }
        return read(keyFile).orElseGet(() -> create(keyFile));
    }

    private static Optional<Secret> read(Path keyFile) {
        try {
            String text = Files.readString(keyFile, StandardCharsets.US_ASCII).trim();
            return Optional.of(valid(text)
                    .orElseThrow(() -> problem(keyFile.toString(), "must hold the base64 encoding of 32 bytes")));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw problem(
                    keyFile.toString(),
                    "cannot read the master key file (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Secret create(Path keyFile) {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        String key = Base64.getEncoder().encodeToString(bytes);
        try {
            publish(keyFile.toAbsolutePath(), key);
            return Secret.of(key);
        } catch (FileAlreadyExistsException e) {
            return read(keyFile).orElseThrow(() -> problem(keyFile.toString(), "vanished while being created"));
        } catch (IOException e) {
            throw problem(
                    keyFile.toString(),
                    "cannot create the master key file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Writes the key to a private temporary file, then links it into place: the link fails if another process
     * created the file meanwhile, so a key is never replaced and never read half-written.
     *
     * @throws FileAlreadyExistsException only when the key file itself appeared meanwhile
     */
    private static void publish(Path keyFile, String key) throws IOException {
        Path directory = keyFile.getParent();
        if (directory == null) throw new IOException("a key file needs a parent directory");
        if (!Files.isDirectory(directory)) {
            try {
                Files.createDirectories(directory);
            } catch (FileAlreadyExistsException e) {
                throw new IOException("not a directory: " + directory, e);
            }
        }
        Path temporary = Files.createTempFile(directory, ".master-", ".key", ownerOnly(keyFile));
        try {
            Files.writeString(temporary, key + "\n", StandardCharsets.US_ASCII);
            try {
                Files.createLink(keyFile, temporary);
            } catch (UnsupportedOperationException e) {
                Files.move(temporary, keyFile); // no hard links here: fails too if the file exists
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path file) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) return new FileAttribute<?>[0];
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        };
    }

    private static Optional<Secret> valid(String text) {
        try {
            return Base64.getDecoder().decode(text).length == KEY_BYTES
                    ? Optional.of(Secret.of(text))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ConfigException problem(String label, String message) {
        return new ConfigException(List.of(label + ": " + message));
    }
}
