package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.Secret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets for the database with AES-256-GCM from the JDK. A stored value is {@code v1:} followed by the
 * base64 of a random 12-byte IV and the ciphertext with its 128-bit tag; the prefix leaves room for another scheme
 * later. Thread-safe: each call uses its own {@link Cipher}.
 */
final class SecretCipher {

    private static final String VERSION = "v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private SecretCipher(SecretKeySpec key) {
        this.key = key;
    }

    /**
     * A cipher for the master key of {@link dev.switchboard.domain.store.StorageSettings}.
     *
     * @throws IllegalArgumentException when the key is not base64 of 32 bytes; the message never shows the key
     */
    static SecretCipher of(Secret masterKey) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(masterKey.reveal().strip());
        } catch (IllegalArgumentException notBase64) {
            // The decoder's message quotes the offending character, so it is not passed on.
            throw invalidMasterKey();
        }
        if (bytes.length != KEY_BYTES) {
            throw invalidMasterKey();
        }
        return new SecretCipher(new SecretKeySpec(bytes, "AES"));
    }

    /** The value to store for {@code secret}; a fresh IV makes every call's result different. */
    String encrypt(Secret secret) {
        var iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            var cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            var ciphertext = cipher.doFinal(secret.reveal().getBytes(StandardCharsets.UTF_8));
            var stored = ByteBuffer.allocate(IV_BYTES + ciphertext.length)
                    .put(iv)
                    .put(ciphertext)
                    .array();
            return VERSION + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /**
     * The secret behind a value made by {@link #encrypt}.
     *
     * @throws IllegalStateException when the value was encrypted with another master key, was altered, or is not a
     *     value this class made
     */
    Secret decrypt(String stored) {
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("a stored secret has an unknown format; expected the prefix " + VERSION);
        }
        try {
            var bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            var cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            var plaintext = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return Secret.of(new String(plaintext, StandardCharsets.UTF_8));
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "cannot decrypt a stored secret: the master key differs from the one it was stored with,"
                            + " or the value was altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    private static IllegalArgumentException invalidMasterKey() {
        return new IllegalArgumentException("master key must be the base64 of " + KEY_BYTES + " bytes");
    }
}
