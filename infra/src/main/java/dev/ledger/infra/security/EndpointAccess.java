package dev.ledger.infra.security;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Before any ledger handler runs: a path {@code {organizationId}} must be the credential's own organization (otherwise
 * 404, as if it did not exist), then the credential must hold one of the handler's {@link RequiresRole} roles
 * (otherwise 403). A ledger handler without {@code @RequiresRole} is refused: access is never the default.
 */
final class EndpointAccess implements HandlerInterceptor {

    static final String TENANT_VARIABLE = "organizationId";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith("dev.ledger.")) {
            return true;
        }
        LedgerPrincipal principal = LedgerPrincipal.current().orElseThrow(() -> new RoleMissing("no credential"));
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String pathTenant = variables == null ? null : variables.get(TENANT_VARIABLE);
        if (pathTenant != null) {
            tenantOf(principal, pathTenant);
        }
        Optional<RequiresRole> required = required(method);
        if (required.isEmpty()) {
            throw new RoleMissing("this endpoint declares no role and is closed");
        }
        if (!principal.hasAnyOf(required.get().value())) {
            throw new RoleMissing("the credential's roles do not allow this");
        }
        return true;
    }

    static Optional<RequiresRole> required(HandlerMethod method) {
        RequiresRole onMethod = method.getMethodAnnotation(RequiresRole.class);
        return Optional.ofNullable(onMethod != null ? onMethod : method.getBeanType().getAnnotation(RequiresRole.class));
    }

    /** The credential's organization, if the path names it; anything else is "not found". */
    static OrganizationId tenantOf(LedgerPrincipal principal, String pathTenant) {
        OrganizationId named;
        try {
            named = OrganizationId.parse(pathTenant);
        } catch (InvalidValue invalid) {
            throw new TenantMismatch();
        }
        if (principal.tenant().filter(named::equals).isEmpty()) {
            throw new TenantMismatch();
        }
        return named;
    }
}
