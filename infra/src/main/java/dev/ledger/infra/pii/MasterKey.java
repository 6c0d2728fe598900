package dev.ledger.infra.pii;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps every customer's data key: 32 random bytes, given base64-encoded in configuration. Its id is a
 * fingerprint (the first 8 bytes of SHA-256 over a label and the key), safe to store and to log.
 */
final class MasterKey {

    static final int BYTES = 32;
    private static final String FILE_NAME = "pii-master-key";

    private final SecretKey key;
    private final String id;

    private MasterKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("ledger.pii.master-key must be " + BYTES + " bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(bytes, "AES");
        this.id = fingerprint(bytes);
    }

    static MasterKey fromBase64(String text) {
        try {
            return new MasterKey(Base64.getDecoder().decode(text.strip()));
        } catch (IllegalArgumentException e) {
            // The message must not echo the configured value.
            throw new IllegalArgumentException("ledger.pii.master-key is not " + BYTES + " bytes of base64");
        }
    }

    /** The embedded default: a key generated once into the data directory (owner-only), reused on every start. */
    static MasterKey inDirectory(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(directory);
                byte[] fresh = new byte[BYTES];
                new SecureRandom().nextBytes(fresh);
                Path temporary = Files.createTempFile(directory, FILE_NAME, ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh));
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return fromBase64(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key file " + file, e);
        }
    }

    SecretKey key() {
        return key;
    }

    String id() {
        return id;
    }

    private static String fingerprint(byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("ledger.pii.master-key.id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
