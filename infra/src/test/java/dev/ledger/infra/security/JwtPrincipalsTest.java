package dev.ledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class JwtPrincipalsTest {

    private final JwtPrincipals principals = new JwtPrincipals("org", "roles");

    @Test
    void theOrganizationClaimIsTheTenantAndKnownRolesAreKept() {
        OrganizationId org = OrganizationId.newId();

        LedgerPrincipal principal = principals.of(jwt("org", org.toString(), "roles", List.of("operator", "hr-manager")));

        assertThat(principal.organization()).isEqualTo(org);
        assertThat(principal.roles()).containsExactly(Role.OPERATOR);
    }

    @Test
    void aTenantTokenNeverCarriesThePlatformRoleAndAPlatformTokenNoTenantRole() {
        OrganizationId org = OrganizationId.newId();

        LedgerPrincipal tenant = principals.of(jwt("org", org.toString(), "roles", "platform-admin finance"));
        LedgerPrincipal platform = principals.of(jwt("sub", "ops", "roles", List.of("platform-admin", "admin")));

        assertThat(tenant.roles()).containsExactly(Role.FINANCE);
        assertThat(platform.roles()).isEqualTo(Set.of(Role.PLATFORM_ADMIN));
        assertThat(platform.tenant()).isEmpty();
    }

    @Test
    void aMalformedOrganizationClaimIsAnInvalidToken() {
        assertThatThrownBy(() -> principals.of(jwt("org", "acme", "roles", List.of("admin"))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    private static Jwt jwt(String claim, Object value, String rolesClaim, Object roles) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("user").claim(claim, value).claim(rolesClaim, roles)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }
}
