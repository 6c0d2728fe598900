package dev.ledger.infra.security;

import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform operator's credential ({@code LEDGER_PLATFORM_ADMIN_KEY}): creates organizations and their first key.
 * On the embedded database a fixed development key stands in, so the README's examples work as written; on any
 * other database the service refuses to start without a configured key, so no well-known key reaches production.
 */
@Component
class PlatformAdminCredential {

    /** Documented in the README; accepted only when the service runs on its embedded database. */
    static final String DEVELOPMENT_KEY = "lk_platform_embedded-development-only";
    private static final Logger log = LoggerFactory.getLogger(PlatformAdminCredential.class);
    private static final int MIN_LENGTH = 32;

    private final byte[] keyHash;

    PlatformAdminCredential(@Value("${ledger.security.platform-admin-key:}") String configured,
            @Value("${ledger.db.url:}") String databaseUrl) {
        this.keyHash = ApiKeys.sha256(choose(configured, databaseUrl));
    }

    static String choose(String configured, String databaseUrl) {
        check(configured, databaseUrl);
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        log.warn("No LEDGER_PLATFORM_ADMIN_KEY given: the embedded development key '{}' is the platform admin key. "
                + "It is refused as soon as an external database is configured.", DEVELOPMENT_KEY);
        return DEVELOPMENT_KEY;
    }

    /** Refuses a configuration that would leave the platform with a guessable key; run before anything connects. */
    static void check(String configured, String databaseUrl) {
        boolean embedded = databaseUrl == null || databaseUrl.isBlank();
        if (configured != null && !configured.isBlank()) {
            String key = configured.strip();
            if (key.equals(DEVELOPMENT_KEY) && !embedded) {
                throw new IllegalStateException("the embedded development key is not accepted as the platform admin key "
                        + "outside the embedded database: set LEDGER_PLATFORM_ADMIN_KEY to a secret of your own");
            }
            if (key.length() < MIN_LENGTH && !key.equals(DEVELOPMENT_KEY)) {
                throw new IllegalStateException("ledger.security.platform-admin-key (LEDGER_PLATFORM_ADMIN_KEY) must be at "
                        + "least " + MIN_LENGTH + " characters; generate one, e.g. with: openssl rand -base64 32");
            }
            return;
        }
        if (!embedded) {
            throw new IllegalStateException("LEDGER_DB_URL names an external database but no platform admin key is "
                    + "configured: set LEDGER_PLATFORM_ADMIN_KEY (ledger.security.platform-admin-key) to a secret of at "
                    + "least " + MIN_LENGTH + " characters. The embedded development key is not accepted outside the "
                    + "embedded database.");
        }
    }

    boolean matches(String presented) {
        return MessageDigest.isEqual(keyHash, ApiKeys.sha256(presented));
    }
}
