package dev.ledger.infra.pii;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** AES-256-GCM from the JDK: a fresh random 96-bit IV per message, a 128-bit tag, and associated data bound in. */
final class Aes {

    static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Aes() {
    }

    record Sealed(byte[] iv, byte[] ciphertext) {

        /** IV followed by ciphertext and tag, as one value for a column. */
        byte[] joined() {
            return ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext).array();
        }

        static Sealed split(byte[] joined) {
            byte[] iv = java.util.Arrays.copyOfRange(joined, 0, IV_BYTES);
            return new Sealed(iv, java.util.Arrays.copyOfRange(joined, IV_BYTES, joined.length));
        }
    }

    static Sealed seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData);
            return new Sealed(iv, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Throws {@link Tampered} when the tag does not match: wrong key, changed bytes, or other associated data. */
    static byte[] open(SecretKey key, Sealed sealed, byte[] associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.iv()));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed.ciphertext());
        } catch (javax.crypto.AEADBadTagException e) {
            throw new Tampered();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    static final class Tampered extends IllegalStateException {
        Tampered() {
            super("ciphertext does not authenticate: wrong key, altered bytes or moved to another customer or field");
        }
    }
}
