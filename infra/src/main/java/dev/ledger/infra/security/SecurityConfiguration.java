package dev.ledger.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every request but health needs a credential: an API key ({@code ledger.security.mode=api-key}, the default) or,
 * with {@code ledger.security.mode=jwt}, also a JWT from the deployment's identity provider. Which role an endpoint
 * needs and whose tenant it is are checked per handler by {@link EndpointAccess}. No sessions, no CSRF (no cookies).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain ledgerSecurity(HttpSecurity http, ApiKeys keys, PlatformAdminCredential platform,
            ProblemWriter problems, @Value("${ledger.security.mode:api-key}") String mode,
            JwtSettings jwtSettings) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths("/actuator/health", "/actuator/health/**")).permitAll()
                        .requestMatchers(paths("/error")).permitAll()
                        .requestMatchers(paths("/actuator/**")).hasRole(Role.PLATFORM_ADMIN.name())
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, exception) ->
                                problems.unauthorized(response, "send a credential: Authorization: Bearer <API key>"))
                        .accessDeniedHandler((request, response, exception) ->
                                problems.write(response, HttpStatus.FORBIDDEN, "Forbidden", "the credential's roles do not allow this")))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, platform, problems), AnonymousAuthenticationFilter.class);
        switch (mode) {
            case "api-key" -> { }
            case "jwt" -> http.oauth2ResourceServer(jwt -> jwt
                    .bearerTokenResolver(notApiKeys())
                    .authenticationEntryPoint((request, response, exception) ->
                            problems.unauthorized(response, "the bearer token is not valid: " + exception.getMessage()))
                    .jwt(decoder -> decoder.decoder(jwtDecoder(jwtSettings))
                            .jwtAuthenticationConverter(claims(jwtSettings))));
            default -> throw new IllegalStateException("ledger.security.mode must be api-key or jwt, not " + mode);
        }
        return http.build();
    }

    /**
     * Path patterns matched on the request itself, not through Spring MVC's handler lookup: with no MVC matcher left,
     * {@link UnwrappedSecurityFilterChain} can drop the per-request lookup cache that only those matchers used.
     */
    private static RequestMatcher[] paths(String... patterns) {
        return Arrays.stream(patterns).map(PathPatternRequestMatcher.withDefaults()::matcher).toArray(RequestMatcher[]::new);
    }

    /** Spring Security's observations wrap every filter of every request; the ledger records none of them. */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static UnwrappedSecurityFilterChain unwrappedSecurityFilterChain() {
        return new UnwrappedSecurityFilterChain();
    }

    /** Keeps Spring Boot from creating its default user with a generated password. */
    @Bean
    InMemoryUserDetailsManager noUsers() {
        return new InMemoryUserDetailsManager();
    }

    @Bean
    JwtSettings jwtSettings(@Value("${ledger.security.jwt.jwk-set-uri:}") String jwkSetUri,
            @Value("${ledger.security.jwt.issuer:}") String issuer,
            @Value("${ledger.security.jwt.organization-claim:org}") String organizationClaim,
            @Value("${ledger.security.jwt.roles-claim:roles}") String rolesClaim) {
        return new JwtSettings(jwkSetUri, issuer, organizationClaim, rolesClaim);
    }

    /** API keys are also bearer tokens: the JWT filter must not try to decode them. */
    private static BearerTokenResolver notApiKeys() {
        DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
        return (HttpServletRequest request) -> {
            String token = standard.resolve(request);
            return token == null || token.startsWith(ApiKeys.PREFIX) ? null : token;
        };
    }

    private static JwtDecoder jwtDecoder(JwtSettings settings) {
        if (settings.jwkSetUri().isBlank() || settings.issuer().isBlank()) {
            throw new IllegalStateException("ledger.security.mode=jwt needs ledger.security.jwt.jwk-set-uri and "
                    + "ledger.security.jwt.issuer");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(settings.issuer())));
        return decoder;
    }

    private static Converter<Jwt, AbstractAuthenticationToken> claims(JwtSettings settings) {
        JwtPrincipals principals = new JwtPrincipals(settings.organizationClaim(), settings.rolesClaim());
        return jwt -> new LedgerAuthentication(principals.of(jwt));
    }

    /** Where the identity provider's keys are, whose tokens count, and which claims carry tenant and roles. */
    record JwtSettings(String jwkSetUri, String issuer, String organizationClaim, String rolesClaim) {
    }
}
