package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.infra.security.Role;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.testsupport.TestInfrastructure;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;

/**
 * Walks the OpenAPI document: every operation declares its roles, and for every operation and every role the service
 * answers as declared (403 for a role not listed, never 401/403 for one listed). New endpoints are covered unasked.
 */
class EndpointRolesTest extends ServiceTest {

    @Autowired
    private ApplicationContext context;

    private ApiOperations api;
    private String org;

    @BeforeEach
    void theApiAndAnOrganization() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        api = ApiOperations.from(json.readTree(docs.body()));
        org = OrganizationId.newId().toString();
    }

    @Test
    void everyOperationDeclaresTheRolesItNeeds() {
        assertThat(api.all()).hasSizeGreaterThan(25);
        List<String> undeclared = api.all().stream().filter(op -> !op.declaresRoles() || op.roles().isEmpty())
                .map(ApiOperations.Op::toString).toList();
        assertThat(undeclared).as("operations without x-required-role").isEmpty();
    }

    @Test
    void everyOperationRefusesEveryRoleItDoesNotList() throws Exception {
        long eventsBefore = eventCount();
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            String key = role == Role.PLATFORM_ADMIN ? TestInfrastructure.PLATFORM_ADMIN_KEY
                    : apiKeys.issue(OrganizationId.parse(org), "only " + role.wireName(), EnumSet.of(role)).secret();
            for (ApiOperations.Op op : api.all()) {
                int status = send(op, op.fill(Map.of("organizationId", org)), key).statusCode();
                boolean listed = op.roles().contains(role.wireName());
                if (op.isTenantScoped() && role == Role.PLATFORM_ADMIN) {
                    // The platform credential has no tenant: every organization's resources are "not found" to it.
                    if (status != 404) {
                        wrong.add(op + " as " + role.wireName() + ": " + status + " instead of 404");
                    }
                } else if (!listed && status != 403) {
                    wrong.add(op + " as " + role.wireName() + ": " + status + " instead of 403");
                } else if (listed && (status == 401 || status == 403)) {
                    wrong.add(op + " as " + role.wireName() + ": " + status + " although the role is listed");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void everyOperationWithoutACredentialOrWithAWrongOneIsUnauthorizedAsProblemJson() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (ApiOperations.Op op : api.all()) {
            String path = op.fill(Map.of("organizationId", org));
            HttpResponse<String> none = send(op, path, null);
            HttpResponse<String> forged = send(op, path, "lk_0123456789abcdef_" + "A".repeat(43));
            for (HttpResponse<String> response : List.of(none, forged)) {
                if (response.statusCode() != 401
                        || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    wrong.add(op + ": " + response.statusCode() + " " + response.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void healthStaysOpenAndMetricsNeedThePlatformCredential() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> metricsAnonymous = http.send(HttpRequest.newBuilder(uri("/actuator/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> metricsAsTenant = http.send(HttpRequest.newBuilder(uri("/actuator/metrics"))
                .header("Authorization", "Bearer " + keyFor(org)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(metricsAnonymous.statusCode()).isEqualTo(401);
        assertThat(metricsAsTenant.statusCode()).isEqualTo(403);
        assertThat(get("/actuator/metrics").statusCode()).isEqualTo(200);
    }

    @Test
    void theSecurityChainRunsWithoutAnMvcHandlerLookupInFrontOfIt() throws Exception {
        HttpResponse<String> liveness = http.send(HttpRequest.newBuilder(uri("/actuator/health/liveness")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        Object chain = context.getBean("springSecurityFilterChain");
        assertThat(chain).isInstanceOf(FilterChainProxy.class);
        assertThat(chain.getClass().getName()).doesNotContain("WebMvcSecurityConfiguration");
        assertThat(liveness.statusCode()).isEqualTo(200);
    }

    HttpResponse<String> send(ApiOperations.Op op, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpRequest.BodyPublisher body = op.hasBody() ? HttpRequest.BodyPublishers.ofString("{}")
                : HttpRequest.BodyPublishers.noBody();
        if (op.hasBody()) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(op.method(), op.isWrite() ? body : HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
