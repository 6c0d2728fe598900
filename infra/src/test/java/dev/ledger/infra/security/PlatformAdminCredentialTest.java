package dev.ledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlatformAdminCredentialTest {

    private static final String EXTERNAL = "jdbc:postgresql://db:5432/ledger";

    @Test
    void theEmbeddedDatabaseWithoutAConfiguredKeyUsesTheDocumentedDevelopmentKey() {
        assertThat(PlatformAdminCredential.choose("", "")).isEqualTo(PlatformAdminCredential.DEVELOPMENT_KEY);
        assertThat(new PlatformAdminCredential(null, null).matches("lk_platform_embedded-development-only")).isTrue();
    }

    @Test
    void anExternalDatabaseWithoutAConfiguredKeyRefusesToStart() {
        assertThatThrownBy(() -> new PlatformAdminCredential("", EXTERNAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LEDGER_PLATFORM_ADMIN_KEY");
    }

    @Test
    void theDevelopmentKeyIsRefusedOutsideTheEmbeddedDatabase() {
        assertThatThrownBy(() -> new PlatformAdminCredential(PlatformAdminCredential.DEVELOPMENT_KEY, EXTERNAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("development key");
    }

    @Test
    void aShortConfiguredKeyIsRefused() {
        assertThatThrownBy(() -> new PlatformAdminCredential("short", EXTERNAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32");
    }

    @Test
    void aConfiguredKeyMatchesOnlyItself() {
        PlatformAdminCredential credential = new PlatformAdminCredential("a-long-enough-platform-key-0123456789", EXTERNAL);

        assertThat(credential.matches("a-long-enough-platform-key-0123456789")).isTrue();
        assertThat(credential.matches("a-long-enough-platform-key-012345678")).isFalse();
        assertThat(credential.matches(PlatformAdminCredential.DEVELOPMENT_KEY)).isFalse();
    }
}
