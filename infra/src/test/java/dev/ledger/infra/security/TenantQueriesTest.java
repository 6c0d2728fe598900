package dev.ledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.query.organization.api.FindOrganization;
import dev.ledger.query.organization.api.OrganizationView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

class TenantQueriesTest {

    private final OrganizationId tenant = OrganizationId.newId();

    @AfterEach
    void noCredentialLeftBehind() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aQuerySentForARequestCarriesTheCredentialsOrganization() {
        SecurityContextHolder.getContext().setAuthentication(
                new LedgerAuthentication(new LedgerPrincipal(tenant, Set.of(Role.FINANCE), "test")));
        QueryMessage<?, ?> query = query(tenant);

        QueryMessage<?, ?> sent = TenantQueries.tenantMetadata().handle(List.of(query)).apply(0, query);

        assertThat(sent.getMetaData()).containsEntry(TenantCommands.METADATA_KEY, tenant.toString());
    }

    @Test
    void theBusRefusesAQueryForAnotherOrganizationThanItsMetadata() {
        QueryMessage<?, ?> forged = query(OrganizationId.newId()).andMetaData(Map.of(TenantCommands.METADATA_KEY, tenant.toString()));

        assertThatThrownBy(() -> handle(forged)).isInstanceOf(TenantMismatch.class);
    }

    @Test
    void theBusLetsAQueryOfTheMetadatasOrganizationThrough() throws Exception {
        QueryMessage<?, ?> own = query(tenant).andMetaData(Map.of(TenantCommands.METADATA_KEY, tenant.toString()));

        assertThat(handle(own)).isEqualTo("answered");
    }

    private static Object handle(QueryMessage<?, ?> query) throws Exception {
        DefaultUnitOfWork<QueryMessage<?, ?>> unitOfWork = DefaultUnitOfWork.startAndGet(query);
        try {
            return TenantQueries.tenantCheck().handle(unitOfWork, () -> "answered");
        } finally {
            unitOfWork.rollback();
        }
    }

    private static QueryMessage<?, ?> query(OrganizationId organization) {
        return new GenericQueryMessage<>(new FindOrganization(organization),
                ResponseTypes.optionalInstanceOf(OrganizationView.class));
    }
}
