package dev.ledger.infra.axon;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;

/**
 * Axon's message ids (commands, events, and a result for every event each processor handles): random UUIDs as
 * before, drawn from a cryptographic generator per thread instead of the JVM's one shared generator, whose lock and
 * read of the system's entropy made {@link UUID#randomUUID()} a few percent of a replay's CPU. Each thread's generator
 * is seeded with 256 bits from the system's. Found by Axon through {@code META-INF/services}.
 */
public final class RandomMessageIds extends IdentifierFactory {

    private static final SecureRandom SEEDS = new SecureRandom();
    private static final ThreadLocal<SecureRandom> GENERATOR = ThreadLocal.withInitial(RandomMessageIds::seeded);

    @Override
    public String generateIdentifier() {
        return next(GENERATOR.get()).toString();
    }

    /** A version 4 (random) UUID, laid out as {@link UUID#randomUUID()} lays it out. */
    private static UUID next(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static SecureRandom seeded() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            byte[] seed = new byte[32];
            SEEDS.nextBytes(seed);
            // Seeding before the first draw replaces the generator's own seeding: its output depends on this seed alone.
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA1PRNG", e);
        }
    }
}
