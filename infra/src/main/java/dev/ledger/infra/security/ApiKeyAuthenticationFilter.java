package dev.ledger.infra.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer lk_...}: the platform key or an organization's API key. A key that does not verify is
 * 401 at once, never a fall-through to anonymous. Bearer tokens of another shape are left to the JWT filter, if on.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeys keys;
    private final PlatformAdminCredential platform;
    private final ProblemWriter problems;

    ApiKeyAuthenticationFilter(ApiKeys keys, PlatformAdminCredential platform, ProblemWriter problems) {
        this.keys = keys;
        this.platform = platform;
        this.problems = problems;
    }

    static Optional<String> apiKey(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        return token.startsWith(ApiKeys.PREFIX) ? Optional.of(token) : Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = apiKey(request);
        if (token.isPresent()) {
            Optional<LedgerPrincipal> principal = platform.matches(token.get())
                    ? Optional.of(LedgerPrincipal.platformAdmin())
                    : keys.authenticate(token.get());
            if (principal.isEmpty()) {
                problems.unauthorized(response, "the API key is unknown, revoked or malformed");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new LedgerAuthentication(principal.get()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
